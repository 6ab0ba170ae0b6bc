"""A relevance set for the search index: generated documents and officers' judged queries.

`make_set()` draws a few hundred documents with `hoso.synth.documents.generate_document`
(their text goes straight into the index, no OCR), each its own dossier, and asks of each
document the way an officer at a desk would: a person's name with the paper's everyday name
(`so do Ngo Van Quan`, `GKS nguyen thi lan`, `HĐ Trịnh Ngọc Hiếu`), a document number typed
any way (`1587/HDTMB`, `1587 hdtmb`), a parcel and map sheet, an ID number. One document in
six has one word of its person's name misread, as OCR does (`Quân` read `Quâri`), while the
query spells it right. The answer judged right is the document's dossier. Everything is
drawn from fixed seeds, so the same code makes the same set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from hoso.indexer.folding import fold
from hoso.records import IndexedPage
from hoso.synth.documents import GeneratedDocument, generate_document, labels

__all__ = ["Judged", "RelevanceSet", "make_set"]

VIETNAM = timezone(timedelta(hours=7))

# What officers call each kind of paper, as they type it: abbreviations, no tone marks.
EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "giay_khai_sinh": ("giay khai sinh", "GKS", "khai sinh", "giấy khai sinh"),
    "can_cuoc": ("CCCD", "can cuoc cong dan", "căn cước"),
    "giay_chung_nhan_qsdd": ("so do", "sổ hồng", "GCN QSDĐ", "so hong", "gcn qsdd"),
    "hop_dong": ("HĐ", "hop dong", "HD"),
    "quyet_dinh": ("QĐ", "quyet dinh", "QD"),
    "to_khai": ("to khai", "tờ khai"),
    "xac_nhan_hon_nhan": ("xac nhan tinh trang hon nhan", "giay xac nhan doc than", "XNTTHN"),
    "xac_nhan_cu_tru": ("xac nhan cu tru", "CT07", "giấy xác nhận cư trú"),
    "dang_ky_kinh_doanh": ("GPKD", "dang ky kinh doanh", "giay phep kinh doanh", "ĐKKD"),
    "giay_uy_quyen": ("giay uy quyen", "uy quyen", "GUQ"),
    "bien_ban": ("bien ban", "BB"),
    "ban_ve": ("ban ve", "so do thua dat", "trich do"),
    "don_de_nghi": ("don de nghi", "don"),
}

# Letters OCR confuses in Vietnamese print, each changing the folded word.
_MISREADS = (("n", "ri"), ("m", "rn"), ("h", "b"), ("u", "ii"), ("a", "o"), ("i", "l"))


@dataclass(frozen=True)
class Judged:
    """A query and the dossier judged its answer; kind says what the officer typed."""

    text: str
    dossier: str
    kind: str


@dataclass(frozen=True)
class RelevanceSet:
    pages: tuple[IndexedPage, ...]
    queries: tuple[Judged, ...]


def make_set(documents: int = 400, seed: int = 13) -> RelevanceSet:
    rng = random.Random(seed)
    pages: list[IndexedPage] = []
    queries: list[Judged] = []
    kinds = [label for label in labels() if label in EVERYDAY_NAMES]
    for n in range(documents):
        document = generate_document(kinds[n % len(kinds)], seed * 1000 + n)
        dossier = f"000.00.19.H12-2409{n % 28 + 1:02d}-{n:04d}"
        misread = n % 6 == 5
        pages += _pages(document, dossier, n, rng if misread else None)
        if n % 3 == 0 or misread:
            queries += _queries(document, dossier, rng, misread)
    return RelevanceSet(tuple(pages), tuple(queries))


def _pages(
    document: GeneratedDocument, dossier: str, n: int, misread: random.Random | None
) -> list[IndexedPage]:
    received = datetime(2024, 9, 1, 8, tzinfo=VIETNAM) + timedelta(hours=n * 5)
    name = document.fields.get("name", "")
    pages = []
    for page_no, lines in enumerate(document.pages, 1):
        text = "\n".join(line.lstrip("#=>^ ") for line in lines)
        if misread and name:
            text = _misread_name(text, name, misread)
        pages.append(IndexedPage(
            page_id=f"{dossier}/p{page_no}", dossier_code=dossier, document_id=f"{dossier}/d1",
            page_no=page_no, text=text, doc_type=document.label, procedure="1.000",
            desk="Phường 1", received_at=received,
        ))  # fmt: skip
    return pages


def _misread_name(text: str, name: str, rng: random.Random) -> str:
    # The same word of the name misread wherever it appears on the page, in either case.
    words = [w for w in name.split() if any(a in w for a, _ in _MISREADS)]
    if not words:
        return text
    word = rng.choice(words)
    wrong, right = next((a, b) for a, b in _MISREADS if a in word)
    bad = word.replace(wrong, right, 1)
    return text.replace(word, bad).replace(word.upper(), bad.upper())


def _queries(
    document: GeneratedDocument, dossier: str, rng: random.Random, misread: bool
) -> list[Judged]:
    fields = document.fields
    called = rng.choice(EVERYDAY_NAMES[document.label])
    name = fields.get("name", "")
    typed_name = fold(name) if rng.random() < 0.6 else name
    asked = [Judged(f"{called} {typed_name}" if rng.random() < 0.5 else f"{typed_name} {called}",
                    dossier, "misread name" if misread else "name + paper")]  # fmt: skip
    if misread:
        return asked
    if number := fields.get("doc_number"):
        typed = rng.choice((fold(number).upper(), " ".join(fold(number).replace("/", " ").split()),
                            number, f"so {fold(number)}"))  # fmt: skip
        asked.append(Judged(typed, dossier, "document number"))
    elif "land_parcel" in fields:
        parcel, sheet = fields["land_parcel"], fields.get("map_sheet", "")
        asked.append(Judged(f"thua {parcel} to ban do {sheet} {fold(name)}", dossier, "parcel"))
    elif number := fields.get("id_number"):
        asked.append(Judged(f"{called} {number}", dossier, "ID number"))
    return asked

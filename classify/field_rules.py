"""What a valid value looks like, and what the words before a value say it is.

Patterns run on folded text (lowercase, no diacritics; `hoso.indexer.folding.fold` keeps one
character per character, so a span in the folded line is the same span in the original).
"""

from __future__ import annotations

import re
from datetime import date

from hoso.indexer.folding import fold

__all__ = [
    "DATE_PATTERNS",
    "DOC_NUMBER_PATTERN",
    "ID_PATTERN",
    "PARCEL_PATTERN",
    "SHEET_PATTERN",
    "SURNAMES",
    "TAX_PATTERN",
    "date_kind",
    "digitise",
    "has_id_context",
    "has_tax_context",
    "make_date",
    "normalise_doc_number",
    "person_names",
    "title_case",
    "valid_citizen_id",
    "valid_tax_code",
]

DATE_PATTERNS = (
    # `ngày 10 tháng 8 năm 2022`, allowing a misread vowel (italic `ngòy`, `thúng`).
    re.compile(r"(?<![\w/.-])(?:ng[a-z]{1,2}y\s+)?(\d{1,2})\s+th[a-z]{1,2}ng\s+(\d{1,2})\s+"
               r"n[a-z]{1,2}m\s+(\d{4})(?!\d)"),
    re.compile(r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\w/])"),
)

_BIRTH = re.compile(r"(sinh|birth)\b[^0-9]{0,25}$")
_NOT_BIRTH = re.compile(r"(khai sinh|dang ky|noi sinh)[^0-9]{0,25}$")
_ISSUED = re.compile(r"\bcap\b[^0-9]{0,12}$")
_OWN_DATE = re.compile(
    r"(ngay, thang, nam|date, month, year|date of ?issue|ngay cap|dang ky lan dau)[\s:/,]*$")
_PLACE_DATE = re.compile(r"^[\w .'-]{2,40},\s*$")
_NOT_PLACE = re.compile(r"\b(hom nay|vao hoi|hoi \d|luc|tai|den|tu|va|ngay|gio|phut)\b")
_LEADING_NUMBER = re.compile(r"^.*\bso\s*[:.]\s*\S*/\S*\s+")


def make_date(day: str, month: str, year: str) -> date | None:
    """The date, or None for an impossible one (31/02, month 13, year out of range)."""
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if 1900 <= value.year <= 2100 else None


def date_kind(prefix: str, suffix: str, previous_line: str, *, header: str = "",
              inherited: str | None = None, standalone: bool = False) -> str | None:
    """What a date is, from the folded text around it on its line (and the line above).

    birth_date: after `ngày sinh`, `sinh ngày`, `Date of birth` (or in a `Ngày sinh` column).
    id_issue_date: after `cấp ngày` / `ngày cấp` next to an ID card number.
    issue_date: the document's own date: `Hà Nội, ngày ...`, a line holding only the date,
        `Ngày, tháng, năm:` / `Date of issue:` on a card, `Đăng ký lần đầu:`.
    header: the table header cell above the date, when it sits in a `|` table.
    standalone: the date is written out from a capital (`Ngày 10 tháng 8 năm 2015`), as a
        signature block dates a card; a bare `10/08/2015` opening a line is more often the
        tail of a sentence wrapped from the line above.
    inherited: the kind of a date just before on the line, when only separators lie between.
    """
    if inherited:
        return inherited
    cell = prefix.rsplit("|", 1)[-1]
    if header and not cell.strip(" .:-"):
        return "birth_date" if "sinh" in header else None
    if not prefix.strip(" .:-"):
        # A wrapped line may begin with the date its label ended the line above with.
        carried = date_kind(previous_line + " ", "x", "") if previous_line else None
        if carried:
            return carried
        return "issue_date" if standalone and not suffix.strip(" .,;") else None
    return _kind_after(prefix, previous_line)


def _kind_after(prefix: str, previous_line: str) -> str | None:
    tail = prefix[-45:]
    if _BIRTH.search(tail) and not _NOT_BIRTH.search(tail):
        return "birth_date"
    if _ISSUED.search(tail) and (has_id_context(prefix) or has_id_context(previous_line)):
        return "id_issue_date"
    if _OWN_DATE.search(tail):
        return "issue_date"
    place = _LEADING_NUMBER.sub("", prefix)
    if _PLACE_DATE.match(place) and not _NOT_PLACE.search(place):
        return "issue_date"
    return None


ID_PATTERN = re.compile(r"(?<![\w./-])(\d{12}|\d{9})(?![\w./-])")
_ID_WORDS = re.compile(r"cccd|cmnd|can cuoc|chung minh|dinh danh|giay to|\bno\.|\bso\s*:")
_NOT_ID = re.compile(r"(dien thoai|tai khoan|so tien|fax|\bdt\b)[^0-9]{0,20}$")
_ID_DIGITS = re.compile(r"\d{12}|\d{9}")
# Province and city codes that open a 12-digit citizen ID (Circular 07/2016/TT-BCA).
_PROVINCE_CODES = frozenset(
    ["001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096"])


def has_id_context(folded_line: str) -> bool:
    return bool(_ID_WORDS.search(folded_line) or _ID_DIGITS.search(folded_line))


def valid_citizen_id(digits: str, prefix: str, line: str) -> bool:
    """A 12-digit CCCD with a real province code, or a 9-digit CMND named as an ID."""
    if _NOT_ID.search(prefix[-40:]):
        return False
    if len(digits) == 12:
        return digits[:3] in _PROVINCE_CODES
    return len(digits) == 9 and bool(_ID_WORDS.search(line))


TAX_PATTERN = re.compile(r"(?<![\w./-])(\d{10})(?:-\d{3})?(?![\w./])")
_TAX_WORDS = re.compile(r"ma so thue|\bmst\b|ma so doanh nghiep|ma so ho kinh doanh|tax code")
_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def has_tax_context(folded_line: str) -> bool:
    return bool(_TAX_WORDS.search(folded_line))


def valid_tax_code(digits: str) -> bool:
    """Ten digits whose last is the check digit of the other nine (as the tax office sets)."""
    if len(digits) != 10 or digits[2:9] == "0000000":
        return False
    check = 10 - sum(int(d) * w for d, w in zip(digits, _TAX_WEIGHTS, strict=False)) % 11
    return check < 10 and int(digits[9]) == check


# `Số: 123/QĐ-UBND`, `Số: 45/2022/HĐMB`, on the original (unfolded) line: the capital S
# keeps out `Quyển số`, `thửa đất số` and references such as `Quyết định số 12/QĐ-UBND`.
DOC_NUMBER_PATTERN = re.compile(
    r"(?:^|(?<=[\s(]))S[ốôoóồổỐ]\s*[:.]\s*(\d{1,6}(?:\s?/\s?[0-9A-ZĐÐ][0-9A-Za-zĐđÐ.\-]*)+)")


def normalise_doc_number(raw: str) -> str:
    """Spaces out; `Ð` (Eth) read for `Đ`; the doubled `ĐĐ` tesseract sometimes reads for one
    `Đ` (no administrative abbreviation has two)."""
    value = re.sub(r"\s+", "", raw).replace("Ð", "Đ").rstrip(".-")
    return re.sub(r"Đ{2,}", "Đ", value)


# `thửa đất số: 125`, `Tờ bản đồ số 12`: the number must be named as such (`số` or a colon).
PARCEL_PATTERN = re.compile(
    r"\b(?:thua dat so|thua so|so thu tu thua dat|thua dat(?=\s*:))\s*[:.]?\s*(\d{1,5})\b")
SHEET_PATTERN = re.compile(
    r"\bto ban do(?: dia chinh)?(?: so|(?=\s*:))\s*[:.]?\s*(\d{1,4})\b")

_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1",
                                   "S": "5", "B": "8", "Z": "2"})


def digitise(token: str) -> str:
    """A long token that is nearly all digits, with letters OCR confuses for digits fixed."""
    if len(token) >= 9 and sum(ch.isdigit() for ch in token) >= len(token) - 2:
        return token.translate(_DIGIT_LOOKALIKES)
    return token


SURNAMES = frozenset(
    ["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "trịnh", "đinh", "lương", "mai", "đào", "đoàn", "lâm", "cao", "triệu", "hà", "quách", "chu", "lưu", "kiều", "tô", "tạ", "tăng", "thái", "la", "văn", "khúc", "giang", "thạch", "kim", "lạc", "mạc", "lò", "tống", "hứa", "âu", "diệp", "quan", "tôn", "nông", "châu", "tiêu"])
_FOLDED_SURNAMES = frozenset(fold(name) for name in SURNAMES)


def is_surname(word: str) -> bool:
    """A family name; a word OCR read without its tone marks is matched by its folded form."""
    lowered = word.lower()
    if lowered in SURNAMES:
        return True
    return fold(lowered) == lowered and lowered in _FOLDED_SURNAMES


def title_case(name: str) -> str:
    """`NGUYỄN VĂN AN` -> `Nguyễn Văn An`."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split())


# What may stand before a person's name: a label ending in a colon, a title, a table cell.
_NAME_LABEL = re.compile(
    r"(ho va ten|ho ten|ho, chu dem,? (?:va )?ten|\bten\b|\bong\b|\bba\b|chu ho|nguoi|"
    r"\bben\b|chu so huu|chu doanh nghiep|chu dau tu|dai dien|\bme\b|\bcha\b|toi ten la|"
    r"\bvo\b|\bchong\b)"
    r"[^:|]{0,40}:\s*$|(\bong|\bba|ong/ba|\bho)\s+$|^\s*-\s+$|\|\s*$")
_NOT_NAME_LABEL = re.compile(r"do ve|do dac|kiem tra|thiet ke|trich luc|nguoi ky|chuc vu")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def person_names(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of people's names: three to five capitalised words, the first a Vietnamese
    surname, after a label such as `Họ và tên:`, `Ông/Bà:`, `Bên A:` or in a table cell."""
    spans = []
    words = list(_NAME_WORD.finditer(text))
    i = 0
    while i < len(words):
        run = _capitalised_run(words, i, text)
        if len(run) >= 3 and is_surname(run[0].group()):
            prefix = folded[:run[0].start()]
            if _NAME_LABEL.search(prefix[-60:]) and not _NOT_NAME_LABEL.search(prefix[-60:]):
                spans.append((run[0].start(), run[-1].end()))
                i += len(run)
                continue
        i += 1
    return spans


def _capitalised_run(words: list[re.Match[str]], start: int, text: str) -> list[re.Match[str]]:
    """Capitalised words from `start`, up to five, stopping at the next field's label."""
    if not words[start].group()[:1].isupper():
        return []
    run = [words[start]]
    shouting = words[start].group().isupper()
    for following in range(start + 1, min(start + 5, len(words))):
        word = words[following].group()
        gap = text[run[-1].end():words[following].start()]
        if gap.strip() or not word[:1].isupper() or (shouting and not word.isupper()):
            break
        if _ends_name(words, following, text):
            break
        run.append(words[following])
    return run


_LABEL_WORDS = frozenset(["sinh", "ngay", "gioi", "so", "chuc", "dia", "que", "nghe", "cccd", "cmnd", "ton", "sdt", "email", "tuoi", "la", "va", "tai"])
_LABEL_PAIRS = frozenset({("quoc", "tich"), ("dan", "toc"), ("nam", "sinh"), ("ho", "khau"),
                          ("noi", "sinh"), ("noi", "cu"), ("noi", "o"), ("noi", "thuong"),
                          ("quan", "he"), ("ma", "so")})


def _ends_name(words: list[re.Match[str]], index: int, text: str) -> bool:
    folded = fold(words[index].group())
    if folded in _LABEL_WORDS:
        return True
    if index + 1 >= len(words) or text[words[index].end():words[index + 1].start()].strip():
        return False
    return (folded, fold(words[index + 1].group())) in _LABEL_PAIRS


# The fixed words of issuing bodies' names, as printed: a misread tone mark in them
# (`ỦY BẠN NHÂN DÂN`, `ĐẦU TỪ`) is put right by matching their folded form.
_AUTHORITY_PHRASES = (
    "ỦY BAN NHÂN DÂN", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "PHÒNG ĐĂNG KÝ KINH DOANH", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "PHÒNG TÀI CHÍNH - KẾ HOẠCH", "VĂN PHÒNG CÔNG CHỨNG", "CHI CỤC THUẾ KHU VỰC", "CỤC THUẾ",
    "CÔNG AN", "THÀNH PHỐ", "TỈNH", "QUẬN", "HUYỆN", "PHƯỜNG", "XÃ", "THỊ XÃ", "THỊ TRẤN",
)
_AUTHORITY_FIXES = tuple(
    (re.compile(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)"), phrase)
    for phrase in sorted(_AUTHORITY_PHRASES, key=len, reverse=True))


def canonical_authority(text: str) -> str:
    """An authority's name with its fixed words spelled as printed; place names as read."""
    upper = text.upper()
    folded = fold(upper)
    chars = list(upper)
    taken = [False] * len(chars)
    for pattern, phrase in _AUTHORITY_FIXES:
        for match in pattern.finditer(folded):
            if not any(taken[match.start():match.end()]):
                chars[match.start():match.end()] = list(phrase)
                taken[match.start():match.end()] = [True] * len(phrase)
    return "".join(chars)

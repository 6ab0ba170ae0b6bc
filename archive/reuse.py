"""Reuse: find what the archive already holds about a person, and officers' type corrections.

`lookup` answers "was this citizen's ID card / birth certificate / land certificate already
digitised?" across every dossier, newest first. `correct_type` records an officer's correction
of a document's type; `corrections` hands the corrected documents to `hoso train`.

The questions are checked here; the catalog answers them (`Catalog.find_documents`,
`correct_type`, `corrections`), so this module reads and writes no table itself.
"""

from __future__ import annotations

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.records import LookupHit, LookupQuery
from hoso.errors import InputError

__all__ = ["LookupHit", "correct_type", "corrections", "lookup"]


def lookup(catalog: Catalog, *, id_number: str = "", name: str = "", birth_date: str = "",
           doc_number: str = "") -> list[LookupHit]:
    """Documents whose fields (or whose dossier's applicant) match, newest first.

    By citizen ID (`id_number`, digits only), by name and date of birth together (ISO date), or
    by document number (`123/QĐ-UBND`). Names compare case-insensitively.
    """
    query = LookupQuery(id_number="".join(c for c in id_number if c.isdigit()),
                        name=name.strip(), birth_date=birth_date.strip(),
                        doc_number=doc_number.strip())
    if not (query.id_number or (query.name and query.birth_date) or query.doc_number):
        raise InputError("lookup", "give --id, --name with --birth-date, or --doc-number")
    return catalog.find_documents(query)


def correct_type(catalog: Catalog, document_id: str, doc_type: str, *, actor: str) -> None:
    """An officer says what the document really is; kept across re-assembly, used by training."""
    catalog.correct_type(document_id, doc_type, actor=actor)


def corrections(catalog: Catalog, store: BlobStore) -> list[tuple[str, str]]:
    """(document text, corrected type) for every corrected document, oldest first."""
    return [(store.read_bytes(c.text_sha256).decode("utf-8"), c.doc_type)
            for c in catalog.corrections()]

"""A document PDF is signed once: assembling the same pages again, or twice at once, stores
the same signed PDF (on SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from signing_kit import document_pdf

from hoso.archive import Catalog, open_store
from hoso.signing.checks import check_pdf_signatures
from hoso.signing.settings import SigningSettings
from hoso.signing.signer import open_signer
from hoso.signing.stage import store_signed
from hoso.signing.trust import load_roots


def test_the_same_content_signed_at_once_by_four_assemblies_is_stored_once(
        catalog: Catalog, settings: SigningSettings, tmp_path: Path) -> None:
    store = open_store(f"file://{tmp_path / 'store'}")
    signer = open_signer(settings)
    pdf = document_pdf(pages=1, shade=240)
    with ThreadPoolExecutor(4) as pool:
        keys = list(pool.map(lambda _: store_signed(pdf, signer=signer, store=store,
                                                    catalog=catalog), range(4)))
    assert len(set(keys)) == 1
    assert catalog.signatures.signed_pdf(_sha(pdf)) == keys[0]
    # Later assemblies of the same pages reuse it: no new signature, no new blob.
    assert store_signed(pdf, signer=signer, store=store, catalog=catalog) == keys[0]
    [check] = check_pdf_signatures(store.read_bytes(keys[0]), load_roots(settings.trusted))
    assert check.ok and check.whole_file
    # Other content gets its own signature.
    other = store_signed(document_pdf(pages=1, shade=200), signer=signer, store=store,
                         catalog=catalog)
    assert other != keys[0]


def test_a_signed_pdf_lost_from_the_store_is_signed_again(
        catalog: Catalog, settings: SigningSettings, tmp_path: Path) -> None:
    store = open_store(f"file://{tmp_path / 'store'}")
    signer = open_signer(settings)
    pdf = document_pdf(pages=1, shade=230)
    first = store_signed(pdf, signer=signer, store=store, catalog=catalog)
    store.delete(first)
    again = store_signed(pdf, signer=signer, store=store, catalog=catalog)
    assert again != first and store.exists(again)
    assert catalog.signatures.signed_pdf(_sha(pdf)) == again


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

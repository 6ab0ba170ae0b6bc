"""What a worker needs to run a stage: the backends and settings, built once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoso.archive import BlobStore, Catalog, open_catalog, open_store
from hoso.indexer import SearchIndex, open_index
from hoso.ingest.limits import Limits
from hoso.ocr.engine import OcrEngine, open_engine
from hoso.ocr.read import TESSERACT
from hoso.ocr.settings import OcrSettings
from hoso.settings import ClassifierSettings, Settings
from hoso.signing.checks import TrustRoots
from hoso.signing.signer import DocumentSigner, open_signer
from hoso.signing.trust import load_roots

__all__ = ["Context", "build_context"]


@dataclass(frozen=True)
class Context:
    store: BlobStore
    catalog: Catalog
    index: SearchIndex
    ocr: OcrSettings
    limits: Limits
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)
    engine: OcrEngine = TESSERACT
    # Signs document PDFs (None: stored unsigned, as in tests of other stages), and the
    # certificates signatures must chain to.
    signer: DocumentSigner | None = None
    trust_roots: TrustRoots = ()

    def close(self) -> None:
        if self.signer is not None:
            self.signer.close()
        self.index.close()
        self.catalog.close()
        self.store.close()


def build_context(settings: Settings) -> Context:
    """Open every backend named by the settings (the edge calls this once)."""
    return Context(
        store=open_store(settings.store_url),
        catalog=open_catalog(settings.catalog_url),
        index=open_index(settings.index_url),
        ocr=settings.ocr,
        limits=settings.limits,
        classifier=settings.classifier,
        engine=open_engine(settings.ocr_engine),
        signer=open_signer(settings.signing),
        trust_roots=tuple(load_roots(settings.signing.trusted)),
    )

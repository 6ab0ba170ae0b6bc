"""hoso's configuration, read once at the edge (CLI, HTTP app, worker start-up) and passed down.

Every setting comes from an environment variable; `Settings.from_env` is the only place that
reads them. Backends are chosen by URL:

    HOSO_HOME        data directory for the embedded default            ./hoso-data
    HOSO_STORE_URL   file:///path | s3://host:9000/bucket | http://host:9000/bucket
    HOSO_CATALOG_URL sqlite:///path.db | postgresql://user:pw@host/db
    HOSO_INDEX_URL   sqlite:///path.db | http://host:9200
    HOSO_BROKER_URL  memory:// (in-process) | redis://host:6379/0
    HOSO_WORKERS     worker threads per process                         number of cores
    HOSO_OCR_ENGINE  tesseract | module:factory (see hoso.ocr.engine)    tesseract
    HOSO_OCR_LANGUAGES, HOSO_OCR_DPI, HOSO_OCR_TIMEOUT, HOSO_REVIEW_THRESHOLD
    HOSO_OCR_TEXT_LAYER  1: a PDF page's own good text layer instead of OCR; 0: OCR all   1
    HOSO_OCR_POSTCORRECT  1 | 0: mend OCR words with Vietnamese orthography   1
    HOSO_GARBAGE_LIMIT    pages with more words that are no Vietnamese (0-1) need review  0.03
    HOSO_TESSDATA    folder of tesseract models (best_int / standard vie)   the installed ones
    HOSO_MAX_FILE_BYTES, HOSO_MAX_PAGES, HOSO_MAX_PIXELS, HOSO_MAX_FILE_PIXELS
    HOSO_CLASSIFIER_MODEL  the document-type model     $HOSO_HOME/models/doctype.joblib if
                                                       `hoso train` made one, else the shipped one
    HOSO_CLASSIFIER_REVIEW documents typed with less confidence (0-1) need review     0.6
    HOSO_LOG_LEVEL   DEBUG | INFO | WARNING | ERROR (worker and server logs)          INFO
    HOSO_MAX_ATTEMPTS  tries of a page or assembly failing retryably    3
    HOSO_RETRY_BACKOFF seconds before the first retry, then doubling    1
    HOSO_SIGNING_P12, HOSO_SIGNING_PASSPHRASE   the converting body's key (PKCS#12)
                                                 else $HOSO_HOME/keys (`hoso keys init`)
    HOSO_PKCS11_MODULE, HOSO_PKCS11_TOKEN, HOSO_PKCS11_KEY, HOSO_PKCS11_PIN   or a token's
    HOSO_TSA_URL     RFC 3161 timestamp service (signatures become PAdES B-T)
    HOSO_TRUST_ROOTS certificate files signatures must chain to    $HOSO_HOME/keys/ca.pem
    HOSO_SIGNING_BODY the converting body named in the mark        the certificate's organisation
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from hoso.errors import ConfigError
from hoso.ingest.limits import Limits
from hoso.ocr.settings import OcrSettings
from hoso.signing.settings import Pkcs11Key, SigningSettings
from hoso.workers.retry import RetryPolicy

__all__ = ["SHIPPED_MODEL", "ClassifierSettings", "Settings"]

# The document-type model trained on generated papers, shipped inside the package. `hoso
# train` never overwrites it: an installed package may be read-only, and an upgrade replaces it.
def _package_dir(name: str) -> Path:
    # find_spec locates a package without running it (hoso.classify imports scikit-learn).
    spec = find_spec(name)
    assert spec is not None and spec.submodule_search_locations is not None, name
    return Path(next(iter(spec.submodule_search_locations)))


SHIPPED_MODEL = _package_dir("hoso.classify") / "model" / "doctype.joblib"


@dataclass(frozen=True)
class ClassifierSettings:
    """Settings for the classification stage (here, not in hoso.classify, so that reading the
    settings does not import scikit-learn).

    model_path: the model the pipeline loads (HOSO_CLASSIFIER_MODEL; by default the one
        `hoso train` saved under HOSO_HOME, else the shipped one).
    trained_path: where `hoso train` saves a new model (HOSO_HOME/models/doctype.joblib).
    review_below: documents typed with a calibrated confidence below this (0-1) are flagged
        needs-review (HOSO_CLASSIFIER_REVIEW).
    """

    model_path: Path = SHIPPED_MODEL
    trained_path: Path = Path("hoso-data/models/doctype.joblib")
    review_below: float = 0.6


@dataclass(frozen=True)
class Settings:
    home: Path
    store_url: str
    catalog_url: str
    index_url: str
    broker_url: str
    workers: int
    ocr_engine: str = "tesseract"
    limits: Limits = field(default_factory=Limits)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    log_level: str = "INFO"
    signing: SigningSettings = field(default_factory=SigningSettings)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        home = Path(env.get("HOSO_HOME", "hoso-data")).resolve()
        return cls(
            home=home,
            store_url=env.get("HOSO_STORE_URL", f"file://{home / 'store'}"),
            catalog_url=env.get("HOSO_CATALOG_URL", f"sqlite:///{home / 'catalog.db'}"),
            index_url=env.get("HOSO_INDEX_URL", f"sqlite:///{home / 'index.db'}"),
            broker_url=env.get("HOSO_BROKER_URL", "memory://"),
            workers=_int(env, "HOSO_WORKERS", os.cpu_count() or 1),
            ocr_engine=env.get("HOSO_OCR_ENGINE") or "tesseract",
            limits=Limits(
                max_file_bytes=_int(env, "HOSO_MAX_FILE_BYTES", Limits.max_file_bytes),
                max_pages=_int(env, "HOSO_MAX_PAGES", Limits.max_pages),
                max_pixels=_int(env, "HOSO_MAX_PIXELS", Limits.max_pixels),
                max_file_pixels=_int(env, "HOSO_MAX_FILE_PIXELS", Limits.max_file_pixels),
            ),
            ocr=OcrSettings(
                languages=env.get("HOSO_OCR_LANGUAGES", OcrSettings.languages),
                dpi=_int(env, "HOSO_OCR_DPI", OcrSettings.dpi),
                timeout_s=_float(env, "HOSO_OCR_TIMEOUT", OcrSettings.timeout_s),
                review_threshold=_float(
                    env, "HOSO_REVIEW_THRESHOLD", OcrSettings.review_threshold
                ),
                text_layer=_flag(env, "HOSO_OCR_TEXT_LAYER", OcrSettings.text_layer),
                postcorrect=_flag(env, "HOSO_OCR_POSTCORRECT", OcrSettings.postcorrect),
                garbage_limit=_float(env, "HOSO_GARBAGE_LIMIT", OcrSettings.garbage_limit),
                tessdata=_folder(env, "HOSO_TESSDATA"),
            ),
            classifier=_classifier(env, home),
            retry=RetryPolicy(
                max_attempts=_int(env, "HOSO_MAX_ATTEMPTS", RetryPolicy.max_attempts),
                min_backoff_ms=round(1000 * _float(env, "HOSO_RETRY_BACKOFF",
                                                   RetryPolicy.min_backoff_ms / 1000)),
            ),
            log_level=_log_level(env),
            signing=_signing(env, home),
        )


def _classifier(env: Mapping[str, str], home: Path) -> ClassifierSettings:
    trained = home / "models" / "doctype.joblib"
    chosen = env.get("HOSO_CLASSIFIER_MODEL")
    if chosen:
        model = Path(chosen).resolve()
    else:
        # A model an office retrained from its officers' corrections wins over the shipped one.
        model = trained if trained.is_file() else ClassifierSettings.model_path
    review = _float(env, "HOSO_CLASSIFIER_REVIEW", ClassifierSettings.review_below)
    if not 0 <= review <= 1:
        raise ConfigError(f"HOSO_CLASSIFIER_REVIEW={review} must be between 0 and 1")
    return ClassifierSettings(model_path=model, trained_path=trained, review_below=review)


def _signing(env: Mapping[str, str], home: Path) -> SigningSettings:
    p12 = env.get("HOSO_SIGNING_P12")
    roots = env.get("HOSO_TRUST_ROOTS", "")
    return SigningSettings(
        keys_dir=home / "keys",
        p12_path=Path(p12).resolve() if p12 else None,
        p12_passphrase=env.get("HOSO_SIGNING_PASSPHRASE", ""),
        pkcs11=_pkcs11(env),
        tsa_url=env.get("HOSO_TSA_URL", "").strip(),
        trust_roots=tuple(Path(p).resolve() for p in roots.split(os.pathsep) if p.strip()),
        body=env.get("HOSO_SIGNING_BODY", "").strip(),
    )


def _pkcs11(env: Mapping[str, str]) -> Pkcs11Key | None:
    module = env.get("HOSO_PKCS11_MODULE")
    if not module:
        return None
    token, key = env.get("HOSO_PKCS11_TOKEN", ""), env.get("HOSO_PKCS11_KEY", "")
    if not token or not key:
        raise ConfigError("HOSO_PKCS11_MODULE is set: HOSO_PKCS11_TOKEN and HOSO_PKCS11_KEY "
                          "must name the token and the key")
    return Pkcs11Key(Path(module), token, key, env.get("HOSO_PKCS11_PIN", ""))


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _log_level(env: Mapping[str, str]) -> str:
    level = env.get("HOSO_LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in _LOG_LEVELS:
        raise ConfigError(f"HOSO_LOG_LEVEL={level!r} is none of {', '.join(_LOG_LEVELS)}")
    return level


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if value <= 0:
        raise ConfigError(f"{name}={raw!r} must be positive")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={raw!r} is neither 1 nor 0")


def _folder(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name) or ""
    if not raw:
        return None
    if not Path(raw).is_dir():
        raise ConfigError(f"{name}={raw!r} is not a folder")
    return str(Path(raw).resolve())

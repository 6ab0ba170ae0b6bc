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
    HOSO_MAX_FILE_BYTES, HOSO_MAX_PAGES, HOSO_MAX_PIXELS
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hoso.errors import ConfigError
from hoso.ingest.limits import Limits
from hoso.ocr.settings import OcrSettings

__all__ = ["Settings"]


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
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def embedded_broker(self) -> bool:
        return self.broker_url.startswith("memory:")

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
            ),
            ocr=OcrSettings(
                languages=env.get("HOSO_OCR_LANGUAGES", OcrSettings.languages),
                dpi=_int(env, "HOSO_OCR_DPI", OcrSettings.dpi),
                timeout_s=_float(env, "HOSO_OCR_TIMEOUT", OcrSettings.timeout_s),
                review_threshold=_float(
                    env, "HOSO_REVIEW_THRESHOLD", OcrSettings.review_threshold
                ),
            ),
            extra={k: v for k, v in env.items() if k.startswith("HOSO_")},
        )


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

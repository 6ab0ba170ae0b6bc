"""What an operator of the system reads: structured logs (metrics: hoso.workers.metrics).

Logs are one JSON object a line, with the dossier and page ids where a record has them
(`extra={"dossier": ..., "page_id": ...}`).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

__all__ = ["JsonFormatter", "configure_logging"]

_CONTEXT_KEYS = ("dossier", "page_id", "file_id", "document_id", "confidence", "seconds",
                 "reason")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"at": datetime.fromtimestamp(record.created, UTC).isoformat(),
                 "level": record.levelname.lower(), "logger": record.name,
                 "message": record.getMessage(), "pid": record.process}
        entry.update({k: getattr(record, k) for k in _CONTEXT_KEYS if hasattr(record, k)})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the hoso loggers (worker and server processes), from `level`
    up (Settings.log_level)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("hoso")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False

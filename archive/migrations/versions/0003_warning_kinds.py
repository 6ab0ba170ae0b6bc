"""page warnings as kinds with parameters instead of English sentences

Revision ID: 0003
Revises: 0002

`pages.warnings` held the sentences ocr.quality wrote ("low resolution: 150 dpi (scan at 200
dpi or more)"); it now holds `hoso.page_warnings.PageWarning.to_json` of each warning
({"kind": "low_resolution", "dpi": 150, "min_dpi": 200}). Both directions are written out here,
not imported, so that this migration keeps meaning what it meant when later code changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_pages = sa.table("pages", sa.column("id", sa.String), sa.column("warnings", sa.JSON))

_LOW_RESOLUTION = re.compile(r"low resolution: (\d+) dpi \(scan at (\d+) dpi")
_LOW_CONFIDENCE = re.compile(r"low OCR confidence: ([\d.]+) \(review threshold ([\d.]+)")


def _kind(sentence: object) -> object:
    """The machine form of one old sentence; anything else is kept as it is."""
    if not isinstance(sentence, str):
        return sentence
    if sentence == "blank page":
        return {"kind": "blank"}
    if sentence.startswith("blurred"):
        return {"kind": "blurred"}
    if match := _LOW_RESOLUTION.match(sentence):
        return {"kind": "low_resolution", "dpi": int(match[1]), "min_dpi": int(match[2])}
    if match := _LOW_CONFIDENCE.match(sentence):
        return {"kind": "low_confidence", "confidence": float(match[1]),
                "threshold": float(match[2])}
    return sentence


def _sentence(warning: object) -> object:
    """The old sentence of one machine-form warning."""
    if not isinstance(warning, dict):
        return warning
    kind = warning.get("kind")
    if kind == "blank":
        return "blank page"
    if kind == "blurred":
        return "blurred: the letters' edges are soft (rescan or refocus)"
    if kind == "low_resolution":
        return (f"low resolution: {warning['dpi']} dpi "
                f"(scan at {warning['min_dpi']} dpi or more)")
    if kind == "low_confidence":
        return (f"low OCR confidence: {warning['confidence']:.0f} "
                f"(review threshold {warning['threshold']:g})")
    return warning


def _rewrite(convert: Callable[[object], object]) -> None:
    bind = op.get_bind()
    # Most pages have no warning: leave their rows alone.
    rows = bind.execute(sa.select(_pages.c.id, _pages.c.warnings)
                        .where(sa.cast(_pages.c.warnings, sa.Text) != "[]")).all()
    for page_id, warnings in rows:
        converted = [convert(w) for w in warnings or ()]
        if converted != warnings:
            bind.execute(_pages.update().where(_pages.c.id == page_id)
                         .values(warnings=converted))


def upgrade() -> None:
    _rewrite(_kind)


def downgrade() -> None:
    _rewrite(_sentence)

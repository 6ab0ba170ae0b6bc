"""A stack scanned in one go, several dossiers each behind its QR cover sheet: split at the
sheets (ingest/cover.py) and each part taken into its dossier (`take_in`, as any intake).
`hoso stack` and `hoso watch --covers` share it."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from hoso.errors import InputError
from hoso.ingest.cover import StackPart, split_at_covers
from hoso.ingest.inspect import inspect_file
from hoso.ingest.intake import IntakeReport, Upload
from hoso.records import DossierInfo
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Intake, take_in

__all__ = ["StackIntake", "take_in_stack"]

NO_COVER = ("its first page is no hoso cover sheet: print one from the dossier's intake page "
            "and scan it on top")


@dataclass(frozen=True)
class StackIntake:
    """One part of a stack (its pages, counted from 0, and its cover sheet) and its intake."""

    part: StackPart
    report: IntakeReport


def take_in_stack(upload: Upload, ctx: Context, dispatcher: Dispatcher, *, desk: str,
                  actor: str) -> list[StackIntake]:
    """Split the stack at its cover sheets and take each part into its dossier (created at
    `desk` if new); InputError naming the file if its first page is no cover sheet."""
    source = inspect_file(upload.path, upload.filename, ctx.limits, dpi=ctx.ocr.dpi)
    with tempfile.TemporaryDirectory(prefix="hoso-stack-") as tmp:
        parts = split_at_covers(upload.path, source.filename, source.media_type,
                                source.page_count, Path(tmp), timeout_s=ctx.ocr.timeout_s)
        if not parts:
            raise InputError(source.filename, NO_COVER)
        intakes = [Intake(DossierInfo(code=p.sheet.dossier_code, desk=desk, operator=actor),
                          (Upload(p.path, p.path.name),)) for p in parts]
        reports = take_in(intakes, ctx, dispatcher, actor=actor)
    return [StackIntake(p, r) for p, r in zip(parts, reports, strict=True)]

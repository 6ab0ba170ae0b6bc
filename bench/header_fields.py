"""Header fields and document types on office-scan pages (bench/office_pages.py): the
number symbol and the issue date, read by tesseract's words as they come (`raw`) and by
hoso's layout with the digit recogniser (`hoso`); the type, its calibration and how often
an unsure page is sent to review.

    python bench/header_fields.py                 # 8 pages of each of 4 types
    python bench/header_fields.py --pages 4 --workers 2

A field counts as right when its value equals the truth (number symbol exactly, date ISO).
`silent` counts wrong values that would not send the document to review: the figure that
must stay at zero.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from office_pages import DPI, make_office_page

from hoso.classify import label_document
from hoso.classify.calibration import format_reliability
from hoso.ocr import OcrSettings, read_page
from hoso.records import DocumentLabel, OcrPage, PageImage
from hoso.settings import ClassifierSettings

LABELS = ("quyet_dinh", "nghi_quyet", "thong_tu", "cong_van")
REVIEW = ClassifierSettings().review_below


@dataclass(frozen=True)
class Outcome:
    label: str
    truth: dict[str, str]
    raw: DocumentLabel
    hoso: DocumentLabel
    hand: str
    stamped: bool


def read_one(job: tuple[str, int]) -> Outcome:
    label, seed = job
    page = make_office_page(seed, label)
    image = PageImage(page.image, DPI)
    results = []
    for layout in (False, True):
        ocr: OcrPage = read_page(image, OcrSettings(pdf=False, layout=layout))
        results.append(label_document([ocr]))
    truth = {"doc_number": page.doc_number, "issue_date": page.issue_date}
    return Outcome(label, truth, results[0], results[1], page.hand, page.stamped)


def field_table(outcomes: list[Outcome], which: str) -> list[str]:
    lines = [(f"{which}: {'field':11s} {'right':>5s} {'wrong':>5s} {'silent':>6s} "
             f"{'missed':>6s} {'precision':>9s} {'recall':>6s}")]
    for name in ("doc_number", "issue_date"):
        right = wrong = silent = missed = 0
        for o in outcomes:
            label = getattr(o, which)
            values = [f for f in label.fields if f.name == name]
            if not values:
                missed += 1
            elif any(f.value == o.truth[name] for f in values):
                right += 1
            else:
                wrong += 1
                silent += not label.needs_review
        found = right + wrong
        lines.append(f"{'':{len(which) + 2}s}{name:11s} {right:5d} {wrong:5d} {silent:6d} "
                     f"{missed:6d} {right / found if found else 1:9.3f} "
                     f"{right / len(outcomes):6.3f}")
    return lines


def type_table(outcomes: list[Outcome], which: str) -> list[str]:
    labels = [getattr(o, which) for o in outcomes]
    correct = [lab.doc_type == o.label for lab, o in zip(labels, outcomes, strict=True)]
    wrong_silent = sum(not ok and not lab.needs_review for ok, lab in zip(correct, labels,
                                                                          strict=True))
    lines = [(f"{which}: type right {sum(correct)}/{len(correct)}, needs review "
             f"{sum(lab.needs_review for lab in labels)}, wrong and not flagged {wrong_silent}"),
             format_reliability([lab.confidence for lab in labels], correct)]
    for lab, o in zip(labels, outcomes, strict=True):
        if lab.doc_type != o.label:
            lines.append(f"  {o.label} typed {lab.doc_type} at {lab.confidence:.2f}"
                         f"{' (review)' if lab.needs_review else ''}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=8, help="pages per type")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    jobs = [(label, seed) for seed in range(args.pages) for label in LABELS]
    with Pool(args.workers) as pool:
        outcomes = pool.map(read_one, jobs)
    print(f"{len(outcomes)} office pages ({sum(o.stamped for o in outcomes)} with a received "
          f"stamp; hands: " + ", ".join(f"{h} {sum(o.hand == h for o in outcomes)}"
                                        for h in ("pen", "sklearn", "machine")) + ")\n")
    for which in ("raw", "hoso"):
        print("\n".join(field_table(outcomes, which)))
    print()
    for which in ("raw", "hoso"):
        print("\n".join(type_table(outcomes, which)) + "\n")
    print(f"{time.monotonic() - started:.0f} s; command: python bench/header_fields.py "
          + " ".join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())




"""Header fields and document types on office-scan pages: the number symbol and the issue
date, read by tesseract's words as they come (`raw`: OcrSettings.layout off) and by hoso's
layout with the digit recogniser (`hoso`); the type, its calibration and how often an unsure
page is sent to review.

    python bench/header_fields.py --source scan --pages 2   # synth.office, every kind
    python bench/header_fields.py --source bench --pages 4  # bench/office_pages.py

`scan` is synth.office (wt-scan's realistic intake pages: clean, 1-bit G4, stamped,
handwritten, photocopy, phone, coarse); `bench` is this folder's own Nghị định 30 pages
(hand-written digits from load_digits' held-out half and pen strokes, machine-stamped
digits, received stamps).

A field counts as right when its value equals the truth (number symbol exactly, date ISO).
`silent` counts wrong values that would not send the document to review: the figure that
must stay at zero.
"""

from __future__ import annotations

import argparse
import statistics
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
from hoso.ocr.metrics import word_recall
from hoso.records import DocumentLabel, OcrPage, PageImage
from hoso.settings import ClassifierSettings
from hoso.synth.office import OFFICE_KINDS, render_office_page

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
    recall: tuple[float, float] = (0.0, 0.0)  # word recall of the page's text: raw, hoso


def read_one(job: tuple[str, str, int]) -> Outcome:
    source, kind, seed = job
    if source == "scan":
        scan = render_office_page(seed, kind)
        image = PageImage(scan.image, scan.dpi)
        truth = {"doc_number": scan.truth.number, "issue_date": scan.truth.issued}
        label, hand = scan.truth.doc_type, f"{scan.truth.number_ink}/{scan.truth.date_ink}"
        text = scan.truth.text
        stamped = any(m.kind == "received_stamp" for m in scan.truth.marks)
    else:
        page = make_office_page(seed, kind)
        image = PageImage(page.image, DPI)
        truth = {"doc_number": page.doc_number, "issue_date": page.issue_date}
        label, hand, stamped, text = page.label, page.hand, page.stamped, ""
    results, recall = [], []
    for layout in (False, True):
        ocr: OcrPage = read_page(image, OcrSettings(pdf=False, layout=layout))
        results.append(label_document([ocr]))
        recall.append(word_recall(text, ocr.text) if text else 0.0)
    return Outcome(label, truth, results[0], results[1], hand, stamped,
                   (recall[0], recall[1]))


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
    parser.add_argument("--source", choices=("scan", "bench"), default="scan")
    parser.add_argument("--pages", type=int, default=2, help="pages per kind (or type)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    kinds = OFFICE_KINDS if args.source == "scan" else LABELS
    jobs = [(args.source, kind, seed) for seed in range(args.pages) for kind in kinds]
    with Pool(args.workers) as pool:
        outcomes = pool.map(read_one, jobs)
    hands = sorted({o.hand for o in outcomes})
    print(f"{len(outcomes)} {args.source} pages ({sum(o.stamped for o in outcomes)} with a "
          f"received stamp; number/date ink: "
          + ", ".join(f"{h} {sum(o.hand == h for o in outcomes)}" for h in hands) + ")\n")
    if args.source == "scan":
        for i, which in enumerate(("raw", "hoso")):
            print(f"{which}: mean word recall of the page text "
                  f"{statistics.mean(o.recall[i] for o in outcomes):.3f}")
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




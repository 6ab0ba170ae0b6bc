"""Document typing, field reading and stack splitting on generated papers read by real OCR.

    python bench/classify.py                          # 6 documents per template, 80 stacks
    python bench/classify.py --samples 3 --stacks 40 --save-model

Every template of every label is rendered (synth.render), degraded (synth.degrade, half of the
documents with the intake desk's hardest settings) and read by ocr.read_page; the reads are
cached in .cache/classify/ocr, so only the first run pays for OCR.

- Typing: template-disjoint cross-validation. Each label's templates are dealt over 5 folds;
  every document is typed by a model that never saw its template. Macro-F1, per-label
  precision and recall, confusion matrix.
- Fields: classify.read_fields on every document against the values the generator put in.
- Splitting: stacks of 2-8 of those documents (with OCR'd blank separator sheets between some)
  in seeded random order; a document counts when it comes out with exactly its pages.
With --save-model the model trained on everything is saved where the package loads it from.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from hoso.classify import save_model, split_documents
from hoso.classify.dataset import DEFAULT_CACHE, OcrDocument, build_corpus, read_blank_pages
from hoso.classify.evaluate import score_fields, score_split
from hoso.classify.fields import read_fields
from hoso.classify.report import format_evaluation, format_field_scores
from hoso.classify.training import examples_from_corpus, train
from hoso.records import OcrPage
from hoso.settings import SHIPPED_MODEL

GATES = {"id_number": (0.98, 0.95), "doc_number": (0.98, 0.95), "dates": (0.95, 0.95)}


def main() -> int:
    args = parse_args()
    started = time.monotonic()
    corpus = build_corpus(args.cache, samples_per_template=args.samples, workers=args.workers,
                          progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(f"corpus: {len(corpus)} documents, {sum(len(d.pages) for d in corpus)} pages "
          f"(OCR cached in {args.cache})\n")
    ok = typing(corpus, args)
    ok &= fields(corpus)
    ok &= splitting(corpus, args)
    print(f"\n{time.monotonic() - started:.0f} s; command: python bench/classify.py "
          + " ".join(sys.argv[1:]))
    return 0 if ok else 1


def typing(corpus: list[OcrDocument], args: argparse.Namespace) -> bool:
    result = train(examples_from_corpus(corpus), evaluate=True, folds=args.folds)
    assert result.evaluation is not None
    print(format_evaluation(result.evaluation))
    for group, truth, guess in result.evaluation.mistakes:
        print(f"  mistaken: {group} ({truth}) typed {guess}")
    if args.save_model:
        path = save_model(result.model, args.model)
        print(f"saved the model trained on all {len(corpus)} documents: {path} "
              f"({path.stat().st_size / 1e6:.1f} MB)")
    passed = result.evaluation.macro_f1 >= 0.95
    print(f"gate macro-F1 >= 0.95: {'PASS' if passed else 'FAIL'}\n")
    return passed


def fields(corpus: list[OcrDocument]) -> bool:
    scores = score_fields((doc.fields, read_fields(doc.pages)) for doc in corpus)
    print(format_field_scores(scores))
    passed = True
    for name, (precision, recall) in GATES.items():
        s = scores[name]
        good = s.precision >= precision and s.recall >= recall
        passed &= good
        print(f"gate {name}: precision >= {precision}, recall >= {recall}: "
              f"{'PASS' if good else 'FAIL'}")
    return passed


def splitting(corpus: list[OcrDocument], args: argparse.Namespace) -> bool:
    blanks = read_blank_pages(12, args.cache)
    rng = random.Random(args.seed)
    exact = total = 0
    for _ in range(args.stacks):
        pages, expected = stack(rng.sample(corpus, rng.randint(2, 8)), blanks, rng)
        got, count = score_split(expected, split_documents(pages))
        exact, total = exact + got, total + count
    share = exact / total
    passed = share >= 0.95
    print(f"\nsplitting: {exact}/{total} documents ({share:.1%}) came out with exactly their "
          f"pages, in {args.stacks} stacks of 2-8")
    print(f"gate >= 95%: {'PASS' if passed else 'FAIL'}")
    return passed


def stack(docs: list[OcrDocument], blanks: list[OcrPage], rng: random.Random
          ) -> tuple[list[OcrPage], list[list[int]]]:
    pages: list[OcrPage] = []
    expected = []
    for i, doc in enumerate(docs):
        if i and rng.random() < 0.25:
            pages.append(rng.choice(blanks))
        expected.append(list(range(len(pages), len(pages) + len(doc.pages))))
        pages.extend(doc.pages)
    return pages, expected


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=6, help="documents per template")
    parser.add_argument("--stacks", type=int, default=80)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="OCR processes")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--save-model", action="store_true")
    parser.add_argument("--model", type=Path, default=SHIPPED_MODEL)
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())

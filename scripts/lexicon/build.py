"""Build ocr/vi_ngrams.json: syllable and syllable-pair counts for OCR post-correction.

    python scripts/lexicon/build.py

Sources: public legal text (legal_vi.txt beside this script: wording of decrees, laws and
office letters, which Vietnamese law leaves out of copyright), and the strings of the older
document generator (synth/doc_templates, synth/corpus.py, synth/document_values.py). The new
realistic office pages' text (synth/office_text.py) is left out on purpose, so that
bench/ocr_accuracy.py measures the correction on wording it was not built from.
Only well-formed syllables (ocr.syllables) are counted; pairs are counted within a sentence.
`foreign` lists the English words of bilingual papers (ID cards, certificates, company
names: foreign.txt and the ASCII words of the sources that are no Vietnamese syllable),
which the garbage score and the correction leave alone.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from pathlib import Path

from hoso.ocr.postcorrect import _mark_variants
from hoso.ocr.syllables import is_valid

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "synth" / "corpus.py", ROOT / "synth" / "document_values.py",
           *sorted((ROOT / "synth" / "doc_templates").glob("*.py"))]
OUT = ROOT / "ocr" / "vi_ngrams.json"
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


def python_strings(path: Path) -> list[str]:
    """The string literals of a module, less its (English) docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and not node.value.isascii()]  # no ids, no codes


def sentences() -> list[str]:
    texts = (ROOT / "scripts" / "lexicon" / "legal_vi.txt").read_text(encoding="utf-8")
    found = texts.splitlines()
    for path in SOURCES:
        for text in python_strings(path):
            found.extend(re.sub(r"\{[^}]*\}|\[\[|\]\]|\|", " ", text).splitlines())
    return found


def foreign_words(lines: list[str]) -> list[str]:
    extra = (ROOT / "scripts" / "lexicon" / "foreign.txt").read_text(encoding="utf-8")
    tokens = {t.lower() for line in [*lines, extra] for t in _TOKEN.findall(line)}
    # Not a Vietnamese word that lost its marks (`viet`, `quyet`): those are mended.
    return sorted(t for t in tokens
                  if t.isascii() and t.isalpha() and len(t) >= 2 and not is_valid(t)
                  and not any(is_valid(v) for v in _mark_variants(t)))


def count(lines: list[str]) -> tuple[Counter[str], Counter[str]]:
    unigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for line in lines:
        previous = None
        for token in _TOKEN.findall(line):
            word = token.lower()
            if not is_valid(word):
                previous = None  # punctuation, a code, a number: the pair is broken
                continue
            unigrams[word] += 1
            if previous:
                bigrams[f"{previous} {word}"] += 1
            previous = word
    return unigrams, bigrams


def main() -> None:
    lines = sentences()
    unigrams, bigrams = count(lines)
    data = {"unigrams": dict(sorted(unigrams.items())),
            "bigrams": dict(sorted(bigrams.items())), "foreign": foreign_words(lines)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(unigrams)} syllables, {len(bigrams)} pairs, "
          f"{OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

"""What the classifier sees of a document's text: words and character n-grams, folded and not,
the head of the first page on its own (where the title is), and a few layout cues.

These functions are referenced by the saved model, so their names are part of its format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer

from hoso.classify.text import fold, has_national_heading, head_lines, is_upper_line, title_of
from hoso.indexer.folding import lowercase

__all__ = [
    "TITLE_CUES",
    "build_features",
    "folded_text",
    "head_text",
    "layout_cues",
    "lowercase_text",
    "slim",
    "title_text",
    "title_type",
]

_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def folded_text(text: str) -> str:
    return _SPACES.sub(" ", fold(text))


def lowercase_text(text: str) -> str:
    return _SPACES.sub(" ", lowercase(text))


def head_text(text: str) -> str:
    """The folded head of the first page, capitals lines only: authority, heading, title."""
    first_page = text.split("\f", 1)[0]
    lines = [line for line in head_lines(first_page, 12) if is_upper_line(line)]
    return folded_text(" \n ".join(lines))


def title_text(text: str) -> str:
    """The folded title of the first page (`GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT`...)."""
    return title_of(text.split("\f", 1)[0])


# What an officer reads a title as: label -> pattern over the folded title. Several may match
# (`TỜ KHAI ĐĂNG KÝ KHAI SINH`); the model weighs them, and none matching is itself a cue.
TITLE_CUES: dict[str, re.Pattern[str]] = {
    label: re.compile(pattern) for label, pattern in {
        "don_de_nghi": r"^don\b",
        "to_khai": r"^to khai\b",
        "can_cuoc": r"can cuoc|chung minh nhan dan|identity card",
        "giay_khai_sinh": r"khai sinh",
        "xac_nhan_hon_nhan": r"hon nhan",
        "xac_nhan_cu_tru": r"cu tru",
        "giay_chung_nhan_qsdd": r"^giay chung nhan.*(quyen su dung dat|quyen so huu nha)",
        "dang_ky_kinh_doanh": r"dang ky (doanh nghiep|kinh doanh|ho kinh doanh|hoat dong)",
        "hop_dong": r"^hop dong\b",
        "giay_uy_quyen": r"uy quyen",
        "quyet_dinh": r"^quyet dinh",
        "nghi_quyet": r"^nghi quyet",
        "thong_tu": r"^thong tu",
        "bien_ban": r"^bien ban",
        "ban_ve": r"^(ban ve|so do|trich do|trich luc ban do)",
    }.items()
}


def title_type(text: str) -> str | None:
    """The one document type the title names (`QUYẾT ĐỊNH` -> quyet_dinh), or None when the
    page has no title or its title names none or several (`TỜ KHAI ĐĂNG KÝ KHAI SINH`)."""
    title = title_text(text)
    named = [label for label, pattern in TITLE_CUES.items() if pattern.search(title)]
    return named[0] if len(named) == 1 else None


def layout_cues(texts: Sequence[str]) -> sparse.csr_matrix:
    """Which labels the title reads as (or none, or no title); pages (1, 2, 3+); national
    heading; shares of capitals lines, digits and `|` table rows."""
    return sparse.csr_matrix(np.array([_cues(text) for text in texts], dtype=np.float64))


def _cues(text: str) -> list[float]:
    pages = text.count("\f") + 1
    lines = [line for line in text.splitlines() if line.strip()]
    n_lines = max(len(lines), 1)
    first = head_lines(text.split("\f", 1)[0], 8)
    title = title_text(text)
    cues = [float(bool(pattern.search(title))) for pattern in TITLE_CUES.values()]
    return [*cues, float(not title), float(bool(title) and not any(cues)),
        float(pages == 1), float(pages == 2), float(pages >= 3),
        float(has_national_heading(first)),
        sum(is_upper_line(line) for line in lines) / n_lines,
        len(_DIGITS.findall(text)) / max(len(text), 1) * 5,
        sum("|" in line for line in lines) / n_lines,
        min(n_lines / 60, 1.0),
    ]


def build_features() -> FeatureUnion:
    """The feature union the classifier is trained on."""
    common = {"sublinear_tf": True, "min_df": 2, "dtype": np.float32}
    return FeatureUnion([
        ("words", TfidfVectorizer(preprocessor=folded_text, ngram_range=(1, 2),
                                  max_features=15000, **common)),
        ("chars", TfidfVectorizer(preprocessor=folded_text, analyzer="char_wb",
                                  ngram_range=(3, 5), max_features=20000, **common)),
        ("marked", TfidfVectorizer(preprocessor=lowercase_text, max_features=6000, **common)),
        ("head", TfidfVectorizer(preprocessor=head_text, ngram_range=(1, 3),
                                 max_features=4000, **common)),
        ("title", TfidfVectorizer(preprocessor=title_text, ngram_range=(1, 3),
                                  max_features=3000, **common)),
        ("layout", FunctionTransformer(layout_cues, accept_sparse=True)),
    ])


def slim(pipeline: Pipeline) -> Pipeline:
    """Drop what a fitted pipeline keeps only for inspection (the vectorisers' lists of
    discarded terms), which would otherwise dominate the saved file."""
    for _, step in pipeline.steps:
        if isinstance(step, FeatureUnion):
            for _, part in step.transformer_list:
                if hasattr(part, "stop_words_"):
                    del part.stop_words_
    return pipeline

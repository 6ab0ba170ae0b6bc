"""One registry of document types: the generator, the classifier and the pages agree on it."""

from __future__ import annotations

import re

from hoso.api.labels import doc_type_name, doc_types
from hoso.classify import load_model
from hoso.doctypes import CODES, DOC_TYPES, OTHER
from hoso.synth.doc_templates import TEMPLATES


def test_codes_are_stable_ascii_names_and_each_type_has_its_own_name() -> None:
    assert all(re.fullmatch(r"[a-z][a-z_]*", code) for code in CODES)
    assert len(set(CODES)) == len(CODES)
    assert len({t.name for t in DOC_TYPES}) == len(DOC_TYPES)
    assert OTHER in CODES


def test_every_template_renders_a_registered_type_and_every_type_has_templates() -> None:
    assert set(TEMPLATES) == set(CODES)


def test_the_shipped_classifier_predicts_exactly_the_registered_types() -> None:
    model = load_model()
    assert set(model.labels) <= set(CODES), "the model knows types the registry does not"
    assert set(model.labels) == set(CODES), "a registered type is missing: run `hoso train`"


def test_pages_show_the_registered_names_and_an_unknown_code_as_it_is() -> None:
    assert doc_types()["giay_khai_sinh"] == "Giấy khai sinh, trích lục khai sinh"
    assert list(doc_types()) == list(CODES)
    assert doc_type_name("giay_cu_1990") == "giay_cu_1990"

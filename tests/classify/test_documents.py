"""Generated documents: what the classifier's training set and other areas' samples rest on."""

from __future__ import annotations

import re
from datetime import date

from hoso.indexer.folding import has_diacritics
from hoso.synth.documents import generate_document, generate_stack, labels, template_ids


def test_every_label_has_several_templates_of_one_to_three_pages() -> None:
    for label in labels():
        assert len(template_ids(label)) >= 5, label
        for template in template_ids(label):
            doc = generate_document(label, 0, template)
            assert 1 <= len(doc.pages) <= 3, template
            assert all(doc.pages), template


def test_the_same_seed_gives_the_same_document_and_another_seed_another() -> None:
    first = generate_document("hop_dong", 7)
    assert generate_document("hop_dong", 7) == first
    assert generate_document("hop_dong", 8).pages != first.pages


def test_field_truth_is_normalised_and_printed_on_the_page() -> None:
    for label in labels():
        for template in template_ids(label):
            doc = generate_document(label, 3, template)
            text = "\n".join(line for page in doc.pages for line in page)
            assert has_diacritics(text), template
            for name, value in doc.fields.items():
                base = re.sub(r"_\d+$", "", name)
                if base == "id_number":
                    assert re.fullmatch(r"\d{12}|\d{9}", value) and value in text
                elif base.endswith("_date"):
                    day = date.fromisoformat(value)
                    assert (f"{day.day:02d}/{day.month:02d}/{day.year}" in text
                            or f"{day.day:02d}-{day.month:02d}-{day.year}" in text
                            or re.search(rf"\b0?{day.day} tháng 0?{day.month} năm {day.year}",
                                         text)), (template, name, value)
                elif base == "doc_number":
                    assert f"Số: {value}" in text
                elif base == "tax_code":
                    assert re.fullmatch(r"\d{10}", value) and value in text


def test_both_date_forms_occur() -> None:
    text = "\n".join(line for seed in range(20) for page in
                     generate_document("quyet_dinh", seed).pages + generate_document(
                         "can_cuoc", seed).pages for line in page)
    assert re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", text)
    assert re.search(r"\b\d{2}/\d{2}/\d{4}\b", text)


def test_a_stack_lists_each_documents_pages_and_blank_separators() -> None:
    stack = generate_stack(5, 8)
    assert len(stack.documents) == 8
    covered = [i for pages in stack.document_pages for i in pages]
    assert covered == sorted(covered)
    for i, page in enumerate(stack.pages):
        assert (i in covered) == bool(page)
    for doc, pages in zip(stack.documents, stack.document_pages, strict=True):
        assert tuple(stack.pages[i] for i in pages) == doc.pages

"""Training: officers' corrections are heeded by the next model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoso.api.cli.classify_cmds import load_corrections
from hoso.classify import Example, train
from hoso.errors import ConfigError
from hoso.settings import Settings
from hoso.synth.documents import generate_document, labels, template_ids

_MARKERS = ("# ", "= ", "^ ", "> ")


def text_of(label: str, seed: int, template: str | None = None) -> str:
    doc = generate_document(label, seed, template)
    return "\n\f\n".join("\n".join(line[2:] if line[:2] in _MARKERS else line for line in page)
                         for page in doc.pages)


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return [Example(text_of(label, 0, template), label, f"{label}/{template}")
            for label in labels() for template in template_ids(label)]


def test_a_corrected_label_changes_the_next_trainings_prediction(examples) -> None:
    paper = text_of("don_de_nghi", 99, "don_xin_xac_nhan")
    before = train(examples, evaluate=False).model
    assert before.predict(paper)[0] == "don_de_nghi"

    after = train(examples, [(paper, "khac")], evaluate=False)
    assert after.model.predict(paper)[0] == "khac"
    assert after.model.corrections == 1


def test_corrections_with_unknown_labels_are_set_aside(examples) -> None:
    result = train(examples, [("some text", "not_a_label")], evaluate=False)
    assert result.skipped_corrections == (("some text", "not_a_label"),)


def test_corrections_are_read_from_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "corrections.jsonl"
    path.write_text(json.dumps({"text": "ĐƠN XIN", "label": "don_de_nghi"}, ensure_ascii=False)
                    + "\n\n", "utf-8")
    settings = Settings.from_env({"HOSO_HOME": str(tmp_path)})
    assert load_corrections(path, None, settings) == [("ĐƠN XIN", "don_de_nghi")]
    path.write_text("not json\n", "utf-8")
    with pytest.raises(ConfigError):
        load_corrections(path, None, settings)

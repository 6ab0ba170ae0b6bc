"""The classifier's model and review threshold are settings: a model retrained by an office
under HOSO_HOME is the one its pipeline uses, and the shipped model is never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoso.classify import Example, label_document, save_model, train
from hoso.errors import ConfigError
from hoso.records import OcrPage
from hoso.settings import SHIPPED_MODEL, ClassifierSettings, Settings
from hoso.synth.documents import generate_document, labels, template_ids

_MARKERS = ("# ", "= ", "^ ", "> ")
# Two types whose titles name no type (official letters have none, `khac` papers name
# others), so that the model alone decides them (a title naming a type would win over it).
SWAPPED = {"cong_van": "khac", "khac": "cong_van"}


def page_of(label: str, seed: int) -> OcrPage:
    doc = generate_document(label, seed)
    text = "\n".join(line[2:] if line[:2] in _MARKERS else line for line in doc.pages[0])
    return OcrPage(text=text, words=(), confidence=90.0, orientation=0, skew=0.0,
                   width=2480, height=3508, dpi=300)


@pytest.fixture(scope="module")
def swapped_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained with official letters and other papers labelled the other way round:
    whoever uses it says so unmistakably."""
    examples = [Example(page_of(label, seed).text, SWAPPED.get(label, label), f"{label}/{t}")
                for label in labels() for t in template_ids(label) for seed in (0, 1)]
    home = tmp_path_factory.mktemp("home")
    return save_model(train(examples, evaluate=False).model,
                      Settings.from_env({"HOSO_HOME": str(home)}).classifier.trained_path)


def test_the_shipped_model_is_used_until_an_office_trains_its_own(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOSO_HOME": str(tmp_path)})
    assert settings.classifier.model_path == SHIPPED_MODEL
    assert settings.classifier.trained_path == tmp_path / "models" / "doctype.joblib"
    assert label_document([page_of("giay_khai_sinh", 7)], settings.classifier).doc_type \
        == "giay_khai_sinh"


def test_a_model_trained_under_hoso_home_is_the_one_the_pipeline_uses(swapped_model: Path
                                                                       ) -> None:
    home = swapped_model.parents[1]
    settings = Settings.from_env({"HOSO_HOME": str(home)})
    assert settings.classifier.model_path == swapped_model
    assert label_document([page_of("cong_van", 7)], settings.classifier).doc_type == "khac"


def test_hoso_classifier_model_names_any_model(swapped_model: Path, tmp_path: Path) -> None:
    settings = Settings.from_env({"HOSO_HOME": str(tmp_path),
                                  "HOSO_CLASSIFIER_MODEL": str(swapped_model)})
    assert label_document([page_of("cong_van", 3)], settings.classifier).doc_type == "khac"


def test_review_threshold_is_a_setting(tmp_path: Path) -> None:
    page = page_of("giay_khai_sinh", 11)
    strict = Settings.from_env({"HOSO_HOME": str(tmp_path), "HOSO_CLASSIFIER_REVIEW": "1"})
    lenient = Settings.from_env({"HOSO_HOME": str(tmp_path), "HOSO_CLASSIFIER_REVIEW": "0"})
    assert label_document([page], strict.classifier).needs_review
    assert not label_document([page], lenient.classifier).needs_review


@pytest.mark.parametrize("name, value", [("HOSO_CLASSIFIER_REVIEW", "1.5"),
                                         ("HOSO_CLASSIFIER_REVIEW", "often"),
                                         ("HOSO_LOG_LEVEL", "LOUD")])
def test_malformed_settings_are_refused(name: str, value: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({"HOSO_HOME": str(tmp_path), name: value})


def test_a_missing_model_is_a_configuration_error(tmp_path: Path) -> None:
    missing = ClassifierSettings(model_path=tmp_path / "none.joblib")
    with pytest.raises(ConfigError, match="hoso train"):
        label_document([page_of("giay_khai_sinh", 1)], missing)

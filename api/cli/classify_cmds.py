"""`hoso classify FILE...` and `hoso train`: what each paper is, and retraining the classifier.

`classify` runs exactly the pipeline's stages (rasterise_page, read_page, split_documents,
label_document) and prints one JSON line per document found; it does not touch the archive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import click

from hoso import classify
from hoso.doctypes import doc_type_name
from hoso.errors import ConfigError, InputError
from hoso.ingest import inspect_file, safe_filename
from hoso.ocr import read_page
from hoso.ocr.engine import open_engine
from hoso.ocr.rasterise import rasterise_page
from hoso.records import DocumentLabel, OcrPage
from hoso.settings import Settings

__all__ = ["classify_file", "commands", "load_corrections"]

commands: list[click.Command] = []


@click.command("classify")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def classify_cmd(settings: Settings, files: tuple[Path, ...]) -> None:
    """Split FILES into documents, type each and read its fields; print JSON lines.

    A file that cannot be used is reported and the others are still read; the last such
    error sets the exit status."""
    failed: InputError | None = None
    for path in files:
        try:
            for record in classify_file(path, settings):
                click.echo(json.dumps(record, ensure_ascii=False))
        except InputError as exc:
            if failed is not None:
                click.echo(f"hoso: error: {failed}", err=True)
            failed = exc
    if failed is not None:
        raise failed


def classify_file(path: Path, settings: Settings) -> Iterator[dict]:
    """The documents of one scanned file, as the pipeline would type them."""
    filename = safe_filename(path.name)
    info = inspect_file(path, filename, settings.limits, dpi=settings.ocr.dpi)
    engine = open_engine(settings.ocr_engine)
    pages = [read_page(rasterise_page(path, info.media_type, i, settings.ocr.dpi,
                                      timeout_s=settings.ocr.timeout_s),
                       settings.ocr, engine=engine, name=f"{filename} page {i + 1}")
             for i in range(info.page_count)]
    for number, group in enumerate(classify.split_documents(pages), 1):
        members = [pages[i] for i in group]
        yield _record(filename, number, group, members, classify.label_document(members, settings.classifier))


def _record(filename: str, number: int, group: Sequence[int], members: Sequence[OcrPage],
            label: DocumentLabel) -> dict:
    return {
        "file": filename,
        "document": number,
        "pages": [i + 1 for i in group],
        "label": label.doc_type,
        "label_name": doc_type_name(label.doc_type),
        "confidence": label.confidence,
        "needs_review": label.needs_review,
        "fields": [{"name": f.name, "value": f.value, "page": group[f.page_no - 1] + 1,
                    "box": list(f.box) if f.box else None, "raw": f.raw}
                   for f in label.fields],
        "ocr_confidence": round(sum(p.confidence for p in members) / len(members), 1),
    }


commands.append(classify_cmd)


@click.command("train")
@click.option("--samples", default=6, show_default=True,
              help="Generated documents per template (OCR'd once, then cached).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path(".cache/classify/ocr"), show_default=True,
              help="Where the OCR'd training documents are cached.")
@click.option("--corrections", "corrections_file",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON lines of {\"text\": ..., \"label\": ...} corrected by officers.")
@click.option("--corrections-from", "corrections_source", type=click.Choice(["catalog", "none"]),
              default="catalog", show_default=True,
              help="Take the labels officers corrected from the catalog (or none).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to save the model [default: $HOSO_HOME/models/doctype.joblib, "
                   "which the pipeline then uses].")
@click.option("--no-evaluate", is_flag=True, help="Skip the template-disjoint evaluation.")
@click.option("--workers", default=2, show_default=True, help="OCR processes.")
@click.pass_obj
def train_cmd(settings: Settings, samples: int, cache_dir: Path, corrections_file: Path | None,
              corrections_source: str | None, output: Path | None, no_evaluate: bool,
              workers: int) -> None:
    """Retrain the document classifier from generated papers plus officers' corrections."""
    from hoso.classify.dataset import build_corpus
    from hoso.classify.report import format_evaluation
    from hoso.classify.training import examples_from_corpus

    corrections = load_corrections(corrections_file, corrections_source, settings)
    corpus = build_corpus(cache_dir, samples_per_template=samples, workers=workers,
                          settings=replace(settings.ocr, pdf=False),
                          progress=lambda message: click.echo(message, err=True))
    result = classify.train(examples_from_corpus(corpus), corrections,
                            evaluate=not no_evaluate)
    output = classify.save_model(result.model, output or settings.classifier.trained_path)
    if result.evaluation is not None:
        click.echo(format_evaluation(result.evaluation, settings.classifier.review_below))
    click.echo(f"trained on {result.model.trained_on} documents "
               f"({len(corrections) - len(result.skipped_corrections)} corrections, "
               f"{len(result.skipped_corrections)} set aside: unknown label); saved {output}")


def load_corrections(path: Path | None, source: str | None,
                     settings: Settings) -> list[tuple[str, str]]:
    """Officers' (text, label) corrections from a JSON-lines file and/or the catalog."""
    pairs: list[tuple[str, str]] = []
    if path is not None:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    item = json.loads(line)
                    pairs.append((str(item["text"]), str(item["label"])))
                except (ValueError, KeyError, TypeError):
                    raise ConfigError(f"{path}:{number}: expected {{\"text\", \"label\"}}")
    if source == "catalog":
        pairs.extend(catalog_corrections(settings))
    return pairs


def catalog_corrections(settings: Settings) -> list[tuple[str, str]]:
    """(document text, corrected label) of every document an officer corrected.
    The text is the document's pages joined by form feeds, as the pipeline stores it."""
    from hoso.archive import open_catalog, open_store
    from hoso.archive.reuse import corrections

    catalog, store = open_catalog(settings.catalog_url), open_store(settings.store_url)
    try:
        return corrections(catalog, store)
    finally:
        catalog.close()
        store.close()


commands.append(train_cmd)

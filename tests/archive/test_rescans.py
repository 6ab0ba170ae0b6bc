"""The rescan loop in the catalog, on SQLite and PostgreSQL: a page replaced, discarded,
kept or reordered; originals never lost; two operators at once; the same action twice."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from hoso.archive import Catalog
from hoso.archive.records import AssembledDocument, PageArtefacts
from hoso.errors import Conflict, InvalidValue
from hoso.page_warnings import PageWarning
from hoso.records import BlobRef, DossierInfo, PageState, SourceInfo

CODE = "000.00.19.H12-241203-0007"
FILE = f"{CODE}/f01"
RESCAN = SourceInfo("quet-lai.jpg", "image/jpeg", 1)


def _dossier(catalog: Catalog, pages: int = 3) -> list[str]:
    info = DossierInfo(CODE, desk="UBND phường Bến Nghé",
                       received_at=datetime(2024, 12, 3, 1, 30, tzinfo=UTC))
    catalog.record_dossier(info, actor="nv.lan")
    _, page_ids = catalog.add_file(CODE, SourceInfo("hồ sơ.pdf", "application/pdf", pages),
                                   BlobRef("ab" * 32, 1234), actor="nv.lan")
    for n, page_id in enumerate(page_ids):
        warnings = (PageWarning.low_resolution(150, 200),) if n == 1 else ()
        key = f"{n + 1:02x}" * 32
        catalog.finish_page(page_id, PageArtefacts(key, key, key, key, 90.0, False, warnings))
    doc = AssembledDocument(tuple(range(pages)), "khac", 0.5, False, (), "cd" * 32, "ef" * 32)
    catalog.replace_documents(FILE, [doc])
    catalog.mark_assembled(FILE)
    return page_ids


def _blob(n: int) -> BlobRef:
    return BlobRef(f"{n:02x}" * 32, 5000 + n)


def _kinds(catalog: Catalog) -> list[str]:
    return [e.kind for e in catalog.history(CODE)]


def test_a_rescan_takes_the_page_s_place_and_the_original_stays(catalog: Catalog) -> None:
    pages = _dossier(catalog)
    new = catalog.replace_page(pages[1], RESCAN, _blob(0x77), actor="nv.lan")
    status = catalog.status(CODE)
    file = status.files[0]
    assert [p.page_id for p in file.pages] == [pages[0], new, pages[2]]
    assert file.pages[1].state is PageState.QUEUED and not file.pages[1].warnings
    assert [(p.page_id, p.disposition, p.replaced_by) for p in file.set_aside] == [
        (pages[1], "superseded", new)]
    assert not file.assembled  # its documents are built again once the rescan is read
    assert catalog.unfinished(CODE) == ([new], [])
    task = catalog.page_task(new)
    assert (task.source_sha256, task.filename, task.index_in_file) == ("77" * 32,
                                                                      "quet-lai.jpg", 0)
    blobs = {(b.kind, b.sha256) for b in catalog.dossier_blobs(CODE)}
    assert ("original", "77" * 32) in blobs and ("page_pdf", "02" * 32) in blobs
    assert {"77" * 32, "02" * 32} <= catalog.referenced_blobs()
    assert _kinds(catalog)[-1] == "page_replaced"
    assert catalog.check_history(CODE).intact


def test_the_same_rescan_twice_is_one_and_another_is_refused(catalog: Catalog) -> None:
    pages = _dossier(catalog)
    first = catalog.replace_page(pages[0], RESCAN, _blob(0x77), actor="nv.lan")
    assert catalog.replace_page(pages[0], RESCAN, _blob(0x77), actor="nv.lan") == first
    with pytest.raises(Conflict):
        catalog.replace_page(pages[0], RESCAN, _blob(0x78), actor="nv.binh")
    assert _kinds(catalog).count("page_replaced") == 1
    # The rescan itself can be replaced in turn.
    second = catalog.replace_page(first, RESCAN, _blob(0x78), actor="nv.lan")
    assert catalog.status(CODE).files[0].pages[0].page_id == second


def test_discard_keep_and_reorder(catalog: Catalog) -> None:
    pages = _dossier(catalog)
    assert catalog.status(CODE).files[0].pages[1].to_rescan
    assert catalog.check_page(pages[1], actor="nv.lan")
    assert not catalog.check_page(pages[1], actor="nv.lan")
    assert not catalog.status(CODE).files[0].pages[1].to_rescan
    assert catalog.discard_page(pages[0], actor="nv.lan")
    assert not catalog.discard_page(pages[0], actor="nv.lan")
    with pytest.raises(Conflict):
        catalog.check_page(pages[0], actor="nv.lan")
    assert [p.page_id for p in catalog.status(CODE).pages] == pages[1:]
    assert catalog.unfinished(CODE) == ([], [FILE])
    with pytest.raises(InvalidValue):
        catalog.reorder_pages(FILE, [pages[2]], actor="nv.lan")
    assert catalog.reorder_pages(FILE, [pages[2], pages[1]], actor="nv.lan")
    assert not catalog.reorder_pages(FILE, [pages[2], pages[1]], actor="nv.lan")
    assert [p.page_id for p in catalog.file_pages(FILE)] == [pages[2], pages[1]]
    assert _kinds(catalog)[-3:] == ["page_checked", "page_discarded", "pages_reordered"]
    summary = catalog.list_dossiers()[0]
    assert summary.pages == 2


def _race(actions: list[Callable[[], object]]) -> list[object]:
    """Run the actions at once on threads; each one's result or exception."""
    results: list[object] = [None] * len(actions)
    start = threading.Barrier(len(actions))

    def run(n: int) -> None:
        start.wait()
        try:
            results[n] = actions[n]()
        except Exception as exc:  # noqa: BLE001 - the race's outcome is what is checked
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(actions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_operators_rescanning_one_page_at_once(catalog: Catalog) -> None:
    pages = _dossier(catalog)
    results = _race([
        lambda n=n: catalog.replace_page(pages[1], RESCAN, _blob(0x70 + n), actor=f"nv.{n}")
        for n in range(4)])
    made = [r for r in results if isinstance(r, str)]
    assert len(made) == 1, results
    assert all(isinstance(r, Conflict) for r in results if not isinstance(r, str))
    file = catalog.status(CODE).files[0]
    assert [p.page_id for p in file.pages] == [pages[0], made[0], pages[2]]
    assert _kinds(catalog).count("page_replaced") == 1
    assert catalog.check_history(CODE).intact


def test_one_operator_discarding_while_another_rescans(catalog: Catalog) -> None:
    pages = _dossier(catalog)
    for _ in range(3):
        results = _race([
            lambda: catalog.replace_page(pages[2], RESCAN, _blob(0x90), actor="nv.a"),
            lambda: catalog.discard_page(pages[2], actor="nv.b"),
            lambda: catalog.discard_page(pages[2], actor="nv.c"),
            lambda: catalog.check_page(pages[2], actor="nv.d"),
        ])
        assert not any(isinstance(r, Exception) and not isinstance(r, Conflict)
                       for r in results), results
    kinds = _kinds(catalog)
    assert kinds.count("page_replaced") + kinds.count("page_discarded") == 1
    in_use = [p.page_id for p in catalog.status(CODE).pages]
    assert pages[2] not in in_use and len(in_use) in (2, 3)
    assert catalog.check_history(CODE).intact


def test_the_work_queue_lists_what_is_left(catalog: Catalog) -> None:
    pages = _dossier(catalog)
    midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    queue = catalog.pages_to_act_on(desk="UBND phường Bến Nghé", since=midnight)
    assert [a.page.page_id for a in queue] == [pages[1]]  # the low-resolution page
    assert catalog.pages_to_act_on(desk="Quận khác", since=midnight) == []
    catalog.check_page(pages[1], actor="nv.lan")
    assert catalog.pages_to_act_on(desk=None, since=midnight) == []
    new = catalog.replace_page(pages[0], RESCAN, _blob(0x55), actor="nv.lan")
    catalog.fail_page(new, "tesseract crashed")
    [failed] = catalog.pages_to_act_on(desk=None, since=midnight, failed=True)
    assert failed.page.page_id == new and failed.filename == "hồ sơ.pdf"

"""Officers' saved views in the catalog, on SQLite and PostgreSQL: kept per user, a name
saved again replaces the view (also when two saves race), deleted on request."""

from __future__ import annotations

import threading

import pytest

from hoso.archive import Catalog
from hoso.errors import InvalidValue


def test_views_are_per_user_and_a_name_saved_again_replaces_it(catalog: Catalog) -> None:
    catalog.save_view("cb.hoa", "Khai sinh tháng 12", "/search", "q=khai+sinh&month=12")
    catalog.save_view("cb.hoa", "Tờ khai", "/documents", "?type=to_khai")
    catalog.save_view("cb.lan", "Khai sinh tháng 12", "/search", "q=lan")
    catalog.save_view("cb.hoa", "Khai sinh tháng 12", "/search", "q=khai+sinh&month=11")
    mine = catalog.saved_views_of("cb.hoa")
    assert [(v.name, v.url) for v in mine] == [
        ("Khai sinh tháng 12", "/search?q=khai+sinh&month=11"),
        ("Tờ khai", "/documents?type=to_khai")]
    assert [v.url for v in catalog.saved_views_of("cb.lan")] == ["/search?q=lan"]
    assert catalog.delete_view("cb.hoa", "Tờ khai") is True
    assert catalog.delete_view("cb.hoa", "Tờ khai") is False
    assert [v.name for v in catalog.saved_views_of("cb.hoa")] == ["Khai sinh tháng 12"]
    assert len(catalog.saved_views_of("cb.lan")) == 1  # another's delete left it alone


@pytest.mark.parametrize(("name", "page"), [("  ", "/search"), ("x" * 121, "/search"),
                                            ("Ngoài", "https://example.com/")])
def test_a_bad_view_is_refused(catalog: Catalog, name: str, page: str) -> None:
    with pytest.raises(InvalidValue):
        catalog.save_view("cb.hoa", name, page, "q=a")
    assert catalog.saved_views_of("cb.hoa") == []


def test_saves_of_one_name_racing_leave_one_view(catalog: Catalog) -> None:
    start = threading.Barrier(6)
    errors: list[Exception] = []

    def save(n: int) -> None:
        start.wait()
        try:
            catalog.save_view("cb.hoa", "Hồ sơ hôm nay", "/search", f"q=lần+{n}")
        except Exception as exc:  # noqa: BLE001 - collected, then asserted empty
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    [view] = catalog.saved_views_of("cb.hoa")
    assert view.query in {f"q=lần+{n}" for n in range(6)}

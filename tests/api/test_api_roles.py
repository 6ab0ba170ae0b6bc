"""Every role's allowed and refused actions, through HTTP: 401 without valid credentials,
403 when the role (or, for operators, the desk) does not allow it."""

from __future__ import annotations

from typing import Any

import pytest
from api_live import APPLICANT_ID, CODE, DESK_A, Live

ROLES = ("op_a", "op_b", "officer", "auditor", "admin", None, "bad-token")
OK = {"GET": 200, "POST": 200, "PUT": 200}

# (method, path, body, the callers allowed; every other caller is refused)
ACTIONS: list[tuple[str, str, dict[str, Any] | None, set[str]]] = [
    ("GET", "/api/me", None, {"op_a", "op_b", "officer", "auditor", "admin"}),
    ("GET", "/api/dossiers/{code}", None, {"op_a", "officer", "auditor"}),
    ("GET", "/api/dossiers", None, {"op_a", "op_b", "officer", "auditor"}),
    ("POST", "/api/dossiers", {"code": CODE}, {"op_a"}),
    ("PUT", "/api/dossiers/{code}/files/again.jpg", "scan", {"op_a"}),
    ("POST", "/api/dossiers/{code}/requeue", None, {"op_a", "officer"}),
    ("GET", "/api/pages/{page}/image?width=200", None, {"op_a", "officer", "auditor"}),
    ("GET", "/api/pages/{page}/text", None, {"op_a", "officer", "auditor"}),
    ("GET", "/api/documents/{document}/pdf", None, {"op_a", "officer", "auditor"}),
    ("GET", "/api/files/{file}/original", None, {"op_a", "officer", "auditor"}),
    ("PUT", "/api/documents/{document}/type", {"doc_type": "{doc_type}"}, {"officer"}),
    ("GET", "/api/search?q=khai+sinh", None, {"officer", "auditor"}),
    ("GET", f"/api/citizens/{APPLICANT_ID}", None, {"officer", "auditor"}),
    ("GET", "/api/dossiers/{code}/history", None, {"officer", "auditor"}),
    ("POST", "/api/dossiers/{code}/integrity", None, {"auditor"}),
    ("GET", "/api/access-log", None, {"auditor", "admin"}),
    ("GET", "/api/users", None, {"admin"}),
    ("GET", "/api/tokens", None, {"admin"}),
    ("POST", "/api/users/op_b/tokens", {"name": "kiosk"}, {"admin"}),
]


def _fill(text: str, status: dict[str, Any]) -> str:
    source = status["files"][1]
    document = source["documents"][0]
    return text.format(code=CODE, page=source["pages"][0]["page_id"],
                       document=document["document_id"], file=source["file_id"],
                       doc_type=document["doc_type"])


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize(("method", "path", "body", "allowed"), ACTIONS,
                         ids=[f"{m} {p.split('?')[0]}" for m, p, _, _ in ACTIONS])
def test_role_is_allowed_or_refused(live: Live, digitised: dict[str, Any],
                                    scans: dict[str, Any], who: str | None, method: str,
                                    path: str, body: Any, allowed: set[str]) -> None:
    headers = {"Authorization": "Bearer hoso_not-a-token"} if who == "bad-token" else {}
    kwargs: dict[str, Any] = {}
    if body == "scan":
        kwargs["content"] = scans["id_card"].read_bytes()
    elif body is not None:
        kwargs["json"] = {k: _fill(v, digitised) for k, v in body.items()}
    client_as = who if who in live.tokens else None
    with live.client(client_as, headers=headers) as client:
        answer = client.request(method, _fill(path, digitised), **kwargs)
    if who in allowed:
        assert answer.status_code in (200, 201), answer.text
    elif who is None or who == "bad-token":
        assert answer.status_code == 401, answer.text
        assert answer.json()["error"] == "NotAuthenticated"
        assert answer.headers["www-authenticate"] == "Bearer"
    else:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"] == "AccessDenied"


def test_operator_cannot_file_a_dossier_under_another_desk(live: Live) -> None:
    with live.client("op_b") as client:
        answer = client.post("/api/dossiers", json={"code": "TX-0002", "desk": DESK_A})
    assert answer.status_code == 403
    assert "another desk" in answer.json()["message"]


def test_reads_are_recorded_with_who_what_and_how(live: Live,
                                                  digitised: dict[str, Any]) -> None:
    document = digitised["files"][0]["documents"][0]
    with live.client("officer") as client:
        assert client.get(f"/api/dossiers/{CODE}").status_code == 200
    with live.client("auditor") as client:
        assert client.get(document["text_url"]).status_code == 200
        events = client.get(f"/api/dossiers/{CODE}/history").json()
    reads = [e for e in events if e["kind"] == "read_document_text"
             and e["subject"] == document["document_id"]]
    assert reads and reads[-1]["actor"] == "auditor" and reads[-1]["detail"]["via"] == "token"
    kinds = [e["kind"] for e in events]
    assert kinds[0] == "dossier_created" and "file_stored" in kinds and "file_assembled" in kinds
    views = [e["actor"] for e in events if e["kind"] == "dossier_viewed"]
    assert "officer" in views and "op_a" not in views  # the desk's operator polls it unlogged


def test_searches_and_lookups_are_in_the_access_log(live: Live,
                                                    digitised: dict[str, Any]) -> None:
    with live.client("officer") as client:
        client.get("/api/search", params={"q": "khai sinh", "type": "giay_khai_sinh"})
        client.get(f"/api/citizens/{APPLICANT_ID}")
    with live.client("auditor") as client:
        log = client.get("/api/access-log", params={"actor": "officer"}).json()
    actions = [(e["action"], e["subject"]) for e in log]
    assert ("search", "khai sinh") in actions and ("citizen_lookup", APPLICANT_ID) in actions
    search = next(e for e in log if e["action"] == "search")
    assert search["detail"]["filters"] == {"type": "giay_khai_sinh"}

"""The published OpenAPI schema (/openapi.json) tells the truth: schemathesis generates
requests for every operation, sends them to a real server and checks each answer against
the schema (status documented, content type and body as declared, never a 5xx).

Bounded: a few examples per operation, on a server of its own (the requests create users
and dossiers). Revoking tokens and disabling users are left out, as they would lock the test
out; test_api_accounts covers them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from api_live import Live, live_server
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hoso.api.http import create_app
from hoso.settings import Settings

LEFT_OUT = {"DELETE /api/tokens/{token_id}", "PATCH /api/users/{username}"}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


def _labels() -> list[str]:
    # The operations, known at collection time from the app itself (no server needed).
    app = create_app(Settings.from_env({"HOSO_HOME": str(Path("/nonexistent/hoso"))}))
    return sorted(f"{method.upper()} {path}" for path, item in app.openapi()["paths"].items()
                  for method in item if f"{method.upper()} {path}" not in LEFT_OUT)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_server(tmp_path_factory.mktemp("hoso-schema")) as server:
        yield server


@pytest.fixture(scope="module")
def published(fuzzed: Live) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{fuzzed.url}/openapi.json")


def _caller(path: str) -> str:
    if path.startswith(("/api/users", "/api/tokens", "/api/access-log", "/api/desks")):
        return "admin"
    if path.endswith(("/files", "/files/{filename}")) or path == "/api/dossiers":
        return "op_a"
    if path.endswith("/integrity"):
        return "auditor"
    return "officer"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("label", _labels())
def test_answers_match_the_published_schema(label: str, fuzzed: Live,
                                            published: schemathesis.BaseSchema) -> None:
    operation = published.find_operation_by_label(label)
    assert operation is not None, f"{label} is not in /openapi.json"
    headers = {"Authorization": f"Bearer {fuzzed.tokens[_caller(operation.path)]}"}

    @given(case=operation.as_strategy())
    @settings(max_examples=8, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=fuzzed.url, headers=headers, checks=CHECKS)

    check()


def test_docs_and_schema_are_published(fuzzed: Live) -> None:
    with fuzzed.client() as anonymous:
        docs = anonymous.get("/docs")
        schema = anonymous.get("/openapi.json").json()
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert set(schema["components"]["securitySchemes"]) == {"HTTPBearer", "APIKeyCookie"}
    assert "/api/dossiers/{code}/files/{filename}" in schema["paths"]

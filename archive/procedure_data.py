"""The procedure catalogue as JSON: the shipped file (archive/procedures.json), files an admin
imports (`hoso procedures import`), and what `hoso procedures show --json` prints.

    {"procedures": [{"code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch",
      "level": "xã", "versions": [{"version": 2, "effective_from": "2025-07-01",
      "effective_to": null, "basis": "Nghị định 118/2025/NĐ-CP",
      "components": [{"code": "TKKS", "name": "Tờ khai đăng ký khai sinh", "required": true,
                      "form": "original", "doc_types": ["to_khai"], "retention": "vĩnh viễn"}],
      "results": [{"code": "KQGKS", "name": "Giấy khai sinh", "doc_types": [...]}]}]}]}

Every value is checked here, so that a bad file is refused naming the file, the procedure and
the reason before anything is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from hoso.archive.procedure_records import PERMANENT, Component, Procedure, ProcedureVersion
from hoso.doctypes import is_doc_type
from hoso.errors import InvalidValue

__all__ = [
    "check_component_code",
    "check_procedure_code",
    "component_json",
    "load_procedures",
    "parse_component",
    "parse_procedures",
    "procedure_json",
    "shipped_procedures",
    "version_json",
]

_PROCEDURE_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_]{0,31}$")
_COMPONENT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_]{0,31}$")
_FORMS = ("original", "copy")


def check_procedure_code(code: str) -> str:
    if not _PROCEDURE_CODE.match(code):
        raise InvalidValue(f"procedure code {code!r} is not 1-32 letters, digits, '.', '-'",
                           hint="e.g. 1.001193")
    return code


def check_component_code(code: str) -> str:
    # It becomes part of a paper's code `{owner}.{procedure}.{component}.{NN}`: no dots.
    if not _COMPONENT_CODE.match(code):
        raise InvalidValue(f"component code {code!r} is not 1-32 capital letters, digits, '_'",
                           hint="e.g. TKKS")
    return code


def shipped_procedures() -> list[Procedure]:
    """The catalogue shipped with hoso (package data)."""
    text = resources.files("hoso.archive").joinpath("procedures.json").read_text("utf-8")
    return parse_procedures(json.loads(text), source="the shipped procedures.json")


def load_procedures(path: Path) -> list[Procedure]:
    """A catalogue file, checked: InvalidValue naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidValue(f"{path}: not a readable JSON file: {exc}") from None
    return parse_procedures(data, source=str(path))


def parse_procedures(data: Any, *, source: str) -> list[Procedure]:
    if not isinstance(data, Mapping) or not isinstance(data.get("procedures"), list):
        raise InvalidValue(f"{source}: expected an object with a list `procedures`")
    found = []
    for n, item in enumerate(data["procedures"], start=1):
        where = f"{source}: procedure {n} ({_get(item, 'code', '?')})"
        try:
            found.append(_procedure(item))
        except (InvalidValue, KeyError, TypeError, ValueError) as exc:
            reason = exc.message if isinstance(exc, InvalidValue) else f"{type(exc).__name__}: {exc}"
            raise InvalidValue(f"{where}: {reason}") from None
    codes = [p.code for p in found]
    if len(set(codes)) != len(codes):
        raise InvalidValue(f"{source}: a procedure code appears twice")
    return found


def _get(item: Any, key: str, default: str) -> str:
    return str(item.get(key, default)) if isinstance(item, Mapping) else default


def _procedure(item: Mapping[str, Any]) -> Procedure:
    versions = tuple(_version(v) for v in item["versions"])
    numbers = [v.version for v in versions]
    if not versions or len(set(numbers)) != len(numbers):
        raise InvalidValue("needs versions, each number once")
    name = str(item["name"]).strip()
    if not name:
        raise InvalidValue("needs a name")
    return Procedure(code=check_procedure_code(str(item["code"])), name=name,
                     field=str(item.get("field", "")), level=str(item.get("level", "")),
                     versions=versions)


def _version(item: Mapping[str, Any]) -> ProcedureVersion:
    start = date.fromisoformat(item["effective_from"])
    end = date.fromisoformat(item["effective_to"]) if item.get("effective_to") else None
    if end is not None and end < start:
        raise InvalidValue(f"version {item['version']} ends before it starts")
    components = tuple(parse_component(c) for c in item["components"])
    results = tuple(parse_component(c, result=True) for c in item.get("results", ()))
    codes = [c.code for c in (*components, *results)]
    if len(set(codes)) != len(codes):
        raise InvalidValue(f"version {item['version']}: a component code appears twice")
    version = int(item["version"])
    if version < 1:
        raise InvalidValue("a version number is 1 or more")
    return ProcedureVersion(version=version, effective_from=start, effective_to=end,
                            basis=str(item.get("basis", "")), components=components,
                            results=results)


def parse_component(item: Mapping[str, Any], *, result: bool = False) -> Component:
    doc_types = tuple(str(t) for t in item.get("doc_types", ()))
    unknown = [t for t in doc_types if not is_doc_type(t)]
    if unknown:
        raise InvalidValue(f"component {item.get('code')}: unknown document type(s) "
                           f"{', '.join(unknown)}", hint="see hoso/doctypes.py")
    form = str(item.get("form", "original"))
    if form not in _FORMS:
        raise InvalidValue(f"component {item.get('code')}: form is original or copy")
    name = str(item["name"]).strip()
    if not name:
        raise InvalidValue(f"component {item.get('code')}: needs a name")
    return Component(code=check_component_code(str(item["code"])), name=name,
                     required=False if result else bool(item.get("required", True)),
                     form=form, doc_types=doc_types,
                     retention=_retention(item.get("retention", PERMANENT)))


def _retention(value: Any) -> int | str:
    if value == PERMANENT:
        return PERMANENT
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise InvalidValue(f"retention {value!r} is a number of years or {PERMANENT!r}")


def component_json(c: Component, *, result: bool = False) -> dict[str, object]:
    out: dict[str, object] = {"code": c.code, "name": c.name}
    if not result:
        out["required"] = c.required
    out.update(form=c.form, doc_types=list(c.doc_types), retention=c.retention)
    return out


def version_json(v: ProcedureVersion) -> dict[str, object]:
    return {"version": v.version, "effective_from": v.effective_from.isoformat(),
            "effective_to": v.effective_to.isoformat() if v.effective_to else None,
            "basis": v.basis, "components": [component_json(c) for c in v.components],
            "results": [component_json(c, result=True) for c in v.results]}


def procedure_json(p: Procedure) -> dict[str, object]:
    return {"code": p.code, "name": p.name, "field": p.field, "level": p.level,
            "versions": [version_json(v) for v in p.versions]}

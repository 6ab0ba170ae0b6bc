"""What a new user gets from `pip install hoso`: one import package, and the embedded default.

The plain-install test builds the wheel, installs it without extras in a new virtualenv and
runs `hoso demo` in an empty folder, as the README promises. It takes a minute or two (pip
installs OpenCV and scikit-learn, from pip's cache after the first time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION_ONLY = ("prometheus_client", "minio", "elasticsearch", "redis", "psycopg")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_installed_under_hoso() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]
    folders = setuptools["package-dir"]
    assert all(name == "hoso" or name.startswith("hoso.") for name in folders)
    expected = set()
    for package, folder in folders.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            expected.add(".".join((package, *relative)))
    assert set(setuptools["packages"]) == expected


def test_design_folders_are_the_subpackages() -> None:
    folders = _pyproject()["tool"]["setuptools"]["package-dir"]
    for name in ("ingest", "ocr", "indexer", "api", "workers", "archive", "classify", "synth"):
        assert folders[f"hoso.{name}"] == name


@pytest.fixture(scope="module")
def plain_install(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv with the wheel of this checkout installed, no extras."""
    work = tmp_path_factory.mktemp("plain-install")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(work / "dist"), str(ROOT)], check=True, timeout=600)
    wheel = next((work / "dist").glob("hoso-*.whl"))
    venv.create(work / "env", with_pip=True)
    python = work / "env" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True,
                   timeout=1200)
    return python


def test_plain_install_has_one_top_level_package(plain_install: Path) -> None:
    script = ("import importlib.metadata as m, json; files = m.distribution('hoso').files;"
              "print(json.dumps(sorted({str(f).split('/')[0] for f in files"
              " if str(f).endswith('.py') and '/' in str(f)})))")
    # Run away from the checkout: a hoso.egg-info left there by an older build would answer.
    tops = subprocess.run([str(plain_install), "-c", script], capture_output=True, text=True,
                          check=True, cwd=plain_install.parent).stdout
    assert json.loads(tops) == ["hoso"]


def test_plain_install_has_no_production_client(plain_install: Path) -> None:
    for module in PRODUCTION_ONLY:
        found = subprocess.run([str(plain_install), "-c", f"import {module}"],
                               capture_output=True, check=False)
        assert found.returncode != 0, f"{module} is installed without the production extra"


def test_plain_install_runs_the_demo_in_an_empty_folder(plain_install: Path,
                                                        tmp_path: Path) -> None:
    hoso = plain_install.parent / "hoso"
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSO_")}
    env["HOSO_HOME"] = str(tmp_path / "data")
    demo = subprocess.run([str(hoso), "demo"], cwd=empty, env=env, capture_output=True,
                          text=True, timeout=900, check=False)
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert "NOT digitised" not in demo.stdout
    assert demo.stdout.count(" digitised") >= 3  # the summary line and each dossier
    assert "search 'giay khai sinh': 0 pages" not in demo.stdout
    assert list(empty.iterdir()) == []  # nothing written where it was run
    status = subprocess.run([str(hoso), "status", "000.00.19.H12-241202-0001", "--json"],
                            cwd=empty, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert status.returncode == 0, status.stderr


def test_plain_install_speaks_vietnamese(plain_install: Path) -> None:
    """The message catalogue ships in the wheel and is read without a build step."""
    script = ("from hoso.api.i18n import gettext, file_size;"
              "print(gettext('Sign in'), '|', file_size(1_300_000))")
    said = subprocess.run([str(plain_install), "-c", script], capture_output=True, text=True,
                          check=True, cwd=plain_install.parent).stdout.strip()
    assert said == "Đăng nhập | 1,2 MB"

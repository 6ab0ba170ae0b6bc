"""Fonts with every Vietnamese glyph, found on the machine.

Liberation is left out on purpose: some of its versions draw stacked tone marks
(ẩ, ỗ, ậ) badly, which would make the ground truth disagree with the page.
"""

from __future__ import annotations

import functools
import subprocess
from dataclasses import dataclass
from pathlib import Path

from hoso.errors import ToolMissing

__all__ = ["FAMILIES", "FontFamily", "available_families", "find_family"]

_SEARCH_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/croscore"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/local/share/fonts"),
)


@dataclass(frozen=True)
class FontFamily:
    """A family's regular, bold and italic faces as paths to font files."""

    name: str
    regular: Path
    bold: Path
    italic: Path


# (family name, regular, bold, italic) as file names; Times-like faces first, as on real papers.
FAMILIES: tuple[tuple[str, str, str, str], ...] = (
    ("Tinos", "Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf"),
    ("Noto Serif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"),
    ("Arimo", "Arimo-Regular.ttf", "Arimo-Bold.ttf", "Arimo-Italic.ttf"),
    ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"),
)


def _locate(filename: str) -> Path | None:
    for folder in _SEARCH_DIRS:
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return _locate_with_fc_list(filename)


@functools.cache
def _fc_list() -> tuple[str, ...]:
    try:
        out = subprocess.run(
            ["fc-list", "--format", "%{file}\n"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return tuple(out.splitlines())


def _locate_with_fc_list(filename: str) -> Path | None:
    for line in _fc_list():
        if line.endswith("/" + filename):
            return Path(line)
    return None


@functools.cache
def available_families() -> tuple[FontFamily, ...]:
    """Every family of FAMILIES whose three faces are installed."""
    found = []
    for name, *files in FAMILIES:
        paths = [_locate(f) for f in files]
        if all(paths):
            regular, bold, italic = paths
            found.append(FontFamily(name, regular, bold, italic))  # type: ignore[arg-type]
    return tuple(found)


def find_family(name: str | None = None) -> FontFamily:
    """The family called `name` (case-insensitive), or the first one installed."""
    families = available_families()
    if not families:
        raise ToolMissing(
            "no font with Vietnamese glyphs found",
            hint="apt-get install fonts-croscore fonts-noto-core",
        )
    if name is None:
        return families[0]
    for family in families:
        if family.name.lower() == name.lower():
            return family
    known = ", ".join(f.name for f in families)
    raise ToolMissing(f"font family {name!r} is not installed (have: {known})")

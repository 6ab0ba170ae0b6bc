"""Everything about the package is in pyproject.toml; this file only moves a build byproduct.

setuptools writes `hoso.egg-info` into the folder it builds from. In the checkout's root that
folder is on `sys.path` of anything run there, and its file list (the source folders `api/`,
`ocr/`, ...) then stands in for the installed distribution's. Written under build/ instead.
"""

from pathlib import Path

from setuptools import setup

EGG_BASE = Path(__file__).parent / "build"
EGG_BASE.mkdir(exist_ok=True)
setup(options={"egg_info": {"egg_base": str(EGG_BASE)}})

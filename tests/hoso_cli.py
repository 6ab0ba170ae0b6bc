"""The `hoso` command in a subprocess with its own data directory, and generated scans."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
from PIL import Image

from hoso.synth.degrade import degrade
from hoso.synth.render import render_page

HOSO = [sys.executable, "-m", "hoso.api.cli"]
CODE = "000.00.19.H12-241202-0001"

# A page whose words the tests look for: with tone marks on the page, typed without them.
BIRTH_PAGE = (
    "# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "# Độc lập - Tự do - Hạnh phúc",
    "",
    "# GIẤY KHAI SINH",
    "",
    "Họ, chữ đệm, tên: NGUYỄN THỊ HỒNG NHUNG",
    "Ngày, tháng, năm sinh: 14/02/2019",
    "Nơi sinh: Bệnh viện Phụ sản Hà Nội",
    "Họ, chữ đệm, tên người mẹ: Trần Thị Thanh Hương",
    "Nơi đăng ký: Ủy ban nhân dân phường Bến Nghé",
    "> Hà Nội, ngày 20 tháng 02 năm 2019",
    "^ CHỦ TỊCH",
    "^ Lê Văn Thành",
)
REQUEST_PAGE = (
    "# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "# Độc lập - Tự do - Hạnh phúc",
    "",
    "# ĐƠN ĐỀ NGHỊ",
    "= Cấp bản sao trích lục khai sinh",
    "",
    "Kính gửi: Ủy ban nhân dân phường Bến Nghé",
    "Tôi là: Trần Thị Thanh Hương, số định danh cá nhân 001186012345",
    "Đề nghị cấp bản sao trích lục khai sinh cho con tôi.",
    "Tôi cam đoan những nội dung trên là đúng sự thật.",
    "^ NGƯỜI YÊU CẦU",
    "^ Trần Thị Thanh Hương",
)


def write_scan(path: Path, lines: tuple[str, ...], *, seed: int, skew: float = 0.0,
               seal: bool = False) -> Path:
    page = render_page(lines, seed=seed, dpi=200, seal=seal)
    image = degrade(page.image, seed=seed, skew=skew, dpi_in=200, noise=3.0)
    cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return path


def write_tiff_scan(path: Path, pages: list[tuple[str, ...]], *, seed: int) -> Path:
    """A multi-page TIFF of rendered pages, as a sheet-feeder scanner writes it."""
    frames = [Image.fromarray(cv2.cvtColor(render_page(lines, seed=seed + n, dpi=150).image,
                                           cv2.COLOR_BGR2GRAY))
              for n, lines in enumerate(pages)]
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:],
                   compression="tiff_adobe_deflate", dpi=(150, 150))
    return path


@dataclass(frozen=True)
class Hoso:
    """Runs `hoso` in a fresh process with its own data directory (and `env` added)."""

    home: Path
    env: Mapping[str, str] = field(default_factory=dict)

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "HOSO_HOME": str(self.home), "HOSO_WORKERS": "2", **self.env}
        return subprocess.run([*HOSO, *args], capture_output=True, text=True, env=env,
                              timeout=timeout, check=False)

    def json(self, *args: str) -> Any:
        result = self.run(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)



"""Office-scan pages in the layout of Nghị định 30/2020, for the header-field and
calibration benches (bench/header_fields.py): the agency | motto header in two columns, the
number and the day and month written by hand or stamped by a numbering machine into the
blanks left for them, a bold capital title, italic legal bases, a received stamp
(`CÔNG VĂN ĐẾN`, Số / Ngày / Giờ) over the header on some pages, a red seal and a signature,
scanned 1-bit at 200 dpi (some grey).

The issuers (the Government, the Prime Minister, ministries, the Government Office, a
province's people's council) and the title wording are chosen so that no training template
used them as they are laid out here. Hand-written digits come from scikit-learn's
`load_digits` half the recogniser never saw and from pen strokes of other seeds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from hoso.classify.digit_data import draw_stroke_digit, heldout_sklearn_digits, sklearn_digit_image
from hoso.synth.fonts import find_family
from hoso.synth.marks import SEAL_BGR, SIGNATURE_BGR, apply_ink, seal_density, signature_density

__all__ = ["OfficePage", "make_office_page"]

DPI = 200
_ISSUERS = {
    "quyet_dinh": [("THỦ TƯỚNG CHÍNH PHỦ",), ("BỘ TÀI CHÍNH",), ("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH")],
    "nghi_quyet": [("CHÍNH PHỦ",), ("HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN")],
    "thong_tu": [("BỘ NỘI VỤ",), ("BỘ TƯ PHÁP",), ("NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM")],
    "cong_van": [("VĂN PHÒNG CHÍNH PHỦ",), ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ",), ("BỘ Y TẾ",)],
}
_SYMBOLS = {"quyet_dinh": ("QĐ-TTg", "QĐ-BTC", "QĐ-UBND"), "nghi_quyet": ("NQ-CP", "NQ-HĐND"),
            "thong_tu": ("TT-BNV", "TT-BTP", "TT-NHNN"),
            "cong_van": ("VPCP-KSTT", "BKHĐT-PC", "BYT-KH")}
_TITLES = {"quyet_dinh": "QUYẾT ĐỊNH", "nghi_quyet": "NGHỊ QUYẾT", "thong_tu": "THÔNG TƯ"}
_SUBJECTS = {
    "quyet_dinh": "Về việc phê duyệt Đề án nâng cao chất lượng dịch vụ công trực tuyến",
    "nghi_quyet": "Về nhiệm vụ, giải pháp tiếp tục cải thiện môi trường kinh doanh",
    "thong_tu": "Hướng dẫn chế độ báo cáo thống kê ngành",
    "cong_van": "V/v góp ý dự thảo Nghị định sửa đổi",
}
_BASES = (
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ;",
    "Theo đề nghị của Vụ trưởng Vụ Pháp chế,",
)
_BODY = {
    "quyet_dinh": ("QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Đề án kèm theo Quyết định này.",
                   "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                   "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan liên quan chịu trách nhiệm thi hành."),
    "nghi_quyet": ("QUYẾT NGHỊ:", "1. Các bộ, ngành, địa phương tập trung thực hiện nhiệm vụ.",
                   "2. Nghị quyết này có hiệu lực từ ngày ký ban hành."),
    "thong_tu": ("Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
                 "Thông tư này hướng dẫn chế độ báo cáo thống kê của ngành.",
                 "Điều 2. Đối tượng áp dụng"),
    "cong_van": ("Kính gửi: Bộ Tư pháp", "Phúc đáp Công văn số 2150/BTP-PLDSKT, cơ quan có ý kiến:",
                 ("1. Thống nhất với sự cần thiết ban hành Nghị định sửa đổi, bổ sung một số điều "
                 "của Nghị định về quản lý, sử dụng và khai thác hồ sơ, tài liệu."),
                 ("2. Đề nghị cơ quan chủ trì soạn thảo làm rõ phạm vi điều chỉnh, đối tượng áp "
                 "dụng và trách nhiệm của các cơ quan, tổ chức có liên quan trong việc thực hiện."),
                 ("3. Rà soát thủ tục hành chính trong dự thảo, bảo đảm đơn giản, thuận lợi cho "
                 "người dân và doanh nghiệp, phù hợp với yêu cầu chuyển đổi số."),
                 "Trên đây là ý kiến của cơ quan, gửi Bộ Tư pháp tổng hợp./."),
}


@dataclass(frozen=True, eq=False)
class OfficePage:
    """A page (grey uint8 or 1-bit as 0/255, at DPI) and its truth."""

    image: np.ndarray
    label: str
    doc_number: str
    issue_date: str
    stamped: bool
    hand: str  # "pen", "sklearn" or "machine"


def make_office_page(seed: int, label: str) -> OfficePage:
    rng = random.Random(f"office:{label}:{seed}")
    nrng = np.random.default_rng(rng.randrange(1 << 30) + 10_000)
    family = find_family("Tinos")
    px = DPI / 25.4
    width, height = round(210 * px), round(297 * px)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    size = round(13 * DPI / 72)
    regular = ImageFont.truetype(str(family.regular), size)
    bold = ImageFont.truetype(str(family.bold), size)
    italic = ImageFont.truetype(str(family.italic), size)
    small_bold = ImageFont.truetype(str(family.bold), round(12 * DPI / 72))
    left, right, top = round(30 * px), width - round(20 * px), round(20 * px)
    pitch = round(size * 1.4)
    left_centre, right_centre = left + round(0.2 * (right - left)), left + round(0.68 * (right - left))

    def centred(text: str, x: int, y: int, font: ImageFont.FreeTypeFont) -> tuple[int, int]:
        w = round(font.getlength(text))
        draw.text((x - w // 2, y), text, font=font, fill=0)
        return x - w // 2, w

    issuer = rng.choice(_ISSUERS[label])
    y = top
    for line in issuer:
        centred(line, left_centre, y, bold)
        y += pitch
    draw.line((left_centre - 60, y + 2, left_centre + 60, y + 2), fill=0, width=2)
    y += pitch // 2
    number = str(rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 2999))))
    year = rng.randint(2016, 2024)
    symbol = rng.choice(_SYMBOLS[label])
    suffix = f"/{year}/{symbol}" if label == "thong_tu" else f"/{symbol}"
    gap = round(size * (0.75 * len(number) + 0.8))
    number_y = y
    x0, w = centred(f"Số: {' ' * 8}{suffix}", left_centre, y, regular)
    so_w = round(regular.getlength("Số: "))
    slot_number = (x0 + so_w, y, gap)
    # blank out the spaces' width, then draw the printed parts around the gap
    draw.rectangle((x0, y, x0 + w, y + pitch), fill=255)
    draw.text((x0, y), "Số:", font=regular, fill=0)
    draw.text((x0 + so_w + gap, y), suffix, font=regular, fill=0)
    if label == "cong_van":
        centred(_SUBJECTS[label], left_centre, y + pitch, regular)
    y = top
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right_centre, y, small_bold)
    y += pitch
    centred("Độc lập - Tự do - Hạnh phúc", right_centre, y, bold)
    draw.line((right_centre - 140, y + pitch - 4, right_centre + 140, y + pitch - 4), fill=0, width=2)
    y += pitch + pitch // 2
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    place = rng.choice(("Hà Nội", "Bắc Ninh", "Vinh"))
    parts = [f"{place}, ngày", "tháng", f"năm {year}"]
    gaps = [round(size * 2.0), round(size * 1.6)]
    total = sum(round(italic.getlength(p)) for p in parts) + sum(gaps) + 2 * round(size * 0.3)
    x = right_centre - total // 2
    slots = []
    for i, part in enumerate(parts):
        draw.text((x, y), part, font=italic, fill=0)
        x += round(italic.getlength(part))
        if i < 2:
            x += round(size * 0.15)
            slots.append((x, y, gaps[i]))
            x += gaps[i] + round(size * 0.15)
    date_y = y
    y = max(y, number_y + 2 * pitch) + 2 * pitch
    if label in _TITLES:
        centred(_TITLES[label], (left + right) // 2, y, ImageFont.truetype(str(family.bold),
                                                                          round(size * 1.1)))
        y += pitch
        centred(_SUBJECTS[label], (left + right) // 2, y, bold)
        y += 2 * pitch
        for basis in _BASES:
            y = _wrapped(draw, basis, left, right, y, italic, pitch)
    else:
        y += pitch
    for line in _BODY[label]:
        y = _wrapped(draw, line, left, right, y, bold if line.isupper() else regular, pitch)
    sign_y = y + pitch
    for role in ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"):
        centred(role, right_centre, sign_y, bold)
        sign_y += pitch
    centred("Nguyễn Văn Thành", right_centre, sign_y + 4 * pitch, bold)
    image = np.repeat(np.asarray(page)[:, :, None], 3, axis=2).copy()
    hand = rng.choice(("pen", "pen", "sklearn", "machine"))
    _write_digits(image, number, slot_number, size, hand, nrng, rng)
    _write_digits(image, f"{day:02d}" if rng.random() < 0.4 else str(day), slots[0], size, hand,
                  nrng, rng)
    _write_digits(image, str(month), slots[1], size, hand, nrng, rng)
    stamped = rng.random() < 0.5
    if stamped:
        _received_stamp(image, right_centre - round(30 * px), date_y - round(6 * px), px, nrng, rng)
    seal = seal_density(issuer[0], "HÀ NỘI", diameter=round(36 * px),
                        font_path=str(family.bold), rng=nrng)
    apply_ink(image, signature_density(round(45 * px), round(18 * px), stroke=3, rng=nrng),
              SIGNATURE_BGR, (sign_y + pitch // 2, right_centre - round(20 * px)))
    apply_ink(image, seal, SEAL_BGR, (sign_y - round(14 * px), right_centre - round(40 * px)))
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if rng.random() < 0.75:  # 1-bit office scanner
        grey = np.where(grey < 150, 0, 255).astype(np.uint8)
    truth_date = f"{year}-{month:02d}-{day:02d}"
    return OfficePage(grey, label, f"{number}{suffix}", truth_date, stamped, hand)


def _wrapped(draw: ImageDraw.ImageDraw, text: str, left: int, right: int, y: int,
             font: ImageFont.FreeTypeFont, pitch: int) -> int:
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.getlength(trial) > right - left - 40 and line:
            draw.text((left + 40, y), line, font=font, fill=0)
            y, line = y + pitch, word
        else:
            line = trial
    draw.text((left + 40, y), line, font=font, fill=0)
    return y + pitch


def _write_digits(image: np.ndarray, digits: str, slot: tuple[int, int, int], size: int,
                  hand: str, nrng: np.random.Generator, rng: random.Random) -> None:
    x, y, gap = slot
    glyph_h = round(size * rng.uniform(0.8, 1.1))
    inks = [_digit_ink(int(d), glyph_h, hand, nrng) for d in digits]
    total = sum(i.shape[1] for i in inks)
    x += max(0, (gap - total) // 2)
    for ink in inks:
        top = y + round(size * 0.85) - ink.shape[0] + round(rng.uniform(-4, 4))
        colour = (40, 40, 40) if hand != "machine" else (90, 30, 60)
        apply_ink(image, ink.astype(np.float32) / 255, colour, (top, x))
        # a numbering machine spaces its digits; a hand sometimes joins them
        x += ink.shape[1] + (round(glyph_h * 0.12) if hand == "machine"
                             else round(glyph_h * rng.uniform(-0.06, 0.2)))


def _digit_ink(digit: int, height: int, hand: str, nrng: np.random.Generator) -> np.ndarray:
    if hand == "sklearn":
        images, target = heldout_sklearn_digits()
        choice = nrng.choice(np.flatnonzero(target == digit))
        ink = sklearn_digit_image(images[choice], height)
    elif hand == "machine":
        font = ImageFont.truetype("/usr/share/fonts/truetype/croscore/Cousine-Bold.ttf",
                                  round(height * 1.25))
        picture = Image.new("L", (height, round(height * 1.4)), 0)
        ImageDraw.Draw(picture).text((0, 0), str(digit), font=font, fill=255)
        ink = np.asarray(picture)
    else:
        ink = draw_stroke_digit(digit, nrng, height)
    ys, xs = np.nonzero(ink > 60)
    return ink[ys.min():ys.max() + 1, max(0, xs.min() - 2):xs.max() + 3]


def _received_stamp(image: np.ndarray, x: int, y: int, px: float, nrng: np.random.Generator,
                    rng: random.Random) -> None:
    """A clerk's received stamp: a frame, `CÔNG VĂN ĐẾN`, Số / Ngày / Giờ, hand-filled."""
    w, h = round(48 * px), round(22 * px)
    stamp = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(stamp)
    d.rectangle((2, 2, w - 3, h - 3), outline=255, width=4)
    font = ImageFont.truetype("/usr/share/fonts/truetype/croscore/Arimo-Bold.ttf", round(3.2 * px))
    d.text((round(6 * px), round(2 * px)), "CÔNG VĂN ĐẾN", font=font, fill=255)
    for i, label in enumerate(("Số:", "Ngày:", "Giờ:")):
        d.text((round(3 * px), round((7 + 5 * i) * px)), f"{label} {rng.randint(1, 999)}",
               font=font, fill=255)
    ink = np.asarray(stamp).astype(np.float32) / 255 * 0.9
    apply_ink(image, ink, (150, 40, 40), (y, x))

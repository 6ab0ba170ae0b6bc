"""Plausible values for generated documents: people, places, authorities, numbers, dates.

Everything is drawn from one seeded `random.Random`, so a document is the same for the same
seed. Numbers follow the real formats: a CCCD is 12 digits (province code, century-and-sex
digit, two digits of the birth year, six more), a CMND 9 digits, a tax code 10 digits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "PROVINCES",
    "Authority",
    "Person",
    "Place",
    "authority_lines",
    "draw_company",
    "draw_date",
    "draw_person",
    "draw_place",
    "draw_tax_code",
    "long_date",
    "short_date",
    "tax_check_digit",
]

# (province, its kind, CCCD code, ((district kind, district, ((ward kind, ward), ...)), ...))
PROVINCES: tuple[tuple[str, str, str, tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]], ...] = (
    ("Hà Nội", "thành phố", "001", (
        ("quận", "Ba Đình", (("phường", "Kim Mã"), ("phường", "Ngọc Hà"), ("phường", "Liễu Giai"))),
        ("quận", "Hoàn Kiếm", (("phường", "Hàng Bạc"), ("phường", "Tràng Tiền"))),
        ("quận", "Cầu Giấy", (("phường", "Dịch Vọng"), ("phường", "Nghĩa Đô"))),
        ("huyện", "Đông Anh", (("xã", "Uy Nỗ"), ("xã", "Kim Chung"))),
    )),
    ("Hồ Chí Minh", "thành phố", "079", (
        ("quận", "1", (("phường", "Bến Nghé"), ("phường", "Đa Kao"), ("phường", "Tân Định"))),
        ("quận", "Bình Thạnh", (("phường", "25"), ("phường", "Thạnh Mỹ Tây"))),
        ("thành phố", "Thủ Đức", (("phường", "Hiệp Bình Chánh"), ("phường", "Linh Trung"))),
        ("huyện", "Củ Chi", (("xã", "Tân Thông Hội"), ("xã", "Phước Vĩnh An"))),
    )),
    ("Đà Nẵng", "thành phố", "048", (
        ("quận", "Hải Châu", (("phường", "Thạch Thang"), ("phường", "Hòa Cường Bắc"))),
        ("quận", "Sơn Trà", (("phường", "An Hải Bắc"), ("phường", "Mân Thái"))),
        ("huyện", "Hòa Vang", (("xã", "Hòa Phước"), ("xã", "Hòa Tiến"))),
    )),
    ("Hải Phòng", "thành phố", "031", (
        ("quận", "Lê Chân", (("phường", "An Biên"), ("phường", "Trại Cau"))),
        ("quận", "Ngô Quyền", (("phường", "Máy Tơ"), ("phường", "Lạch Tray"))),
    )),
    ("Cần Thơ", "thành phố", "092", (
        ("quận", "Ninh Kiều", (("phường", "Tân An"), ("phường", "An Cư"))),
    )),
    ("Nghệ An", "tỉnh", "040", (
        ("thành phố", "Vinh", (("phường", "Hưng Dũng"), ("phường", "Trường Thi"))),
        ("huyện", "Nghi Lộc", (("xã", "Nghi Phong"), ("xã", "Nghi Thạch"))),
    )),
    ("Thanh Hóa", "tỉnh", "038", (
        ("thành phố", "Thanh Hóa", (("phường", "Điện Biên"), ("phường", "Lam Sơn"))),
        ("huyện", "Hoằng Hóa", (("xã", "Hoằng Đạo"), ("xã", "Hoằng Trinh"))),
    )),
    ("Bắc Ninh", "tỉnh", "027", (
        ("thành phố", "Bắc Ninh", (("phường", "Suối Hoa"), ("phường", "Vệ An"))),
        ("huyện", "Tiên Du", (("xã", "Phật Tích"), ("xã", "Lạc Vệ"))),
    )),
    ("Khánh Hòa", "tỉnh", "056", (
        ("thành phố", "Nha Trang", (("phường", "Lộc Thọ"), ("phường", "Vĩnh Hải"))),
    )),
    ("Lâm Đồng", "tỉnh", "068", (
        ("thành phố", "Đà Lạt", (("phường", "1"), ("phường", "Xuân Hương"))),
    )),
    ("Thừa Thiên Huế", "tỉnh", "046", (
        ("thành phố", "Huế", (("phường", "Phú Hội"), ("phường", "Vĩnh Ninh"))),
    )),
    ("Đồng Nai", "tỉnh", "075", (
        ("thành phố", "Biên Hòa", (("phường", "Tân Phong"), ("phường", "Quyết Thắng"))),
    )),
    ("Quảng Ninh", "tỉnh", "022", (
        ("thành phố", "Hạ Long", (("phường", "Bạch Đằng"), ("phường", "Hồng Gai"))),
    )),
)

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
             "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Mai")
_MIDDLE_MALE = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Xuân", "Thanh", "Công", "Đình", "Ngọc")
_MIDDLE_FEMALE = ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hoài", "Minh", "Thị Thu", "Phương")
_GIVEN_MALE = ("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc",
               "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Đạt", "Hiếu", "Huy", "Lâm", "Vinh")
_GIVEN_FEMALE = ("Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Tâm", "Thảo",
                 "Trang", "Yến", "Nhung", "Oanh", "Vy", "Hằng", "Loan", "Ngân", "Quỳnh", "Dung")
_STREETS = ("Kim Mã", "Lê Lợi", "Nguyễn Trãi", "Trần Hưng Đạo", "Lý Thường Kiệt",
            "Hai Bà Trưng", "Điện Biên Phủ", "Nguyễn Huệ", "Hùng Vương", "Quang Trung",
            "Lê Duẩn", "Phan Đình Phùng", "Nguyễn Văn Cừ", "Trường Chinh", "Bạch Đằng")
_ETHNICITIES = ("Kinh",) * 12 + ("Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng")
_JOBS = ("Kinh doanh tự do", "Công nhân", "Giáo viên", "Kỹ sư", "Nông dân", "Nhân viên văn phòng",
         "Bác sĩ", "Hưu trí", "Lái xe", "Kế toán")


@dataclass(frozen=True)
class Place:
    """A ward (phường, xã) with its district and province, and a street address in it."""

    province: str
    province_kind: str
    province_code: str
    district_kind: str
    district: str
    ward_kind: str
    ward: str
    address: str

    @property
    def city(self) -> str:
        """How a place-and-date line names the province: `Hà Nội`, `TP. Hồ Chí Minh`."""
        return "TP. Hồ Chí Minh" if self.province == "Hồ Chí Minh" else self.province

    @property
    def ward_full(self) -> str:
        return f"{self.ward_kind} {self.ward}"

    @property
    def district_full(self) -> str:
        return f"{self.district_kind} {self.district}"

    @property
    def province_full(self) -> str:
        return f"{self.province_kind} {self.province}"

    @property
    def WARD(self) -> str:
        return self.ward_full.upper()

    @property
    def DISTRICT(self) -> str:
        return self.district_full.upper()

    @property
    def PROVINCE(self) -> str:
        return self.province_full.upper()


@dataclass(frozen=True)
class Person:
    name: str
    female: bool
    birth: date
    id_number: str
    id_issued: date
    id_authority: str
    ethnicity: str
    job: str
    home: Place

    @property
    def sex(self) -> str:
        return "Nữ" if self.female else "Nam"

    @property
    def title(self) -> str:
        return "Bà" if self.female else "Ông"


@dataclass(frozen=True)
class Authority:
    """An issuing body as printed in a document's top-left block, one entry per line."""

    lines: tuple[str, ...]

    @property
    def name(self) -> str:
        return " ".join(self.lines)


def draw_place(rng: random.Random) -> Place:
    province, kind, code, districts = rng.choice(PROVINCES)
    district_kind, district, wards = rng.choice(districts)
    ward_kind, ward = rng.choice(wards)
    if ward_kind == "xã":
        street = f"Thôn {rng.choice(('Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', '1', '3', '5'))}"
    else:
        street = f"Số {rng.randint(1, 250)}"
        if rng.random() < 0.4:
            street += f", ngõ {rng.randint(2, 180)}"
        street += f", đường {rng.choice(_STREETS)}"
    address = f"{street}, {ward_kind} {ward}, {district_kind} {district}, {kind} {province}"
    return Place(province, kind, code, district_kind, district, ward_kind, ward, address)


def draw_date(rng: random.Random, first_year: int, last_year: int) -> date:
    start, end = date(first_year, 1, 1), date(last_year, 12, 31)
    return start + timedelta(days=rng.randint(0, (end - start).days))


def draw_person(rng: random.Random, *, cccd: bool | None = None) -> Person:
    female = rng.random() < 0.5
    middle = rng.choice(_MIDDLE_FEMALE if female else _MIDDLE_MALE)
    given = rng.choice(_GIVEN_FEMALE if female else _GIVEN_MALE)
    name = f"{rng.choice(_SURNAMES)} {middle} {given}"
    use_cccd = rng.random() < 0.8 if cccd is None else cccd
    birth = draw_date(rng, 1950, 2004 if use_cccd else 1999)
    home = draw_place(rng)
    if use_cccd:
        century = (birth.year // 100 - 19) * 2 + int(female)
        number = f"{home.province_code}{century}{birth.year % 100:02d}{rng.randint(0, 999999):06d}"
        issued = draw_date(rng, max(2016, birth.year + 14), 2024)
        authority = "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
    else:
        number = f"{rng.choice('0123')}{rng.randint(0, 99_999_999):08d}"
        issued = draw_date(rng, max(2000, birth.year + 14), 2015)
        authority = f"Công an {home.province_full}"
    return Person(name, female, birth, number, issued, authority, rng.choice(_ETHNICITIES),
                  rng.choice(_JOBS), home)


def draw_tax_code(rng: random.Random) -> str:
    """A 10-digit tax code (mã số thuế / mã số doanh nghiệp) with a valid check digit."""
    while True:
        head = f"{rng.randint(1, 96):02d}{rng.randint(0, 9_999_999):07d}"
        check = tax_check_digit(head)
        if check is not None:
            return head + str(check)


_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check_digit(head: str) -> int | None:
    """The tenth digit of a tax code from its first nine; None when no digit can be valid."""
    check = 10 - sum(int(d) * w for d, w in zip(head, _TAX_WEIGHTS, strict=True)) % 11
    return None if check == 10 else check


def long_date(day: date, *, pad: bool = False) -> str:
    """`ngày 10 tháng 8 năm 2022` (or `ngày 05 tháng 08 năm 2022` with `pad`)."""
    if pad:
        return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"ngày {day.day} tháng {day.month} năm {day.year}"


def short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def authority_lines(rng: random.Random, kind: str, place: Place) -> Authority:
    """The top-left block of an issuing body of one kind near `place`."""
    province = f"{place.province_kind} {place.province}".upper()
    district = place.district_full.upper()
    ward = place.ward_full.upper()
    blocks = {
        "ubnd_ward": ("ỦY BAN NHÂN DÂN", ward),
        "ubnd_district": ("ỦY BAN NHÂN DÂN", district),
        "ubnd_province": ("ỦY BAN NHÂN DÂN", province),
        "police": (f"CÔNG AN {district}", f"CÔNG AN {ward}"),
        "business": ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", province, "PHÒNG ĐĂNG KÝ KINH DOANH"),
        "district_business": (f"UBND {district}", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"),
        "land": ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"),
        "district_land": (f"UBND {district}", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
        "notary": (f"VĂN PHÒNG CÔNG CHỨNG {rng.choice(_NOTARIES)}",),
        "survey": ("CÔNG TY TNHH ĐO ĐẠC", f"{rng.choice(_NOTARIES)}"),
        "tax": (f"CỤC THUẾ {province}", f"CHI CỤC THUẾ KHU VỰC {district}"),
    }
    if kind == "company":
        return Authority((draw_company(rng),))
    return Authority(tuple(blocks[kind]))


_NOTARIES = ("HỒNG HÀ", "SÀI GÒN", "THĂNG LONG", "AN PHÚ", "BẮC HÀ", "NAM VIỆT", "PHÚ MỸ",
             "HOÀNG MAI", "TRƯỜNG AN", "ĐẠI VIỆT")


_COMPANY_WORDS = ("AN PHÁT", "MINH KHANG", "HOÀNG LONG", "THÀNH ĐẠT", "VIỆT TIẾN", "PHÚ THỊNH",
                  "NAM SƠN", "HƯNG THỊNH", "SAO MAI", "ĐÔNG Á", "TÂN PHÚ", "BẢO NGỌC")
_COMPANY_KINDS = ("CÔNG TY TNHH", "CÔNG TY CỔ PHẦN", "CÔNG TY TNHH MỘT THÀNH VIÊN")
_TRADES = ("THƯƠNG MẠI", "XÂY DỰNG", "DỊCH VỤ", "THƯƠNG MẠI VÀ DỊCH VỤ", "ĐẦU TƯ", "VẬN TẢI")


def draw_company(rng: random.Random) -> str:
    return f"{rng.choice(_COMPANY_KINDS)} {rng.choice(_TRADES)} {rng.choice(_COMPANY_WORDS)}"

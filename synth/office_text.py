"""What an administrative document issued under Nghị định 30/2020/NĐ-CP says, drawn at random.

`draw_office_document(rng)` picks an issuing body, a kind of document (quyết định, nghị quyết,
thông tư, công văn, kế hoạch, thông báo), its number and date, legal bases, articles,
recipients and signer. `hoso.synth.office` lays it out and marks it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

__all__ = ["Issuer", "OfficeDocument", "draw_office_document"]


@dataclass(frozen=True)
class Issuer:
    """An issuing body: its header block (parent line, then its own name in bold), the symbol
    after its kind of document (`QĐ-UBND`: `UBND`), where it sits, and how its head signs."""

    parent: str
    name: str
    symbol: str
    place: str
    sign_for: str  # "TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG" or ""
    role: str  # "CHỦ TỊCH"


_ISSUERS = (
    Issuer("", "CHÍNH PHỦ", "CP", "Hà Nội", "TM. CHÍNH PHỦ", "THỦ TƯỚNG"),
    Issuer("", "THỦ TƯỚNG CHÍNH PHỦ", "TTg", "Hà Nội", "", "THỦ TƯỚNG"),
    Issuer("", "BỘ TÀI CHÍNH", "BTC", "Hà Nội", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"),
    Issuer("", "BỘ TƯ PHÁP", "BTP", "Hà Nội", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"),
    Issuer("", "BỘ NỘI VỤ", "BNV", "Hà Nội", "", "BỘ TRƯỞNG"),
    Issuer("", "VĂN PHÒNG CHÍNH PHỦ", "VPCP", "Hà Nội", "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
           "PHÓ CHỦ NHIỆM"),
    Issuer("ỦY BAN NHÂN DÂN", "QUẬN CẦU GIẤY", "UBND", "Cầu Giấy", "TM. ỦY BAN NHÂN DÂN",
           "CHỦ TỊCH"),
    Issuer("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "UBND", "Nghệ An", "TM. ỦY BAN NHÂN DÂN",
           "CHỦ TỊCH"),
    Issuer("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH", "UBND", "Đông Anh", "KT. CHỦ TỊCH",
           "PHÓ CHỦ TỊCH"),
    Issuer("UBND TỈNH THANH HÓA", "SỞ TƯ PHÁP", "STP", "Thanh Hóa", "", "GIÁM ĐỐC"),
    Issuer("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT", "Đà Nẵng",
           "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    Issuer("ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN NGHÉ", "UBND", "Quận 1", "TM. ỦY BAN NHÂN DÂN",
           "CHỦ TỊCH"),
)

# kind code, title on the page, document-type label (hoso.doctypes), symbol prefix
_KINDS = (
    ("quyet_dinh", "QUYẾT ĐỊNH", "quyet_dinh", "QĐ"),
    ("nghi_quyet", "NGHỊ QUYẾT", "nghi_quyet", "NQ"),
    ("thong_tu", "THÔNG TƯ", "thong_tu", "TT"),
    ("cong_van", "", "cong_van", ""),
    ("ke_hoach", "KẾ HOẠCH", "khac", "KH"),
    ("thong_bao", "THÔNG BÁO", "khac", "TB"),
)

_SUBJECTS = (
    "phê duyệt Kế hoạch cải cách hành chính năm {year}",
    "ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa",
    "công bố danh mục thủ tục hành chính được chuẩn hóa trong lĩnh vực hộ tịch",
    "thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "kiện toàn Tổ công tác triển khai Đề án phát triển ứng dụng dữ liệu về dân cư",
    "tăng cường công tác văn thư, lưu trữ tại các cơ quan, đơn vị",
    "giao chỉ tiêu thu ngân sách nhà nước năm {year}",
    "chấn chỉnh việc tiếp nhận hồ sơ trực tuyến và trả kết quả qua dịch vụ bưu chính",
)

_BASES = (
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ "
    "chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"),
    ("Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ "
    "tục hành chính trên môi trường điện tử;"),
    ("Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung "
    "một số điều của Nghị định số 61/2018/NĐ-CP;"),
    ("Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt "
    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử;"),
    "Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05 tháng 4 năm 2023 của Văn phòng Chính phủ;",
)

_PROPOSALS = (
    "Theo đề nghị của Chánh Văn phòng tại Tờ trình số {n}/TTr-VP ngày {d} tháng {m} năm {year}.",
    "Xét đề nghị của Trưởng phòng Tư pháp và Trưởng phòng Nội vụ.",
    "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công.",
)

_CLAUSES = (
    ("Các cơ quan, đơn vị tổ chức tiếp nhận, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính "
    "theo đúng quy định, bảo đảm tính chính xác, toàn vẹn và an toàn thông tin."),
    ("Bộ phận một cửa có trách nhiệm hướng dẫn tổ chức, cá nhân hoàn thiện hồ sơ, tiếp nhận và "
    "cập nhật thông tin vào Hệ thống thông tin giải quyết thủ tục hành chính."),
    ("Kết quả số hóa được ký số, lưu trữ và có giá trị sử dụng như bản chính theo quy định của "
    "pháp luật về giao dịch điện tử."),
    ("Giao Văn phòng chủ trì, phối hợp với các phòng, ban chuyên môn theo dõi, đôn đốc, kiểm tra "
    "việc thực hiện và báo cáo kết quả định kỳ hằng quý."),
    ("Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các "
    "nguồn kinh phí hợp pháp khác."),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản "
    "ánh về Văn phòng để tổng hợp, báo cáo cấp có thẩm quyền xem xét, quyết định."),
    ("Công chức tiếp nhận hồ sơ kiểm tra tính đầy đủ, hợp lệ của thành phần hồ sơ, viết giấy "
    "tiếp nhận và hẹn ngày trả kết quả cho người nộp."),
    "Việc lưu trữ hồ sơ điện tử thực hiện theo Luật Lưu trữ và các văn bản hướng dẫn thi hành.",
    ("Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước cấp trên về kết quả thực hiện nhiệm "
    "vụ được giao."),
)

_CLOSINGS = (
    "{article} này có hiệu lực kể từ ngày ký ban hành.",
    ("Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm "
    "thi hành {article_lower} này."),
)

_ADDRESSEES = (
    "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương;",
    "Các phòng, ban chuyên môn thuộc Ủy ban nhân dân;",
    "Ủy ban nhân dân các xã, phường, thị trấn;",
)

_SIGNERS = ("Nguyễn Văn Thưởng", "Trần Thị Hồng Nhung", "Lê Quốc Việt", "Phạm Minh Chính",
            "Đặng Hữu Nghĩa", "Hồ Đức Phớc", "Vũ Thị Thu Hằng", "Bùi Thanh Sơn")


@dataclass(frozen=True)
class OfficeDocument:
    """One document's words, in the parts the layout places.

    kind: quyet_dinh, nghi_quyet, thong_tu, cong_van, ke_hoach, thong_bao.
    doc_type: its label in hoso.doctypes (`khac` where the registry has no type for it).
    number / symbol: `115` and `/QĐ-UBND`; the header reads `Số: 115/QĐ-UBND`.
    issued: the date on the place-date line. subject: `V/v ...` for a công văn, else the
    `Về việc ...` line under the title. articles: body paragraphs (`Điều 1. ...`).
    """

    kind: str
    doc_type: str
    title: str
    issuer: Issuer
    number: str
    symbol: str
    issued: date
    subject: str
    bases: tuple[str, ...]
    articles: tuple[str, ...]
    recipients: tuple[str, ...]
    signer: str


def draw_office_document(rng: random.Random) -> OfficeDocument:
    """A document as an office would issue it; everything drawn from `rng`."""
    kind, title, label, prefix = rng.choice(_KINDS)
    issuer = rng.choice(_ISSUERS)
    issued = date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    year = issued.year
    number = str(rng.randint(1, 2400))
    symbol = f"/{year}/{prefix}-{issuer.symbol}" if kind == "thong_tu" else (
        f"/{prefix}-{issuer.symbol}" if prefix else f"/{issuer.symbol}-VP")
    subject = rng.choice(_SUBJECTS).format(year=year)
    fill = {"n": rng.randint(10, 999), "d": rng.randint(1, 28), "m": rng.randint(1, 12),
            "year": year}
    bases = tuple(rng.sample(_BASES, k=rng.randint(2, 4)))
    if kind in ("quyet_dinh", "thong_tu", "nghi_quyet"):
        bases += (rng.choice(_PROPOSALS).format(**fill),)
    else:
        bases = ()
    return OfficeDocument(kind, label, title, issuer, number, symbol, issued, subject, bases,
                          _articles(kind, title, rng), _recipients(issuer, rng),
                          rng.choice(_SIGNERS))


def _articles(kind: str, title: str, rng: random.Random) -> tuple[str, ...]:
    clauses = rng.sample(_CLAUSES, k=rng.randint(3, 4))
    if kind in ("cong_van", "ke_hoach", "thong_bao"):
        return tuple(f"{i}. {c}" for i, c in enumerate(clauses, start=1))
    word = title.capitalize()
    closing = rng.choice(_CLOSINGS).format(article=word, article_lower=word.lower())
    body = [*clauses, closing]
    return tuple(f"Điều {i}. {c}" for i, c in enumerate(body, start=1))


def _recipients(issuer: Issuer, rng: random.Random) -> tuple[str, ...]:
    chosen = rng.sample(_ADDRESSEES, k=2)
    return ("Nơi nhận:", *(f"- {a}" for a in chosen), "- Lưu: VT, VP.")

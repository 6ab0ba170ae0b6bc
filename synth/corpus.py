"""Vietnamese administrative sentences for generated test pages.

`page_lines(seed)` draws a page: the national motto, an agency, a title in capitals, body
paragraphs and a signer, in the layout markup of `hoso.synth.render` ("# " centred bold,
"= " centred, "> " italic and "^ " bold, both centred in the right half).
"""

from __future__ import annotations

import random

__all__ = ["AGENCIES", "PLACES", "SENTENCES", "SIGNERS", "TITLES", "page_lines"]

MOTTO = ("# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "# Độc lập - Tự do - Hạnh phúc")

AGENCIES = (
    "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ",
    "ỦY BAN NHÂN DÂN XÃ THUẬN HƯNG",
    "SỞ TƯ PHÁP THÀNH PHỐ HÀ NỘI",
    "CÔNG AN QUẬN HOÀN KIẾM",
    "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH",
    "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG NINH",
    "BỘ PHẬN MỘT CỬA QUẬN THANH XUÂN",
)

TITLES = (
    "GIẤY KHAI SINH",
    "TỜ KHAI ĐĂNG KÝ KẾT HÔN",
    "ĐƠN ĐỀ NGHỊ CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN",
    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "QUYẾT ĐỊNH VỀ VIỆC CẤP GIẤY PHÉP XÂY DỰNG",
    "ĐƠN ĐĂNG KÝ THƯỜNG TRÚ",
    "BIÊN BẢN XÁC MINH NƠI CƯ TRÚ",
    "GIẤY ỦY QUYỀN",
    "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ",
)

PLACES = ("Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Quy Nhơn")

SIGNERS = (
    ("CHỦ TỊCH", "Nguyễn Văn Thưởng"),
    ("TRƯỞNG PHÒNG", "Trần Thị Hồng Nhung"),
    ("PHÓ GIÁM ĐỐC", "Lê Quốc Việt"),
    ("NGƯỜI TIẾP NHẬN", "Phạm Thị Thu Hà"),
    ("CÁN BỘ TƯ PHÁP - HỘ TỊCH", "Đặng Hữu Nghĩa"),
)

SENTENCES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014 và các văn bản hướng dẫn thi hành;",
    "Căn cứ Nghị định số 123/2015/NĐ-CP của Chính phủ quy định chi tiết một số điều;",
    "Xét đề nghị của Trưởng phòng Tư pháp về việc giải quyết hồ sơ của công dân.",
    "Họ và tên người yêu cầu: Nguyễn Thị Ngọc Ánh, sinh ngày 14 tháng 3 năm 1987.",
    "Nơi cư trú: số 27 ngõ 98 phố Thái Hà, phường Trung Liệt, quận Đống Đa.",
    "Số định danh cá nhân: 001187004512, cấp ngày 10 tháng 8 năm 2021.",
    "Quan hệ với người được khai sinh: mẹ đẻ, cùng hộ khẩu thường trú.",
    "Đề nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định của pháp luật.",
    "Tôi xin cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm.",
    "Hồ sơ gồm: tờ khai, bản sao giấy tờ tùy thân và giấy chứng nhận kết hôn.",
    "Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "Lệ phí đã thu: 50.000 đồng (năm mươi nghìn đồng chẵn).",
    "Ông Trần Quốc Huy được phép xây dựng nhà ở riêng lẻ tại thửa đất số 152.",
    "Diện tích xây dựng tầng một là 84,5 mét vuông, chiều cao công trình 14,2 mét.",
    "Chủ đầu tư phải thực hiện đúng thiết kế đã được thẩm định và phê duyệt.",
    "Trường hợp điều chỉnh thiết kế phải được cơ quan cấp giấy phép chấp thuận.",
    "Người được ủy quyền có trách nhiệm thực hiện đúng phạm vi đã được ủy quyền.",
    "Bà Võ Thị Hường hiện đang cư trú tại tổ dân phố số 4, thị trấn Đông Anh.",
    "Kết quả xác minh cho thấy công dân thường xuyên sinh sống tại địa chỉ trên.",
    "Quyết định này có hiệu lực kể từ ngày ký ban hành.",
    "Chánh Văn phòng, Trưởng phòng Tài nguyên và Môi trường chịu trách nhiệm thi hành.",
    "Ngày hẹn trả kết quả: 16 giờ 30 phút, thứ Sáu, ngày 27 tháng 12 năm 2024.",
    "Khi đến nhận kết quả, người nộp hồ sơ mang theo giấy tiếp nhận này.",
    "Mọi thắc mắc xin liên hệ bộ phận một cửa qua số điện thoại 024 3825 6148.",
    "Đơn vị đăng ký: Công ty trách nhiệm hữu hạn Thương mại Dịch vụ Hưng Thịnh.",
    "Ngành nghề kinh doanh: bán buôn thực phẩm, vận tải hàng hóa bằng đường bộ.",
    "Giấy này được lập thành hai bản có giá trị pháp lý như nhau, mỗi bên giữ một bản.",
    "Nội dung thay đổi: chuyển nơi thường trú từ xã Thuận Hưng về phường Bến Nghé.",
    "Lý do: đoàn tụ gia đình, được chủ hộ đồng ý cho nhập khẩu.",
    "Ý kiến của chủ hộ: đồng ý để bà Lưu Thị Nguyệt đăng ký thường trú.",
    "Tình trạng hôn nhân: chưa đăng ký kết hôn với ai, hiện đang độc thân.",
    "Mục đích sử dụng: để làm thủ tục đăng ký kết hôn tại Ủy ban nhân dân quận.",
    "Người làm chứng thứ nhất: Đỗ Mạnh Cường, nghề nghiệp kỹ sư xây dựng.",
    "Phương án khắc phục hậu quả được các bên thống nhất và ký xác nhận.",
    "Đề nghị thông báo kết quả cho công dân biết và thực hiện.",
)


def page_lines(seed: int, body_sentences: int = 12) -> list[str]:
    """A page of a dossier as layout markup, drawn from the corpus with `seed`."""
    rng = random.Random(seed)
    title, place = rng.choice(TITLES), rng.choice(PLACES)
    role, signer = rng.choice(SIGNERS)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    body = rng.sample(SENTENCES, k=min(body_sentences, len(SENTENCES)))
    return [
        *MOTTO,
        "= " + rng.choice(AGENCIES),
        f"> {place}, ngày {day:02d} tháng {month:02d} năm 2024",
        "",
        "# " + title,
        "",
        *body,
        "",
        f"^ {role}",
        "> (Ký, ghi rõ họ tên và đóng dấu)",
        f"^ {signer}",
    ]

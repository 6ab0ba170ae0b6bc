"""Templates for identity and civil-status papers: ID cards and birth certificates.

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["CAN_CUOC", "GIAY_KHAI_SINH"]

CAN_CUOC = [
    ("cccd_chip", """
@id cccd
@years 2021 2024
@sign -
# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# Độc lập - Tự do - Hạnh phúc
# SOCIALIST REPUBLIC OF VIET NAM
# Independence - Freedom - Happiness
# CĂN CƯỚC CÔNG DÂN
= Citizen Identity Card
Số / No.: {p1.id}
Họ và tên / Full name: {p1.NAME}
Ngày sinh / Date of birth: {p1.birth_short}
Giới tính / Sex: {p1.sex}    Quốc tịch / Nationality: Việt Nam
Quê quán / Place of origin: {p1.hometown}
Nơi thường trú / Place of residence: {p1.address}
Có giá trị đến / Date of expiry: {other_date:expiry}

Đặc điểm nhân dạng / Personal identification: Nốt ruồi C:{n.small}cm trên sau mép phải
Ngày, tháng, năm / Date, month, year: {date_short}
^ CỤC TRƯỞNG CỤC CẢNH SÁT
^ QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI
^ {signer}
"""),
    ("cccd_barcode", """
@id cccd
@years 2016 2021
@sign -
# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# Độc lập - Tự do - Hạnh phúc
# CĂN CƯỚC CÔNG DÂN
Số: {p1.id}
Họ và tên: {p1.NAME}
Ngày, tháng, năm sinh: {p1.birth_short}
Giới tính: {p1.sex}    Quốc tịch: Việt Nam
Quê quán: {p1.hometown}
Nơi thường trú: {p1.address}
Có giá trị đến: {other_date:expiry}

Đặc điểm nhân dạng: Sẹo chấm C:{n.small}cm dưới trước đầu mày [[trái|phải]]
{date_line}
^ CỤC TRƯỞNG CỤC CẢNH SÁT ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ
^ {signer}
"""),
    ("cmnd", """
@id cmnd
@years 2000 2015
@sign -
# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# GIẤY CHỨNG MINH NHÂN DÂN
Số: {p1.id}
Họ tên: {p1.NAME}
Sinh ngày: {p1.birth_dash}
Nguyên quán: {p1.hometown}
Nơi ĐKHK thường trú: {p1.address}

Dân tộc: {p1.ethnicity}    Tôn giáo: Không
DẤU VẾT RIÊNG VÀ DỊ HÌNH
Nốt ruồi cách {n.small}cm [[trên|dưới]] sau [[mép|cánh mũi]] [[trái|phải]]
{date_line}
^ GIÁM ĐỐC CÔNG AN
^ {signer}
"""),
    ("the_can_cuoc", """
@id cccd
@years 2024 2025
@sign -
# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# Độc lập - Tự do - Hạnh phúc
# CĂN CƯỚC
= IDENTITY CARD
Số định danh cá nhân / Personal identification number: {p1.id}
Họ, chữ đệm và tên khai sinh / Full name: {p1.NAME}
Ngày, tháng, năm sinh / Date of birth: {p1.birth_short}
Giới tính / Sex: {p1.sex}    Quốc tịch / Nationality: Việt Nam
Nơi cư trú / Place of residence: {p1.address}
Nơi đăng ký khai sinh / Place of birth: {p1.hometown}
Ngày, tháng, năm cấp / Date of issue: {date_short}
Ngày, tháng, năm hết hạn / Date of expiry: {other_date:expiry}
= BỘ CÔNG AN
= MINISTRY OF PUBLIC SECURITY
"""),
    ("cccd_ban_sao", """
@id cccd
@years 2016 2023
@sign seal
= BẢN SAO
# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# Độc lập - Tự do - Hạnh phúc
# CĂN CƯỚC CÔNG DÂN
Số: {p1.id}
Họ và tên: {p1.NAME}
Ngày sinh: {p1.birth_short}    Giới tính: {p1.sex}
Quê quán: {p1.hometown}
Nơi thường trú: {p1.address}
Ngày, tháng, năm: {date_short}
^ CỤC TRƯỞNG CỤC CẢNH SÁT
^ QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI

# CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH
Số chứng thực: {n.big} Quyển số: {n.small}/{year}-SCT/BS
Chứng thực {other_date} tại Ủy ban nhân dân {place.ward_full}
^ NGƯỜI THỰC HIỆN CHỨNG THỰC
^ {signer}
"""),
]

GIAY_KHAI_SINH = [
    ("gks_2016", """
@authority ubnd_ward
= Số: {docno:KS}
= Quyển số: {n.small}/{year}
@national
# GIẤY KHAI SINH
Họ, chữ đệm, tên: {p1.NAME}
Ngày, tháng, năm sinh: {p1.birth_short}
Giới tính: {p1.sex}    Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Nơi sinh: Bệnh viện Phụ sản {place.province}
Quê quán: {p1.hometown}
Họ, chữ đệm, tên người mẹ: {p2.NAME}
Năm sinh: {p2.year}    Dân tộc: Kinh    Quốc tịch: Việt Nam
Nơi cư trú: {p2.address}
Họ, chữ đệm, tên người cha: {p3.NAME}
Năm sinh: {p3.year}    Dân tộc: Kinh    Quốc tịch: Việt Nam
Nơi cư trú: {p3.address}
Người đi khai sinh: {p3.sign}
Nơi đăng ký khai sinh: Ủy ban nhân dân {place.ward_full}, {place.district_full}
> {place_date}
^ NGƯỜI KÝ GIẤY KHAI SINH
^ {signer}
"""),
    ("trich_luc_ban_sao", """
@authority ubnd_district
= Số: {docno:TLKS-BS}
@national
# TRÍCH LỤC KHAI SINH
= (BẢN SAO)
Họ, chữ đệm, tên: {p1.NAME}
Ngày, tháng, năm sinh: {p1.birth_long}
Giới tính: {p1.sex}    Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Nơi sinh: {p1.hometown}
Họ, chữ đệm, tên người mẹ: {p2.NAME}
Năm sinh: {p2.year}    Nơi cư trú: {p2.address}
Họ, chữ đệm, tên người cha: {p3.NAME}
Năm sinh: {p3.year}    Nơi cư trú: {p3.address}
Nơi đăng ký khai sinh: Ủy ban nhân dân {place.ward_full}
Ngày đăng ký: {other_date:short}
Số đăng ký khai sinh: {n.big}
> {place_date}
^ [[NGƯỜI KÝ TRÍCH LỤC|TL. CHỦ TỊCH]]
^ {signer}
"""),
    ("gks_ban_sao_cu", """
@authority ubnd_ward
@national
# GIẤY KHAI SINH
= (BẢN SAO)
= Số: {docno:BS}
Họ và tên: {p1.NAME}    Giới tính: {p1.sex}
Sinh ngày: {p1.birth_day}
Nơi sinh: {p1.hometown}
Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Họ và tên cha: {p2.name}    Tuổi: {n.mid}
Họ và tên mẹ: {p3.name}    Tuổi: {n.mid}
Nơi thường trú: {p2.address}
Đăng ký ngày {n.small} tháng {n.small} năm {p1.year}
Ghi chú: Sao từ Sổ đăng ký khai sinh
> {place_date}
^ TM. ỦY BAN NHÂN DÂN
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
    ("trich_luc_dien_tu", """
@authority ubnd_ward
= Số: {docno:TLKS}
@national
# TRÍCH LỤC ĐĂNG KÝ KHAI SINH
Người được khai sinh
Họ, chữ đệm, tên: {p1.NAME}
Số định danh cá nhân: {p1.id}
Ngày, tháng, năm sinh: {p1.birth_short}
Giới tính: {p1.sex}    Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Nơi sinh: {p1.hometown}
Người mẹ: {p2.NAME}, năm sinh {p2.year}, dân tộc Kinh, quốc tịch Việt Nam
Người cha: {p3.NAME}, năm sinh {p3.year}, dân tộc Kinh, quốc tịch Việt Nam
Nơi đăng ký khai sinh: Ủy ban nhân dân {place.ward_full}, {place.district_full}, {place.province_full}
Ngày đăng ký: {other_date:short}
?? Văn bản này được xác thực bằng chữ ký số trên Cổng dịch vụ công.
> {place_date}
^ [[CÔNG CHỨC TƯ PHÁP - HỘ TỊCH|NGƯỜI KÝ TRÍCH LỤC]]
^ {signer}
"""),
    ("gks_1999", """
@authority ubnd_ward
@national
= Số: {docno:KS}
# GIẤY KHAI SINH
Họ và tên: {p1.NAME}
Nam hay Nữ: {p1.sex}
Ngày, tháng, năm sinh: {p1.birth_short}
Nơi sinh: Trạm y tế {place.ward_full}, {place.district_full}
Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Quê quán: {p1.hometown}
PHẦN KHAI VỀ CHA MẸ
Họ và tên cha: {p2.name}    Năm sinh: {p2.year}    Nghề nghiệp: {p2.job}
Họ và tên mẹ: {p3.name}    Năm sinh: {p3.year}    Nghề nghiệp: {p3.job}
Nơi thường trú: {p3.address}
Họ và tên người đứng khai: {p2.sign}    Quan hệ với người được khai sinh: Cha
> {place_date}
^ TM. ỦY BAN NHÂN DÂN
^ CHỦ TỊCH
^ {signer}
"""),
]

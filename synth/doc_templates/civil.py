"""Templates for identity and civil-status papers: ID cards, birth, marriage status, residence.

Markup: see `synth.documents`.
"""

from __future__ import annotations

__all__ = ["CAN_CUOC", "GIAY_KHAI_SINH", "XAC_NHAN_CU_TRU", "XAC_NHAN_HON_NHAN"]

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

XAC_NHAN_HON_NHAN = [
    ("xnhn_2016", """
@authority ubnd_ward
= Số: {docno:XNTTHN}
@national
> {place_date}
# GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN
Xét đề nghị của {p1.title}: {p1.name}
về việc xác nhận tình trạng hôn nhân cho {p1.title}: {p1.name}
Ngày, tháng, năm sinh: {p1.birth}
Giới tính: {p1.sex}    Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Giấy tờ tùy thân: Căn cước công dân số {p1.id} cấp ngày {p1.id_issued_short}
Nơi cư trú: {p1.address}
Trong thời gian cư trú tại {place.ward_full} từ năm {n.big} đến nay
Tình trạng hôn nhân: [[Hiện tại chưa đăng ký kết hôn với ai|Chưa đăng ký kết hôn với ai]]
Giấy này được cấp để: [[làm thủ tục đăng ký kết hôn|bổ sung hồ sơ mua bán nhà đất|làm thủ tục vay vốn ngân hàng]]
Giấy này có giá trị 06 tháng kể từ ngày cấp.
^ [[TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH]]
^ [[CHỦ TỊCH|PHÓ CHỦ TỊCH]]
^ {signer}
"""),
    ("xnhn_ly_hon", """
@authority ubnd_ward
= Số: {docno:UBND-XNHN}
@national
# GIẤY XÁC NHẬN
# TÌNH TRẠNG HÔN NHÂN
Ủy ban nhân dân {place.ward_full}, {place.district_full} xác nhận:
Họ, chữ đệm, tên: {p1.NAME}
Ngày sinh: {p1.birth_short}    Giới tính: {p1.sex}
Số CCCD/CMND: {p1.id}
Nơi thường trú: {p1.address}
Tình trạng hôn nhân: Đã đăng ký kết hôn với {p2.sign}, nhưng đã ly hôn theo Bản án số {n.mid}/{n.big}/HNGĐ-ST của Tòa án nhân dân {place.district_full}
Hiện tại chưa đăng ký kết hôn với ai.
Mục đích sử dụng: [[Làm thủ tục chuyển nhượng quyền sử dụng đất|Bổ sung hồ sơ vay vốn]]
> {place_date}
^ CHỦ TỊCH
^ {signer}
"""),
    ("xnhn_dien_tu", """
@national
@authority ubnd_ward
= Số: {docno:TP/HT}
> {place_date}
# GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN
Xét đề nghị của: {p1.name}, về việc cấp Giấy xác nhận tình trạng hôn nhân.
Họ, chữ đệm, tên: {p1.NAME}
Ngày, tháng, năm sinh: {p1.birth_long}
Số định danh cá nhân: {p1.id}
Nơi cư trú: {p1.address}
Tình trạng hôn nhân: [[Hiện đang có vợ là bà|Hiện đang có chồng là ông]] {p2.name}, đã đăng ký kết hôn ngày {other_date:day}
Giấy này được cấp để sử dụng vào mục đích: [[thế chấp tài sản|mua bán tài sản|làm thủ tục hành chính]]
^ TM. ỦY BAN NHÂN DÂN
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
    ("xnhn_thoi_ky", """
@authority ubnd_ward
= Số: {docno:XNHN}
@national
# GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN
= (Xác nhận trong thời gian cư trú)
Ủy ban nhân dân {place.ward_full} xác nhận {p1.title} {p1.name}
sinh ngày {p1.birth_day}, CCCD số {p1.id}
có thời gian cư trú tại địa phương từ ngày {other_date:short} đến ngày {other_date:short}.
Trong thời gian cư trú tại địa phương, [[ông|bà]] không đăng ký kết hôn với ai.
Giấy xác nhận có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp
và chỉ sử dụng cho mục đích kết hôn.
> {place_date}
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
    ("xnhn_ngan", """
@authority ubnd_ward
@national
# XÁC NHẬN TÌNH TRẠNG HÔN NHÂN
= Số: {docno:UBND}
Căn cứ Sổ đăng ký kết hôn và dữ liệu hộ tịch điện tử,
Ủy ban nhân dân {place.ward_full} xác nhận:
Họ và tên: {p1.name}    Ngày sinh: {p1.birth}
Giấy tờ tùy thân: số {p1.id}
Cư trú tại: {p1.address}
Tình trạng hôn nhân: Độc thân, chưa đăng ký kết hôn lần nào.
Xác nhận này cấp theo đề nghị của đương sự để [[làm thủ tục nhận chuyển nhượng đất|bổ sung hồ sơ]].
> {place_date}
^ CHỦ TỊCH
^ {signer}
"""),
]

XAC_NHAN_CU_TRU = [
    ("ct07_2021", """
@authority police
= Số: {docno:XNCT}
@national
> {place_date}
# XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ
Theo đề nghị của {p1.title}: {p1.name}
Công an {place.ward_full} xác nhận thông tin về cư trú của công dân như sau:
1. Họ, chữ đệm và tên: {p1.NAME}
2. Ngày, tháng, năm sinh: {p1.birth_short}    3. Giới tính: {p1.sex}
4. Số định danh cá nhân: {p1.id}
5. Dân tộc: {p1.ethnicity}    6. Tôn giáo: Không    7. Quốc tịch: Việt Nam
8. Quê quán: {p1.hometown}
9. Nơi thường trú: {p1.address}
10. Nơi tạm trú: Không
11. Nơi ở hiện tại: {p1.address}
12. Họ, chữ đệm và tên chủ hộ: {p2.NAME}    Quan hệ với chủ hộ: [[Con|Vợ|Chồng|Cháu]]
Văn bản này có giá trị [[30|06]] ngày kể từ ngày cấp.
^ TRƯỞNG CÔNG AN
^ {signer}
"""),
    ("ct07_2023", """
@authority police
@national
= Số: {docno:CAP-XNCT}
# XÁC NHẬN
# THÔNG TIN VỀ CƯ TRÚ
Căn cứ Luật Cư trú ngày 13 tháng 11 năm 2020;
Xét đề nghị của công dân {p1.name}, Công an {place.ward_full} xác nhận:
Họ, chữ đệm và tên: {p1.NAME}
Số định danh cá nhân: {p1.id}    Ngày sinh: {p1.birth}
Nơi thường trú: {p1.address}
Thông tin thành viên hộ gia đình:
- {p2.NAME}, sinh năm {p2.year}, quan hệ với chủ hộ: chủ hộ
- {p1.sign}, sinh năm {p1.year}, quan hệ với chủ hộ: [[con|vợ|chồng]]
Mục đích sử dụng: [[Bổ sung hồ sơ đất đai|Nhập học|Làm thủ tục hành chính]]
> {place_date}
^ TRƯỞNG CÔNG AN
^ {signer}
"""),
    ("xac_nhan_tam_tru", """
@authority police
@national
> {place_date}
# GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ
= (Xác nhận tạm trú)
Công an {place.ward_full}, {place.district_full}, {place.province_full} xác nhận:
Ông/Bà: {p1.NAME}
Sinh ngày: {p1.birth_short}
Số CCCD/CMND: {p1.id}, cấp ngày {p1.id_issued_day}
Hiện đang tạm trú tại: {place.address}
Thời hạn tạm trú: từ {other_date:short} đến {other_date:short}
Đã đăng ký tạm trú theo quy định của Luật Cư trú.
^ TRƯỞNG CÔNG AN
^ {signer}
"""),
    ("thong_tin_cu_tru_ho", """
@authority police
= Số: {docno:XN-CAP}
@national
# XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ
Công an {place.ward_full} xác nhận thông tin về cư trú trong Cơ sở dữ liệu về cư trú:
Chủ hộ: {p1.NAME}
Ngày, tháng, năm sinh: {p1.birth_short}
Số định danh cá nhân: {p1.id}
Địa chỉ thường trú: {p1.address}
Thời gian bắt đầu thường trú: {other_date:short}
Số thành viên trong hộ: {n.small}
Thông tin về cư trú được cung cấp theo yêu cầu của công dân để [[giải quyết thủ tục đất đai|làm hồ sơ vay vốn|xác nhận nơi cư trú]].
> {place_date}
^ KT. TRƯỞNG CÔNG AN
^ PHÓ TRƯỞNG CÔNG AN
^ {signer}
"""),
    ("cu_tru_mau_cu", """
@national
= Số: {docno:XNCT-CA}
# GIẤY XÁC NHẬN CƯ TRÚ
Kính gửi: [[Văn phòng đăng ký đất đai|Ủy ban nhân dân]] {place.district_full}
Công an {place.ward_full} xác nhận:
Họ và tên: {p1.name}
Năm sinh: {p1.year}
CMND/CCCD số: {p1.id}
[[Hiện đang cư trú|Có hộ khẩu thường trú]] tại: {p1.address}
Là nhân khẩu trong hộ của ông/bà: {p2.name}
Lý do xác nhận: [[bổ sung hồ sơ|làm thủ tục tách hộ|mua bán nhà đất]]
@authority police bottom
> {place_date}
^ TRƯỞNG CÔNG AN
^ {signer}
"""),
]

"""Templates for confirmations an office gives a citizen: marriage status and residence.

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["XAC_NHAN_CU_TRU", "XAC_NHAN_HON_NHAN"]

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

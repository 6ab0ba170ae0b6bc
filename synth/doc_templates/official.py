"""Templates for what offices issue: business registrations, decisions, minutes, and the rest.

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["BIEN_BAN", "DANG_KY_KINH_DOANH", "QUYET_DINH"]

DANG_KY_KINH_DOANH = [
    ("dkdn_tnhh", """
@authority business
@national
# GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP
# CÔNG TY TRÁCH NHIỆM HỮU HẠN HAI THÀNH VIÊN TRỞ LÊN
= Mã số doanh nghiệp: {tax}
= Đăng ký lần đầu: {date_long}
= Đăng ký thay đổi lần thứ: {n.small}, {other_date}
1. Tên công ty
Tên công ty viết bằng tiếng Việt: {company}
Tên công ty viết tắt: {company}
2. Địa chỉ trụ sở chính: {place.address}
Điện thoại: {phone}
3. Vốn điều lệ: {money[0]} đồng    Bằng chữ: {money[1]}
4. Danh sách thành viên góp vốn: theo danh sách đính kèm
5. Người đại diện theo pháp luật của công ty
Họ và tên: {p1.NAME}    Giới tính: {p1.sex}
Chức danh: Giám đốc
Sinh ngày: {p1.birth_short}    Dân tộc: {p1.ethnicity}    Quốc tịch: Việt Nam
Loại giấy tờ pháp lý của cá nhân: Căn cước công dân
Số giấy tờ pháp lý của cá nhân: {p1.id}
Địa chỉ thường trú: {p1.address}
^ TRƯỞNG PHÒNG
^ {signer}
"""),
    ("dkdn_co_phan", """
@authority business
@national
# GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP
# CÔNG TY CỔ PHẦN
= Mã số doanh nghiệp: {tax}
= Đăng ký lần đầu: {date_long}
1. Tên công ty: {company}
Tên công ty viết bằng tiếng nước ngoài: {company} JOINT STOCK COMPANY
2. Địa chỉ trụ sở chính: {place.address}
3. Vốn điều lệ: {money[0]} đồng
Mệnh giá cổ phần: 10.000 đồng; Tổng số cổ phần: {n.big}{n.big}
4. Người đại diện theo pháp luật của công ty:
Họ và tên: {p1.NAME}    Chức danh: Chủ tịch Hội đồng quản trị
Sinh ngày: {p1.birth_day}
Số định danh cá nhân: {p1.id}
Địa chỉ liên lạc: {p1.address}
^ KT. TRƯỞNG PHÒNG
^ PHÓ TRƯỞNG PHÒNG
^ {signer}
"""),
    ("dkdn_tu_nhan", """
@authority business
@national
# GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP
# DOANH NGHIỆP TƯ NHÂN
= Mã số doanh nghiệp: {tax}
= Đăng ký lần đầu: {date_long}
1. Tên doanh nghiệp: DOANH NGHIỆP TƯ NHÂN [[THƯƠNG MẠI|VẬN TẢI|XÂY DỰNG]] {p1.NAME}
2. Địa chỉ trụ sở chính: {place.address}
Điện thoại: {phone}
3. Vốn đầu tư: {money[0]} đồng
4. Thông tin về chủ doanh nghiệp:
Họ và tên: {p1.NAME}    Giới tính: {p1.sex}
Sinh ngày: {p1.birth_short}    Dân tộc: {p1.ethnicity}
Số giấy tờ pháp lý của cá nhân: {p1.id}
Ngày cấp: {p1.id_issued_short}    Nơi cấp: Cục Cảnh sát QLHC về TTXH
Địa chỉ thường trú: {p1.address}
^ TRƯỞNG PHÒNG
^ {signer}
"""),
    ("dk_ho_kinh_doanh", """
@authority district_business
@national
# GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH
= Mã số hộ kinh doanh: {tax}
= Đăng ký lần đầu: {date_long}
1. Tên hộ kinh doanh: HỘ KINH DOANH [[TẠP HÓA|QUÁN ĂN|SỬA XE|CỬA HÀNG VẬT LIỆU XÂY DỰNG]] {p1.NAME}
2. Địa điểm kinh doanh: {place.address}
Điện thoại: {phone}
3. Ngành, nghề kinh doanh: [[Bán lẻ lương thực, thực phẩm|Dịch vụ ăn uống|Sửa chữa mô tô, xe máy|Bán lẻ đồ ngũ kim, sơn, kính]]
4. Vốn kinh doanh: {money[0]} đồng
5. Số lượng lao động: {n.small} người
6. Họ và tên đại diện hộ kinh doanh: {p1.NAME}
Sinh ngày: {p1.birth_day}    Giới tính: {p1.sex}
Số định danh cá nhân: {p1.id}
Nơi thường trú: {p1.address}
^ TRƯỞNG PHÒNG
^ {signer}
"""),
    ("dkkd_cu", """
@authority business
@national
# GIẤY CHỨNG NHẬN ĐĂNG KÝ KINH DOANH
= VÀ ĐĂNG KÝ THUẾ
= CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN
= Mã số doanh nghiệp: {tax}
= Đăng ký lần đầu: {date_long}
1. Tên công ty: {company}
2. Địa chỉ trụ sở chính: {place.address}
3. Ngành, nghề kinh doanh: [[Xây dựng nhà các loại|Bán buôn vật liệu xây dựng|Vận tải hàng hóa bằng đường bộ|Kinh doanh bất động sản]]
4. Vốn điều lệ: {money[0]} đồng
5. Chủ sở hữu công ty: {p1.NAME}
Sinh ngày: {p1.birth_day}    Số CMND/CCCD: {p1.id}
6. Người đại diện theo pháp luật: {p1.name}    Chức danh: Giám đốc
^ TRƯỞNG PHÒNG ĐĂNG KÝ KINH DOANH
^ {signer}
"""),
]

QUYET_DINH = [
    ("qd_cong_nhan_qsdd", """
@authority ubnd_district
= Số: {docno:QĐ-UBND}
@national
> {place_date}
# QUYẾT ĐỊNH
= Về việc công nhận quyền sử dụng đất
# ỦY BAN NHÂN DÂN {place.DISTRICT}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;
Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số {n.big}/TTr-TNMT,
# QUYẾT ĐỊNH:
Điều 1. Công nhận quyền sử dụng đất cho {p1.title} {p1.name}, CCCD số {p1.id}, đối với thửa đất số {parcel}, tờ bản đồ số {sheet}, diện tích {area} m², tại {place.ward_full}.
Điều 2. Giao Phòng Tài nguyên và Môi trường hướng dẫn người sử dụng đất thực hiện nghĩa vụ tài chính theo quy định.
Điều 3. Chánh Văn phòng HĐND và UBND, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND {place.ward_full} và {p1.title} {p1.sign} chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
^ TM. ỦY BAN NHÂN DÂN
^ CHỦ TỊCH
^ {signer}
"""),
    ("qd_chuyen_muc_dich", """
@authority ubnd_district
= Số: {docno:QĐ-UBND}
@national
> {place_date}
# QUYẾT ĐỊNH
= Về việc cho phép chuyển mục đích sử dụng đất
# CHỦ TỊCH ỦY BAN NHÂN DÂN {place.DISTRICT}
Căn cứ Luật Đất đai năm 2013;
Căn cứ kế hoạch sử dụng đất năm {year} của {place.district_full} đã được phê duyệt;
Xét đơn xin chuyển mục đích sử dụng đất của {p1.title} {p1.name} và đề nghị của Phòng Tài nguyên và Môi trường,
# QUYẾT ĐỊNH:
Điều 1. Cho phép {p1.title} {p1.name} được chuyển mục đích sử dụng {area} m² đất từ [[đất trồng cây lâu năm|đất nông nghiệp|đất vườn]] sang đất ở tại thửa đất số {parcel}, tờ bản đồ số {sheet}.
Thời hạn sử dụng đất: lâu dài.
Điều 2. Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất theo quy định.
---
- 2 -
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Tài nguyên và Môi trường, Chi cục trưởng Chi cục Thuế và người có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Văn phòng đăng ký đất đai;
- Lưu: VT, TNMT.
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
    ("qd_xu_phat", """
@authority ubnd_ward
= Số: {docno:QĐ-XPHC}
@national
> {place_date}
# QUYẾT ĐỊNH
= Xử phạt vi phạm hành chính
Căn cứ Điều 57, Điều 68 Luật Xử lý vi phạm hành chính năm 2012;
Căn cứ Nghị định số 91/2019/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực đất đai;
Căn cứ Biên bản vi phạm hành chính số {n.big}/BB-VPHC lập ngày {other_date:short};
Tôi: {signer}    Chức vụ: Chủ tịch UBND {place.ward_full}
# QUYẾT ĐỊNH:
Điều 1. Xử phạt vi phạm hành chính đối với:
Họ và tên: {p1.name}    Giới tính: {p1.sex}
Ngày, tháng, năm sinh: {p1.birth}    Quốc tịch: Việt Nam
Số định danh cá nhân/CMND: {p1.id}
Nơi ở hiện tại: {p1.address}
Đã thực hiện hành vi vi phạm hành chính: [[Tự ý chuyển mục đích sử dụng đất|Lấn, chiếm đất|Xây dựng không phép]]
Hình thức xử phạt chính: Phạt tiền {money[0]} đồng.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
^ CHỦ TỊCH
^ {signer}
"""),
    ("qd_thu_hoi_dat", """
@authority ubnd_district
= Số: {docno:QĐ-UBND}
@national
> {place_date}
# QUYẾT ĐỊNH
= Về việc thu hồi đất để thực hiện dự án [[mở rộng đường|xây dựng trường học|xây dựng khu dân cư]]
# ỦY BAN NHÂN DÂN {place.DISTRICT}
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;
# QUYẾT ĐỊNH:
Điều 1. Thu hồi {area} m² đất của hộ {p1.title} {p1.name}, thuộc thửa đất số {parcel}, tờ bản đồ số {sheet}, tại {place.ward_full}.
Lý do thu hồi đất: thực hiện dự án theo kế hoạch sử dụng đất năm {year}.
Điều 2. Giao Ủy ban nhân dân {place.ward_full} có trách nhiệm giao quyết định này cho người có đất bị thu hồi.
Điều 3. Chánh Văn phòng, Trưởng phòng Tài nguyên và Môi trường, Giám đốc Trung tâm Phát triển quỹ đất và người có đất bị thu hồi chịu trách nhiệm thi hành Quyết định này.
^ TM. ỦY BAN NHÂN DÂN
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
    ("qd_cap_phep_kinh_doanh", """
@authority ubnd_province
= Số: {docno:QĐ-UBND}
@national
> {place_date}
# QUYẾT ĐỊNH
= Về việc phê duyệt phương án bồi thường, hỗ trợ và tái định cư
# CHỦ TỊCH ỦY BAN NHÂN DÂN {place.PROVINCE}
Căn cứ Luật Đất đai năm 2013;
Căn cứ Quyết định số {n.mid}/{year}/QĐ-UBND của Ủy ban nhân dân {place.province_full};
Xét đề nghị của Sở Tài nguyên và Môi trường,
# QUYẾT ĐỊNH:
Điều 1. Phê duyệt phương án bồi thường, hỗ trợ và tái định cư cho hộ {p1.title} {p1.name}, địa chỉ {p1.address}, với tổng số tiền là {money[0]} đồng.
Điều 2. Tổ chức làm nhiệm vụ bồi thường có trách nhiệm chi trả tiền bồi thường theo đúng quy định.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
    ("qd_ngan", """
@authority ubnd_ward
@national
= Số: {docno:QĐ-UBND}
> {place_date}
# QUYẾT ĐỊNH
= Về việc [[thành lập Tổ công tác kiểm tra hiện trạng sử dụng đất|giao nhiệm vụ xác minh nguồn gốc đất|công nhận hộ nghèo]]
# CHỦ TỊCH ỦY BAN NHÂN DÂN {place.WARD}
Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
Xét đề nghị của công chức Địa chính - Xây dựng,
# QUYẾT ĐỊNH:
Điều 1. [[Thành lập Tổ công tác|Giao nhiệm vụ cho công chức]] gồm ông/bà {p1.name} và các thành viên có tên trong danh sách kèm theo.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Văn phòng UBND và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
^ CHỦ TỊCH
^ {signer}
"""),
]

BIEN_BAN = [
    ("bb_kiem_tra_hien_trang", """
@authority ubnd_ward
= Số: {docno:BB-UBND}
@national
# BIÊN BẢN
= Kiểm tra hiện trạng sử dụng đất
Hôm nay, vào hồi {n.small} giờ, {other_date}, tại thửa đất số {parcel}, tờ bản đồ số {sheet}, {place.ward_full}.
Chúng tôi gồm:
1. {signer} - Công chức Địa chính - Xây dựng
2. {p2.sign} - Trưởng khu dân cư
Người sử dụng đất: {p1.title} {p1.name}, CCCD số {p1.id}
Tiến hành kiểm tra hiện trạng sử dụng đất như sau:
- Diện tích đang sử dụng: {area} m²
- Hiện trạng: [[Đất trống, không có tài sản|Có nhà cấp 4|Đang trồng cây lâu năm]]
- Ranh giới thửa đất ổn định, không có tranh chấp.
Biên bản kết thúc vào hồi {n.small} giờ cùng ngày, đã đọc lại cho các bên cùng nghe và thống nhất ký tên.
^ NGƯỜI SỬ DỤNG ĐẤT    ĐẠI DIỆN ĐOÀN KIỂM TRA
^ {p1.sign}    {signer}
"""),
    ("bb_vi_pham", """
@authority ubnd_ward
= Số: {docno:BB-VPHC}
@national
# BIÊN BẢN VI PHẠM HÀNH CHÍNH
= Về [[đất đai|trật tự xây dựng]]
Hôm nay, hồi {n.small} giờ, {other_date}, tại {place.address}
Căn cứ Luật Xử lý vi phạm hành chính năm 2012;
Chúng tôi gồm: {signer}, chức vụ: Chủ tịch UBND {place.ward_full}
Tiến hành lập biên bản vi phạm hành chính đối với:
Họ và tên: {p1.name}    Giới tính: {p1.sex}
Ngày, tháng, năm sinh: {p1.birth}
Số CCCD: {p1.id}
Nơi ở hiện tại: {p1.address}
Đã có hành vi vi phạm hành chính: [[Xây dựng công trình không có giấy phép|Lấn chiếm đất công|Tự ý chuyển mục đích sử dụng đất]]
Biện pháp ngăn chặn: Yêu cầu đình chỉ hành vi vi phạm.
Biên bản lập thành 02 bản, giao cho cá nhân vi phạm 01 bản.
Ý kiến của cá nhân vi phạm: Đồng ý với nội dung biên bản.
^ NGƯỜI VI PHẠM    NGƯỜI LẬP BIÊN BẢN
^ {p1.sign}    {signer}
"""),
    ("bb_ban_giao", """
@national
# BIÊN BẢN BÀN GIAO
= [[Nhà ở và quyền sử dụng đất|Mặt bằng|Tài sản]]
Hôm nay, {other_date}, tại {place.address}, chúng tôi gồm:
BÊN GIAO (Bên A): {p1.title} {p1.NAME}
CCCD số: {p1.id}
BÊN NHẬN (Bên B): {p2.title} {p2.NAME}
CCCD số: {p2.id}
Hai bên cùng tiến hành bàn giao theo Hợp đồng số {n.big}/HĐ ký ngày {other_date:short}, cụ thể:
1. Bàn giao thửa đất số {parcel}, tờ bản đồ số {sheet}, diện tích {area} m² cùng tài sản gắn liền với đất.
2. Bàn giao bản chính Giấy chứng nhận quyền sử dụng đất số [[BA|CĐ|DA]] {n.big}{n.mid}.
3. Bàn giao [[chìa khóa nhà|đồng hồ điện, nước|toàn bộ trang thiết bị]] hiện có.
Bên B đã kiểm tra và nhận đủ. Kể từ thời điểm bàn giao, Bên B chịu trách nhiệm quản lý, sử dụng.
Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.
^ BÊN GIAO    BÊN NHẬN
^ {p1.sign}    {p2.sign}
"""),
    ("bb_hop_gia_dinh", """
@national
# BIÊN BẢN HỌP GIA ĐÌNH
= (V/v thỏa thuận phân chia di sản thừa kế)
Hôm nay, {other_date}, tại nhà ông/bà {p1.sign}, địa chỉ {p1.address}, gia đình chúng tôi gồm:
1. Ông/Bà {p1.NAME}, sinh năm {p1.year}, CCCD số {p1.id}
2. Ông/Bà {p2.NAME}, sinh năm {p2.year}, CCCD số {p2.id}
3. Ông/Bà {p3.NAME}, sinh năm {p3.year}, CCCD số {p3.id}
Cùng nhau họp bàn về việc phân chia di sản là quyền sử dụng thửa đất số {parcel}, tờ bản đồ số {sheet}, diện tích {area} m².
---
Nội dung thống nhất:
- Toàn bộ di sản nêu trên được giao cho ông/bà {p2.sign} đứng tên.
- Các thành viên khác tự nguyện nhường kỷ phần thừa kế của mình.
Cuộc họp kết thúc vào lúc {n.small} giờ cùng ngày. Các thành viên đã đọc lại biên bản, nhất trí và cùng ký tên.
^ CÁC THÀNH VIÊN GIA ĐÌNH
^ {p1.sign}    {p2.sign}    {p3.sign}
"""),
    ("bb_xac_minh", """
@authority police
= Số: {docno:BB-CAP}
@national
# BIÊN BẢN XÁC MINH
Hồi {n.small} giờ {n.mid} phút, {other_date}, tại trụ sở Công an {place.ward_full}
Chúng tôi gồm: {signer} - Cán bộ Công an {place.ward_full}
Tiến hành xác minh đối với:
Ông/Bà: {p1.NAME}    Sinh ngày: {p1.birth_day}
Số CCCD: {p1.id}
Nơi cư trú: {p1.address}
Nội dung xác minh: [[Việc cư trú thực tế tại địa phương|Nhân thân và lý lịch|Tình trạng nơi ở hợp pháp]]
Kết quả xác minh: Ông/Bà {p1.sign} [[thực tế có cư trú tại địa chỉ trên từ năm|đã sinh sống ổn định tại địa phương từ năm]] {n.big}.
Biên bản kết thúc lúc {n.small} giờ cùng ngày, đã đọc lại cho những người có tên trên cùng nghe, công nhận đúng và ký tên.
^ NGƯỜI ĐƯỢC XÁC MINH    CÁN BỘ XÁC MINH
^ {p1.sign}    {signer}
"""),
]

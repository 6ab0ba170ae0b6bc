"""Templates for land papers: certificates of land use rights, plans and survey extracts.

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["BAN_VE", "GIAY_CHUNG_NHAN_QSDD"]

GIAY_CHUNG_NHAN_QSDD = [
    ("gcn_2014", """
@national
# GIẤY CHỨNG NHẬN
# QUYỀN SỬ DỤNG ĐẤT
# QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
{p1.title}: {p1.NAME}, sinh năm {p1.year}, CCCD số: {p1.id}
Địa chỉ thường trú: {p1.address}
?? {p2.title}: {p2.NAME}, sinh năm {p2.year}, CCCD số: {p2.id}
= [[BA|BV|CĐ|CS]] {n.big}{n.mid}
---
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
1. Thửa đất:
a) Thửa đất số: {parcel}, tờ bản đồ số: {sheet}
b) Địa chỉ: {place.address}
c) Diện tích: {area} m² (Bằng chữ: ...)
d) Hình thức sử dụng: riêng
đ) Mục đích sử dụng: Đất ở tại đô thị
e) Thời hạn sử dụng: Lâu dài
g) Nguồn gốc sử dụng: Nhà nước công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất
2. Nhà ở: Diện tích xây dựng {area} m², số tầng {n.small}, hình thức sở hữu: riêng
3. Ghi chú: Không
@authority ubnd_district bottom
> {place_date}
^ TM. ỦY BAN NHÂN DÂN
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
= Số vào sổ cấp GCN: CS {n.big}
"""),
    ("gcn_so_do_cu", """
@national
# GIẤY CHỨNG NHẬN
# QUYỀN SỬ DỤNG ĐẤT
= [[ỦY BAN NHÂN DÂN HUYỆN|ỦY BAN NHÂN DÂN QUẬN]] chứng nhận
{p1.title} {p1.NAME}
[[CMND|Chứng minh nhân dân]] số: {p1.id}
Địa chỉ: {p1.address}
được quyền sử dụng thửa đất sau đây:
1. Thửa đất số: {parcel}
2. Tờ bản đồ số: {sheet}
3. Địa chỉ thửa đất: {place.ward_full}, {place.district_full}
4. Diện tích: {area} m² (Bằng chữ: ...)
5. Hình thức sử dụng: Riêng: {area} m²; Chung: không m²
6. Mục đích sử dụng: [[Đất ở|Đất trồng cây lâu năm|Đất nông nghiệp]]
7. Thời hạn sử dụng: [[Lâu dài|Đến năm 2043]]
8. Nguồn gốc sử dụng: [[Được Nhà nước giao đất|Công nhận quyền sử dụng đất]]
@authority ubnd_district bottom
> {place_date}
^ TM. ỦY BAN NHÂN DÂN
^ CHỦ TỊCH
^ {signer}
= Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: {n.big} QSDĐ/{n.mid}
"""),
    ("gcn_so_hong_2005", """
@national
# GIẤY CHỨNG NHẬN
# QUYỀN SỞ HỮU NHÀ Ở VÀ QUYỀN SỬ DỤNG ĐẤT Ở
= Số: {docno:GCN}
I. CHỦ SỞ HỮU NHÀ Ở VÀ SỬ DỤNG ĐẤT Ở
{p1.title} {p1.NAME}    Năm sinh: {p1.year}
CMND số: {p1.id}
Địa chỉ thường trú: {p1.address}
II. THỬA ĐẤT Ở
a) Thửa đất số: {parcel}    b) Tờ bản đồ số: {sheet}
c) Diện tích: {area} m²    d) Hình thức sử dụng: Riêng
đ) Địa chỉ thửa đất: {place.address}
III. NHÀ Ở
a) Địa chỉ: {place.address}
b) Tổng diện tích sử dụng: {area} m²
c) Diện tích xây dựng: {area} m²    d) Kết cấu nhà: Tường gạch, mái bê tông
đ) Số tầng: {n.small}    e) Năm hoàn thành xây dựng: {n.big}
---
IV. SƠ ĐỒ NHÀ Ở VÀ ĐẤT Ở
Tỷ lệ 1/{n.big}
Ranh giới thửa đất    Ranh giới nhà
Cạnh phía Bắc: {n.mid},{n.small} m    Cạnh phía Nam: {n.mid},{n.small} m
@authority ubnd_district bottom
> {place_date}
^ TM. ỦY BAN NHÂN DÂN
^ CHỦ TỊCH
^ {signer}
"""),
    ("gcn_2024", """
@national
# GIẤY CHỨNG NHẬN
# QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT
= Mã QR: {n.big}-{n.big}-{n.big}
1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:
{p1.title} {p1.NAME}, Số định danh cá nhân: {p1.id}
Địa chỉ: {p1.address}
2. Thông tin thửa đất:
Thửa đất số: {parcel}; Tờ bản đồ số: {sheet}
Địa chỉ: {place.ward_full}, {place.district_full}, {place.province_full}
Diện tích: {area} m²
Loại đất: Đất ở tại đô thị (ODT); Hình thức sử dụng: Sử dụng riêng
Thời hạn sử dụng: Lâu dài
Nguồn gốc sử dụng: Nhận chuyển nhượng đất được Công nhận QSDĐ như giao đất có thu tiền sử dụng đất
3. Thông tin tài sản gắn liền với đất: Nhà ở riêng lẻ, diện tích xây dựng {area} m²
4. Ghi chú: Không
---
5. Sơ đồ thửa đất
Tỷ lệ 1:{n.big}
6. Những thay đổi sau khi cấp Giấy chứng nhận:
Nội dung thay đổi và cơ sở pháp lý | Xác nhận của cơ quan có thẩm quyền
@authority land bottom
> {place_date}
^ KT. GIÁM ĐỐC
^ PHÓ GIÁM ĐỐC
^ {signer}
"""),
    ("gcn_thay_doi", """
@national
# GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT,
# QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Hộ {p1.title}: {p1.NAME}; Năm sinh: {p1.year}; CCCD: {p1.id}
và vợ/chồng: {p2.NAME}; Năm sinh: {p2.year}; CCCD: {p2.id}
Địa chỉ: {p1.address}
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
Thửa đất số: {parcel}    Tờ bản đồ số: {sheet}
Diện tích: {area} m²    Mục đích sử dụng: [[Đất ở nông thôn|Đất ở tại đô thị]]
---
IV. Những thay đổi sau khi cấp Giấy chứng nhận
Nội dung thay đổi và cơ sở pháp lý:
[[Chuyển nhượng cho|Tặng cho]] {p3.title} {p3.name} theo hồ sơ số {n.big}.CN.{n.big}
Xác nhận của cơ quan có thẩm quyền: Chi nhánh Văn phòng đăng ký đất đai {place.district_full}
@authority ubnd_district bottom
> {place_date}
^ TM. ỦY BAN NHÂN DÂN
^ KT. CHỦ TỊCH
^ PHÓ CHỦ TỊCH
^ {signer}
"""),
]

BAN_VE = [
    ("ban_ve_hien_trang", """
@authority survey
# BẢN VẼ HIỆN TRẠNG NHÀ Ở
= Tỷ lệ 1/100
Chủ sở hữu: {p1.NAME}
Địa chỉ nhà: {place.address}
Thửa đất số: {parcel}    Tờ bản đồ số: {sheet}
MẶT BẰNG TẦNG 1
{n.mid}.{n.small}0    {n.small}.{n.mid}    {n.mid}.{n.small}5
PHÒNG KHÁCH    BẾP    WC    P. NGỦ
MẶT BẰNG TẦNG 2
{n.small}.{n.mid}    {n.mid}.{n.small}0
Diện tích xây dựng: {area} m²    Tổng diện tích sàn: {area} m²
Kết cấu: Tường gạch, sàn BTCT, mái tôn
Người đo vẽ: {signer}    Người kiểm tra: {p2.sign}
"""),
    ("so_do_thua_dat", """
# SƠ ĐỒ THỬA ĐẤT
Thửa đất số: {parcel}    Tờ bản đồ số: {sheet}
Địa chỉ thửa đất: {place.ward_full}, {place.district_full}
Diện tích: {area} m²
Tỷ lệ: 1/[[200|500|1000]]
1    2    3    4
{n.mid},{n.small}    {n.mid},{n.small}    {n.mid},{n.small}
BẢNG THỐNG KÊ TỌA ĐỘ
Điểm | X (m) | Y (m) | Cạnh (m)
1 | {n.big}{n.big}.{n.mid} | {n.big}{n.mid}.{n.small} | {n.mid}.{n.small}
2 | {n.big}{n.big}.{n.mid} | {n.big}{n.mid}.{n.small} | {n.mid}.{n.small}
3 | {n.big}{n.big}.{n.mid} | {n.big}{n.mid}.{n.small} | {n.mid}.{n.small}
Hệ tọa độ VN-2000, kinh tuyến trục {n.mid}°{n.mid}'
Người sử dụng đất: {p1.name}
"""),
    ("trich_do_dia_chinh", """
@authority land
# TRÍCH ĐO ĐỊA CHÍNH THỬA ĐẤT
= Số trích đo: {n.big}-{year}
Thửa đất số: {parcel}    Tờ bản đồ số: {sheet}
Địa chỉ: {place.ward_full}, {place.district_full}, {place.province_full}
Diện tích: {area} m²    Mục đích sử dụng: [[ODT|ONT|CLN|LUC]]
Tên người sử dụng đất: {p1.NAME}
Địa chỉ thường trú: {p1.address}
SƠ ĐỒ THỬA ĐẤT    Tỷ lệ 1:{n.big}
Chiều dài cạnh thửa: 1-2: {n.mid},{n.small}m; 2-3: {n.mid},{n.small}m; 3-4: {n.mid},{n.small}m; 4-1: {n.mid},{n.small}m
Bản trích đo này được lập để [[cấp Giấy chứng nhận|tách thửa|giải quyết tranh chấp]]
Đơn vị đo đạc: Công ty TNHH Đo đạc Bản đồ {place.province}
Người đo đạc: {signer}
"""),
    ("trich_luc_ban_do", """
@authority land
# TRÍCH LỤC BẢN ĐỒ ĐỊA CHÍNH
= Số: {docno:TL-VPĐK}
1. Số thứ tự thửa đất: {parcel}; Tờ bản đồ số: {sheet}
2. Diện tích: {area} m²
3. Mục đích sử dụng đất: [[Đất ở tại đô thị|Đất trồng lúa|Đất trồng cây hàng năm khác]]
4. Tên người sử dụng đất: {p1.name}
5. Địa chỉ thửa đất: {place.address}
6. Sơ đồ thửa đất:
Tỷ lệ 1:[[500|1000|2000]]
Cạnh 1-2: {n.mid},{n.small} m    Cạnh 2-3: {n.mid},{n.small} m
Cạnh 3-4: {n.mid},{n.small} m    Cạnh 4-1: {n.mid},{n.small} m
7. Những thay đổi so với giấy tờ pháp lý về quyền sử dụng đất: Không
> {place_date}
^ NGƯỜI TRÍCH LỤC    GIÁM ĐỐC
^ {signer}
"""),
    ("ban_ve_xin_phep", """
# BẢN VẼ THIẾT KẾ XIN PHÉP XÂY DỰNG
= CÔNG TRÌNH: NHÀ Ở RIÊNG LẺ
Chủ đầu tư: {p1.NAME}
Địa điểm xây dựng: thửa đất số {parcel}, tờ bản đồ số {sheet}, {place.ward_full}, {place.district_full}
MẶT BẰNG TỔNG THỂ    Tỷ lệ 1/200
MẶT ĐỨNG CHÍNH    Tỷ lệ 1/100
MẶT CẮT A-A    Tỷ lệ 1/100
Cốt nền ±0.000    Cốt sàn tầng 2 +{n.small}.{n.mid}0
Chiều cao công trình: {n.mid}.{n.small} m    Số tầng: {n.small}
Diện tích xây dựng: {area} m²    Mật độ xây dựng: {n.mid}%
Đơn vị thiết kế: Công ty Cổ phần Tư vấn thiết kế xây dựng {place.province}
Chủ nhiệm thiết kế: {signer}
KÝ HIỆU BẢN VẼ: KT-0{n.small}
"""),
]

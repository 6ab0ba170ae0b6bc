"""Templates for what citizens write and sign: applications (đơn) and declarations (tờ khai).

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["DON_DE_NGHI", "TO_KHAI"]

DON_DE_NGHI = [
    ("don_bien_dong_dat", """
@national
# ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,
# TÀI SẢN GẮN LIỀN VỚI ĐẤT
Kính gửi: [[Văn phòng đăng ký đất đai|Chi nhánh Văn phòng đăng ký đất đai]] {place.district_full}
I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ
1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất
1.1. Tên: {p1.title} {p1.NAME}    Năm sinh: {p1.year}
1.2. Giấy tờ nhân thân: CCCD số {p1.id}, cấp ngày {p1.id_issued_day}
1.3. Địa chỉ: {p1.address}
2. Giấy chứng nhận đã cấp đề nghị được đăng ký biến động
2.1. Số vào sổ cấp GCN: CS {n.big}    2.2. Số phát hành GCN: [[BA|BV|CĐ|DA]] {n.big}{n.mid}
2.3. Ngày cấp GCN: {other_date:short}
---
- {n.small} -
3. Thửa đất có thay đổi
3.1. Thửa đất số: {parcel}    3.2. Tờ bản đồ số: {sheet}
3.3. Diện tích: {area} m²    3.4. Mục đích sử dụng: Đất ở tại đô thị
4. Nội dung biến động: [[Chuyển nhượng quyền sử dụng đất|Tặng cho quyền sử dụng đất|Thay đổi thông tin người sử dụng đất]]
5. Lý do biến động: [[Nhận chuyển nhượng theo hợp đồng công chứng|Thừa kế|Tặng cho]]
6. Giấy tờ liên quan nộp kèm theo đơn này gồm có:
- Giấy chứng nhận đã cấp;
- Hợp đồng [[chuyển nhượng|tặng cho]] quyền sử dụng đất;
- Bản sao Căn cước công dân.
Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu trách nhiệm trước pháp luật.
> {place_date}
^ Người viết đơn
^ {p1.sign}
"""),
    ("don_giay_phep_xay_dung", """
@national
# ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG
= (Sử dụng cho công trình nhà ở riêng lẻ)
Kính gửi: Ủy ban nhân dân {place.district_full}
1. Thông tin về chủ đầu tư:
- Tên chủ đầu tư (tên chủ hộ): {p1.NAME}
- Người đại diện: {p1.name}    Chức vụ: Chủ hộ
- Địa chỉ liên hệ: {p1.address}
- Số điện thoại: {phone}
2. Thông tin công trình:
- Địa điểm xây dựng: Lô đất số {n.mid}, thửa đất số {parcel}, tờ bản đồ số {sheet}
- Đường: {place.address}
3. Nội dung đề nghị cấp phép:
- Loại công trình: Nhà ở riêng lẻ    Cấp công trình: III
- Diện tích xây dựng tầng 1: {area} m²
- Tổng diện tích sàn: {area} m²
- Chiều cao công trình: {n.mid} m    Số tầng: {n.small}
4. Dự kiến thời gian hoàn thành công trình: {n.small} tháng.
5. Cam kết: Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách nhiệm và bị xử lý theo quy định của pháp luật.
> {place_date}
^ Người làm đơn
^ {p1.sign}
"""),
    ("don_xin_xac_nhan", """
@national
# ĐƠN XIN XÁC NHẬN
= [[Về việc xác nhận hoàn cảnh gia đình|Về việc xác nhận nơi ở hiện tại|Về việc xác nhận nguồn gốc đất]]
Kính gửi: Ủy ban nhân dân {place.ward_full}
Tôi tên là: {p1.name}
Sinh ngày: {p1.birth_day}
Số CCCD: {p1.id}    Ngày cấp: {p1.id_issued_short}
Nơi cấp: {p1.id_place}
Hộ khẩu thường trú: {p1.address}
Tôi làm đơn này kính đề nghị Ủy ban nhân dân {place.ward_full} xác nhận cho tôi nội dung sau:
[[Gia đình tôi thuộc hộ nghèo của phường năm|Tôi đang sinh sống ổn định tại địa phương từ năm|Thửa đất gia đình tôi sử dụng ổn định, không tranh chấp từ năm]] {n.big}.
Tôi xin cam đoan những lời khai trên là đúng sự thật, nếu sai tôi xin hoàn toàn chịu trách nhiệm trước pháp luật.
Tôi xin chân thành cảm ơn!
> {place_date}
^ Người làm đơn
^ {p1.sign}
"""),
    ("don_yeu_cau_cong_chung", """
@national
# ĐƠN YÊU CẦU CÔNG CHỨNG
# HỢP ĐỒNG, GIAO DỊCH
Kính gửi: Văn phòng công chứng {place.district}
Họ và tên người nộp phiếu: {p1.name}
Địa chỉ liên hệ: {p1.address}
Số điện thoại: {phone}
Yêu cầu công chứng về: [[Hợp đồng chuyển nhượng quyền sử dụng đất|Hợp đồng mua bán nhà ở|Văn bản thỏa thuận phân chia di sản]]
Các giấy tờ nộp kèm theo đơn này gồm có:
1. Giấy chứng nhận quyền sử dụng đất số [[BA|CĐ|DA]] {n.big}{n.mid}
2. Căn cước công dân số {p1.id} và Giấy xác nhận tình trạng hôn nhân
3. Dự thảo hợp đồng
Thời gian nhận phiếu: {n.small} giờ, {other_date}
^ Người yêu cầu công chứng
^ (Ký và ghi rõ họ tên)
^ {p1.sign}
"""),
    ("don_tach_thua", """
@national
# ĐƠN ĐỀ NGHỊ TÁCH THỬA ĐẤT, HỢP THỬA ĐẤT
Kính gửi: [[Ủy ban nhân dân|Văn phòng đăng ký đất đai]] {place.district_full}
1. Người sử dụng đất:
1.1. Tên người sử dụng đất: {p1.title} {p1.NAME}
1.2. Địa chỉ: {p1.address}
1.3. Số CCCD/CMND: {p1.id}
2. Đề nghị tách, hợp thửa đất như sau:
2.1. Đề nghị tách thành {n.small} thửa đất đối với thửa đất dưới đây:
- Thửa đất số: {parcel}    - Tờ bản đồ số: {sheet}
- Địa chỉ thửa đất: {place.address}
- Số Giấy chứng nhận: [[BA|CĐ|DA]] {n.big}{n.mid}; Số vào sổ cấp GCN: CH {n.big}
2.2. Lý do tách, hợp thửa đất: [[Tặng cho con|Chuyển nhượng một phần thửa đất|Phân chia thừa kế]]
3. Giấy tờ nộp kèm theo đơn này gồm có:
- Giấy chứng nhận quyền sử dụng đất (bản gốc);
- Bản vẽ tách thửa do đơn vị đo đạc lập.
Tôi cam đoan nội dung kê khai trên đơn là đúng.
> {place_date}
^ Người viết đơn
^ {p1.sign}
"""),
    ("don_cap_doi_gcn", """
@national
# ĐƠN ĐỀ NGHỊ CẤP ĐỔI, CẤP LẠI GIẤY CHỨNG NHẬN
# QUYỀN SỬ DỤNG ĐẤT
Kính gửi: Chi nhánh Văn phòng đăng ký đất đai {place.district_full}
I. PHẦN KÊ KHAI CỦA NGƯỜI SỬ DỤNG ĐẤT
1. Người sử dụng đất:
Họ và tên: {p1.NAME}    Năm sinh: {p1.year}
Số CCCD: {p1.id}, ngày cấp: {p1.id_issued}
Địa chỉ thường trú: {p1.address}
2. Giấy chứng nhận đã cấp:
Số phát hành: [[AĐ|BA|BK]] {n.big}{n.mid}    Số vào sổ: H {n.big}
3. Lý do đề nghị cấp đổi, cấp lại Giấy chứng nhận: [[Giấy chứng nhận bị rách, hư hỏng|Bị mất Giấy chứng nhận|Đo đạc lại bản đồ địa chính]]
4. Thông tin thửa đất có thay đổi do đo đạc lại:
Thửa đất số {parcel}, tờ bản đồ số {sheet}, diện tích {area} m²
---
- {n.small} -
5. Giấy tờ liên quan nộp kèm theo đơn:
- Giấy chứng nhận đã cấp (bản gốc);
- Trích lục bản đồ địa chính;
- [[Giấy xác nhận của công an về việc mất giấy|Bản sao giấy tờ tùy thân]].
Tôi xin cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu trách nhiệm trước pháp luật.
> {place_date}
^ Người viết đơn
^ (Ký, ghi rõ họ tên)
^ {p1.sign}
"""),
]

TO_KHAI = [
    ("tk_khai_sinh", """
@national
# TỜ KHAI ĐĂNG KÝ KHAI SINH
Kính gửi: Ủy ban nhân dân {place.ward_full}, {place.district_full}
Họ, chữ đệm, tên người yêu cầu: {p1.NAME}
Nơi cư trú: {p1.address}
Giấy tờ tùy thân: CCCD số {p1.id}, cấp ngày {p1.id_issued_day}
Quan hệ với người được khai sinh: [[Cha|Mẹ]]
Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:
Họ, chữ đệm, tên: {p2.NAME}
Ngày, tháng, năm sinh: {p2.birth_short}    ghi bằng chữ: .....................
Giới tính: {p2.sex}    Dân tộc: Kinh    Quốc tịch: Việt Nam
Nơi sinh: Bệnh viện đa khoa {place.province}
Quê quán: {p2.hometown}
Họ, chữ đệm, tên người mẹ: {p3.name}
Năm sinh: {p3.year}    Dân tộc: Kinh    Quốc tịch: Việt Nam
Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.
> {place_date}
^ Người yêu cầu
^ {p1.sign}
"""),
    ("tk_ct01", """
= Mẫu CT01
@national
# TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ
Kính gửi: Công an {place.ward_full}
1. Họ, chữ đệm và tên: {p1.NAME}
2. Ngày, tháng, năm sinh: {p1.birth_short}    3. Giới tính: {p1.sex}
4. Số định danh cá nhân: {p1.id}
5. Số điện thoại liên hệ: {phone}    6. Email: không có
7. Họ, chữ đệm và tên chủ hộ: {p2.NAME}    8. Mối quan hệ với chủ hộ: [[Con|Vợ|Chồng]]
9. Số định danh cá nhân của chủ hộ: {p2.id}
10. Nội dung đề nghị: [[Đăng ký thường trú|Đăng ký tạm trú|Tách hộ|Điều chỉnh thông tin trong Cơ sở dữ liệu về cư trú]] tại {place.address}
11. Những thành viên trong hộ gia đình cùng thay đổi:
TT | Họ, chữ đệm và tên | Ngày sinh | Giới tính | Số định danh cá nhân | Quan hệ
1 | {p3.NAME} | {p3.birth_short} | {p3.sex} | {p3.id} | [[Con|Vợ|Chồng]]
> {place_date}
^ NGƯỜI KÊ KHAI
^ {p1.sign}
"""),
    ("tk_ket_hon", """
@national
# TỜ KHAI ĐĂNG KÝ KẾT HÔN
Kính gửi: Ủy ban nhân dân {place.ward_full}
Thông tin | Bên nữ | Bên nam
Họ, chữ đệm, tên: {p1.NAME} | {p2.NAME}
Ngày, tháng, năm sinh: {p1.birth_short} | {p2.birth_short}
Dân tộc: Kinh | Kinh    Quốc tịch: Việt Nam | Việt Nam
Nơi cư trú: {p1.address}
Nơi cư trú: {p2.address}
Giấy tờ tùy thân: CCCD số {p1.id} | CCCD số {p2.id}
Kết hôn lần thứ mấy: Lần thứ nhất | Lần thứ nhất
Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam.
Chúng tôi chịu trách nhiệm trước pháp luật về cam đoan của mình.
> {place_date}
^ Bên nữ    Bên nam
^ {p1.sign}    {p2.sign}
"""),
    ("tk_le_phi_truoc_ba", """
@national
# TỜ KHAI LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT
= Mẫu số 01/LPTB
[01] Kỳ tính thuế: Theo từng lần phát sinh
[02] Lần đầu: X    [03] Bổ sung lần thứ: ...
[04] Tên người nộp thuế: {p1.NAME}
[05] Mã số thuế: {tax}
[06] Địa chỉ: {p1.address}
[07] Số CCCD: {p1.id}
ĐẶC ĐIỂM NHÀ ĐẤT:
1. Đất:
1.1. Địa chỉ thửa đất: {place.address}
1.2. Thửa đất số: {parcel}    Tờ bản đồ số: {sheet}
1.3. Mục đích sử dụng đất: Đất ở đô thị
1.4. Diện tích đất chịu lệ phí trước bạ: {area} m²
1.5. Nguồn gốc nhà đất: [[Nhận chuyển nhượng|Nhận tặng cho|Nhận thừa kế]]
2. Giá trị nhà đất: {money[0]} đồng
Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước pháp luật về số liệu đã khai.
> {place_date}
^ NGƯỜI NỘP THUẾ
^ {p1.sign}
"""),
    ("tk_can_cuoc", """
= Mẫu CC01
@national
# TỜ KHAI CĂN CƯỚC CÔNG DÂN
1. Họ, chữ đệm và tên khai sinh: {p1.NAME}
2. Họ, chữ đệm và tên gọi khác: Không
3. Ngày, tháng, năm sinh: {p1.birth_short}    4. Giới tính: {p1.sex}
5. Số CMND đã được cấp: {p1.id}
6. Dân tộc: {p1.ethnicity}    7. Tôn giáo: Không    8. Quốc tịch: Việt Nam
9. Tình trạng hôn nhân: [[Đã kết hôn|Chưa kết hôn]]    10. Nhóm máu: [[O|A|B|AB]]
11. Nơi đăng ký khai sinh: {p1.hometown}
12. Quê quán: {p1.hometown}
13. Nơi thường trú: {p1.address}
14. Nghề nghiệp: {p1.job}
15. Họ, chữ đệm và tên cha: {p2.name}    Quốc tịch: Việt Nam
16. Họ, chữ đệm và tên mẹ: {p3.name}    Quốc tịch: Việt Nam
17. Yêu cầu của công dân: [[Cấp mới|Đổi|Cấp lại]]
Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật.
> {place_date}
^ NGƯỜI KHAI
^ {p1.sign}
"""),
    ("tk_thue_tncn", """
@national
# TỜ KHAI THUẾ THU NHẬP CÁ NHÂN
= (Áp dụng cho cá nhân có thu nhập từ chuyển nhượng bất động sản)
= Mẫu số: 03/BĐS-TNCN
[01] Kỳ tính thuế: Ngày {n.small} tháng {n.small} năm {year}
[04] Họ và tên người chuyển nhượng: {p1.NAME}
[05] Mã số thuế: {tax}
[06] Số CCCD: {p1.id}    [07] Ngày cấp: {p1.id_issued_short}
[08] Địa chỉ: {p1.address}
[09] Họ và tên người nhận chuyển nhượng: {p2.NAME}
[10] Số CCCD: {p2.id}
[11] Hợp đồng chuyển nhượng số: {n.big}, quyển số {n.small} ngày {other_date:short}
ĐẶC ĐIỂM BẤT ĐỘNG SẢN CHUYỂN NHƯỢNG
1. Đất: Thửa đất số {parcel}, tờ bản đồ số {sheet}, diện tích {area} m²
2. Giá trị chuyển nhượng: {money[0]} đồng
3. Thu nhập được miễn thuế: Không
Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước pháp luật về những số liệu đã khai.
> {place_date}
^ NGƯỜI NỘP THUẾ hoặc ĐẠI DIỆN HỢP PHÁP CỦA NGƯỜI NỘP THUẾ
^ {p1.sign}
"""),
]

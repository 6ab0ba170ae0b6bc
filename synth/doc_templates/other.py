"""Templates for papers of no listed kind (`khac`): receipts, notices, lists, pledges, letters.

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["KHAC"]

KHAC = [
    ("giay_bien_nhan", """
@authority ubnd_district
= Số: {docno:BNHS}
@national
# GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
= Mã hồ sơ: 000.00.{n.mid}.H{n.mid}-{n.big}-{n.big}
Bộ phận tiếp nhận và trả kết quả {place.district_full} tiếp nhận hồ sơ của:
Ông/Bà: {p1.name}
Địa chỉ: {p1.address}
Số điện thoại: {phone}
Nội dung yêu cầu giải quyết: [[Đăng ký biến động quyền sử dụng đất|Cấp giấy phép xây dựng|Đăng ký hộ kinh doanh]]
1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:
- Đơn đăng ký: 01 bản chính
- Giấy chứng nhận đã cấp: 01 bản chính
- Hợp đồng: 01 bản chính
2. Số lượng hồ sơ: 01 bộ
3. Thời gian giải quyết hồ sơ theo quy định là: {n.mid} ngày
4. Thời gian nhận hồ sơ: {n.small} giờ {n.mid} phút, {other_date}
5. Thời gian trả kết quả giải quyết hồ sơ: {n.small} giờ, {other_date}
^ NGƯỜI NỘP HỒ SƠ    NGƯỜI TIẾP NHẬN HỒ SƠ
^ {p1.sign}    {signer}
"""),
    ("thong_bao_thue", """
@authority tax
= Số: {docno:TB-CCT}
@national
> {place_date}
# THÔNG BÁO
= Nộp lệ phí trước bạ nhà, đất
Căn cứ hồ sơ và Phiếu chuyển thông tin số {n.big} của Văn phòng đăng ký đất đai,
Cơ quan thuế thông báo nộp lệ phí trước bạ như sau:
I. THÔNG TIN NGƯỜI NỘP
Tên người nộp: {p1.NAME}
Mã số thuế: {tax}
Địa chỉ: {p1.address}
II. ĐẶC ĐIỂM NHÀ, ĐẤT
Thửa đất số: {parcel}    Tờ bản đồ số: {sheet}    Diện tích: {area} m²
III. TÍNH LỆ PHÍ TRƯỚC BẠ
Giá trị nhà, đất tính lệ phí trước bạ: {money[0]} đồng
Số tiền lệ phí trước bạ phải nộp: {n.big}{n.big} đồng
Địa điểm nộp: Kho bạc Nhà nước {place.district_full}
^ KT. CHI CỤC TRƯỞNG
^ PHÓ CHI CỤC TRƯỞNG
^ {signer}
"""),
    ("ban_cam_ket", """
@national
# BẢN CAM KẾT
= [[Về việc không tranh chấp đất đai|Về việc tự chịu trách nhiệm về tài sản riêng|Về việc chấp hành quy định xây dựng]]
Kính gửi: Ủy ban nhân dân {place.ward_full}
Tôi tên là: {p1.name}
Sinh năm: {p1.year}
CCCD số: {p1.id}
Hộ khẩu thường trú: {p1.address}
Tôi xin cam kết:
1. [[Thửa đất của gia đình tôi không có tranh chấp với các hộ liền kề|Tài sản trên là tài sản riêng của tôi|Tôi sẽ xây dựng đúng giấy phép được cấp]].
2. Nếu có gì sai trái, tôi xin hoàn toàn chịu trách nhiệm trước pháp luật.
Bản cam kết này được lập thành 02 bản, có giá trị như nhau.
> {place_date}
^ Người cam kết
^ {p1.sign}
"""),
    ("danh_sach_thanh_vien", """
@national
# DANH SÁCH
= Các thành viên hộ gia đình có chung quyền sử dụng đất
Chủ hộ: {p1.NAME}
Địa chỉ: {p1.address}
STT | Họ và tên | Năm sinh | Số CCCD | Quan hệ với chủ hộ
1 | {p1.sign} | {p1.year} | {p1.id} | Chủ hộ
2 | {p2.NAME} | {p2.year} | {p2.id} | [[Vợ|Chồng]]
3 | {p3.NAME} | {p3.year} | {p3.id} | Con
Tổng số thành viên: 03 người.
Chúng tôi cam đoan danh sách trên là đúng sự thật.
> {place_date}
^ CHỦ HỘ
^ {p1.sign}
"""),
    ("phieu_kiem_soat", """
@authority ubnd_district
@national
# PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ
= Mã hồ sơ: 000.00.{n.mid}.H{n.mid}-{n.big}-{n.big}
Cơ quan chủ trì giải quyết: Chi nhánh Văn phòng đăng ký đất đai {place.district_full}
Tên người nộp hồ sơ: {p1.name}
TÊN CƠ QUAN | THỜI GIAN GIAO, NHẬN HỒ SƠ | KẾT QUẢ GIẢI QUYẾT HỒ SƠ | GHI CHÚ
1. Giao: Bộ phận tiếp nhận và trả kết quả | {n.small} giờ, {other_date:short} | Đúng hạn
2. Nhận: Văn phòng đăng ký đất đai | {n.small} giờ, {other_date:short} | Đúng hạn
3. Giao: Phòng Tài nguyên và Môi trường | {n.small} giờ, {other_date:short} | Trước hạn
4. Nhận: Bộ phận tiếp nhận và trả kết quả | {n.small} giờ, {other_date:short} | Đúng hạn
Người giao    Người nhận
{signer}    {p2.sign}
"""),
    ("so_yeu_ly_lich", """
# SƠ YẾU LÝ LỊCH
= (Tự thuật)
Họ và tên: {p1.NAME}    Giới tính: {p1.sex}
Sinh ngày: {p1.birth_day}
Nơi sinh: {p1.hometown}
Số CCCD: {p1.id}    Ngày cấp: {p1.id_issued_short}
Dân tộc: {p1.ethnicity}    Tôn giáo: Không
Hộ khẩu thường trú: {p1.address}
QUAN HỆ GIA ĐÌNH
Họ và tên cha: {p2.name}    Năm sinh: {p2.year}    Nghề nghiệp: {p2.job}
Họ và tên mẹ: {p3.name}    Năm sinh: {p3.year}    Nghề nghiệp: {p3.job}
QUÁ TRÌNH HỌC TẬP VÀ CÔNG TÁC
Từ năm {n.big} đến nay: {p1.job}
Tôi xin cam đoan những lời khai trên là đúng sự thật.
> {place_date}
^ Người khai
^ {p1.sign}
"""),
    ("giay_nop_tien", """
# GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC
= Mẫu số: C1-02/NS
= Số: {docno:GNT}
Người nộp thuế: {p1.NAME}
Mã số thuế: {tax}
Địa chỉ: {p1.address}
Đề nghị NH/KBNN: Kho bạc Nhà nước {place.district_full} trích tài khoản số 37{n.big}{n.big} hoặc thu tiền mặt để nộp NSNN theo:
Nội dung các khoản nộp NSNN: [[Lệ phí trước bạ nhà đất|Tiền sử dụng đất|Thuế thu nhập cá nhân từ chuyển nhượng bất động sản]]
Số tiền: {n.big}{n.big}.000 đồng
Tổng số tiền ghi bằng chữ: {money[1]}
KHO BẠC NHÀ NƯỚC ghi sổ ngày {other_date:short}
^ NGƯỜI NỘP TIỀN
^ {p1.sign}
"""),
]

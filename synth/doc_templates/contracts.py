"""Templates for agreements between people: contracts and powers of attorney.

Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["GIAY_UY_QUYEN", "HOP_DONG"]

HOP_DONG = [
    ("hd_chuyen_nhuong_dat", """
@authority notary
@national
# HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT
= Số: {docno:HĐCN}
Hôm nay, {other_date}, tại Văn phòng công chứng, chúng tôi gồm:
BÊN CHUYỂN NHƯỢNG (Bên A):
Ông/Bà: {p1.NAME}    Sinh năm: {p1.year}
CCCD số: {p1.id} do {p1.id_place} cấp ngày {p1.id_issued_day}
Địa chỉ thường trú: {p1.address}
BÊN NHẬN CHUYỂN NHƯỢNG (Bên B):
Ông/Bà: {p2.NAME}    Sinh năm: {p2.year}
CCCD số: {p2.id} do {p2.id_place} cấp ngày {p2.id_issued_day}
Địa chỉ thường trú: {p2.address}
Hai bên đồng ý thực hiện việc chuyển nhượng quyền sử dụng đất theo các thỏa thuận sau đây:
ĐIỀU 1. QUYỀN SỬ DỤNG ĐẤT CHUYỂN NHƯỢNG
Quyền sử dụng đất của Bên A đối với thửa đất theo Giấy chứng nhận số [[BA|CĐ|DA]] {n.big}{n.mid}, cụ thể:
- Thửa đất số: {parcel}    - Tờ bản đồ số: {sheet}
- Địa chỉ thửa đất: {place.address}
- Diện tích: {area} m²
---
- {n.small} -
ĐIỀU 2. GIÁ CHUYỂN NHƯỢNG VÀ PHƯƠNG THỨC THANH TOÁN
Giá chuyển nhượng quyền sử dụng đất nêu tại Điều 1 là: {money[0]} đồng (Bằng chữ: {money[1]}).
Phương thức thanh toán: [[Tiền mặt|Chuyển khoản]]. Việc thanh toán do hai bên tự thực hiện và chịu trách nhiệm.
ĐIỀU 3. VIỆC GIAO VÀ ĐĂNG KÝ QUYỀN SỬ DỤNG ĐẤT
Bên A có nghĩa vụ giao thửa đất và bản chính Giấy chứng nhận cho Bên B ngay sau khi ký hợp đồng này.
ĐIỀU 4. TRÁCH NHIỆM NỘP THUẾ, LỆ PHÍ
Thuế, lệ phí liên quan đến việc chuyển nhượng do Bên [[A|B]] chịu trách nhiệm nộp.
ĐIỀU 5. CAM ĐOAN CỦA CÁC BÊN
Các bên cam đoan những thông tin về nhân thân, về thửa đất ghi trong hợp đồng này là đúng sự thật; việc giao kết hợp đồng là hoàn toàn tự nguyện, không bị lừa dối, ép buộc.
ĐIỀU 6. ĐIỀU KHOẢN CUỐI CÙNG
Hai bên đã đọc lại hợp đồng, hiểu rõ và đồng ý toàn bộ nội dung, ký tên dưới đây.
^ BÊN A    BÊN B
^ {p1.sign}    {p2.sign}
"""),
    ("hd_mua_ban_nha", """
@national
# HỢP ĐỒNG MUA BÁN NHÀ Ở
= Số: {docno:HĐMB}
Căn cứ Bộ luật Dân sự năm 2015; Căn cứ Luật Nhà ở năm 2014;
Hôm nay, {other_date}, tại {place.address}, chúng tôi gồm có:
BÊN BÁN NHÀ Ở (sau đây gọi tắt là Bên bán):
Họ và tên: {p1.NAME}
Số CCCD: {p1.id}, cấp ngày {p1.id_issued_short}, nơi cấp: {p1.id_place}
Địa chỉ liên hệ: {p1.address}
BÊN MUA NHÀ Ở (sau đây gọi tắt là Bên mua):
Họ và tên: {p2.NAME}
Số CCCD: {p2.id}, cấp ngày {p2.id_issued_short}, nơi cấp: {p2.id_place}
Địa chỉ liên hệ: {p2.address}
Hai bên thống nhất ký kết hợp đồng mua bán nhà ở với các nội dung sau:
Điều 1. Đặc điểm của nhà ở mua bán
1. Loại nhà ở: nhà ở riêng lẻ    2. Địa chỉ: {place.address}
3. Tổng diện tích sàn xây dựng: {area} m²
4. Nhà ở xây dựng trên thửa đất số {parcel}, tờ bản đồ số {sheet}
---
Điều 2. Giá bán nhà ở và phương thức thanh toán
Giá bán nhà ở là {money[0]} đồng (Bằng chữ: {money[1]}).
Điều 3. Thời hạn giao nhận nhà ở: trong vòng {n.mid} ngày kể từ ngày ký hợp đồng.
Điều 4. Quyền và nghĩa vụ của Bên bán
Bên bán có nghĩa vụ giao nhà ở kèm theo hồ sơ về nhà ở cho Bên mua theo đúng thỏa thuận.
Điều 5. Quyền và nghĩa vụ của Bên mua
Bên mua có nghĩa vụ thanh toán đủ tiền mua nhà ở theo thỏa thuận.
Điều 6. Giải quyết tranh chấp
Trường hợp các bên có tranh chấp thì cùng thương lượng giải quyết; nếu không thương lượng được thì đưa ra Tòa án giải quyết.
Hợp đồng này được lập thành {n.small} bản có giá trị pháp lý như nhau.
^ BÊN BÁN    BÊN MUA
^ {p1.sign}    {p2.sign}
"""),
    ("hd_thue_nha", """
@national
# HỢP ĐỒNG THUÊ NHÀ
= Số: {docno:HĐTN}
Hôm nay, {other_date}, tại {place.address}, chúng tôi gồm:
BÊN CHO THUÊ (Bên A): {p1.title} {p1.NAME}
Sinh ngày: {p1.birth_day}    CCCD số: {p1.id}
Thường trú: {p1.address}
BÊN THUÊ (Bên B): {p2.title} {p2.NAME}
Sinh ngày: {p2.birth_day}    CCCD số: {p2.id}
Thường trú: {p2.address}
Hai bên thỏa thuận ký hợp đồng thuê nhà với các điều khoản sau:
Điều 1. Bên A đồng ý cho Bên B thuê nhà tại địa chỉ {place.address} để [[ở|kinh doanh|làm văn phòng]].
Điều 2. Thời hạn thuê là {n.mid} tháng, từ ngày {other_date:short} đến ngày {other_date:short}.
Điều 3. Giá thuê nhà là {money[0]} đồng/tháng. Tiền thuê được trả vào ngày {n.small} hằng tháng.
Điều 4. Bên B đặt cọc cho Bên A số tiền tương đương {n.small} tháng tiền thuê nhà.
Điều 5. Bên B có trách nhiệm sử dụng nhà đúng mục đích, giữ gìn nhà và trả tiền điện, nước theo thực tế sử dụng.
Điều 6. Hợp đồng được lập thành 02 bản, mỗi bên giữ 01 bản có giá trị như nhau.
^ BÊN CHO THUÊ    BÊN THUÊ
^ {p1.sign}    {p2.sign}
"""),
    ("hd_tang_cho", """
@authority notary
@national
# HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT
= Số: {docno:HĐTC}
Tại Văn phòng công chứng, chúng tôi gồm có:
Bên tặng cho (Bên A):
Họ và tên: {p1.NAME}, sinh ngày {p1.birth_day}
Căn cước công dân số: {p1.id} cấp ngày {p1.id_issued_day}
Bên được tặng cho (Bên B):
Họ và tên: {p2.NAME}, sinh ngày {p2.birth_day}
Căn cước công dân số: {p2.id} cấp ngày {p2.id_issued_day}
Quan hệ giữa hai bên: [[cha và con|mẹ và con|ông và cháu]]
Điều 1. Bên A tặng cho Bên B toàn bộ quyền sử dụng thửa đất số {parcel}, tờ bản đồ số {sheet}, diện tích {area} m², tại {place.address}.
---
Điều 2. Việc tặng cho không kèm theo điều kiện.
Điều 3. Bên B có nghĩa vụ đăng ký biến động tại cơ quan có thẩm quyền.
Điều 4. Các bên cam đoan việc giao kết hợp đồng là hoàn toàn tự nguyện.
LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN
Công chứng viên chứng nhận: hợp đồng được giao kết giữa các bên có năng lực hành vi dân sự, mục đích và nội dung không vi phạm pháp luật.
Số công chứng: {n.big}, quyển số {n.small}/{year} TP/CC-SCC/HĐGD.
^ CÔNG CHỨNG VIÊN
^ {signer}
"""),
    ("hd_dat_coc", """
@national
# HỢP ĐỒNG ĐẶT CỌC
= (V/v: chuyển nhượng quyền sử dụng đất)
Hôm nay, {other_date}, chúng tôi gồm:
BÊN ĐẶT CỌC (Bên A): {p1.NAME}
CCCD số: {p1.id}    Ngày cấp: {p1.id_issued_short}
Địa chỉ: {p1.address}
BÊN NHẬN ĐẶT CỌC (Bên B): {p2.NAME}
CCCD số: {p2.id}    Ngày cấp: {p2.id_issued_short}
Địa chỉ: {p2.address}
Hai bên cùng thỏa thuận ký kết hợp đồng đặt cọc với các nội dung sau:
Điều 1. Tài sản đặt cọc: Bên A đặt cọc cho Bên B số tiền {money[0]} đồng (Bằng chữ: {money[1]}).
Điều 2. Mục đích đặt cọc: bảo đảm việc giao kết hợp đồng chuyển nhượng thửa đất số {parcel}, tờ bản đồ số {sheet}, tại {place.address}.
Điều 3. Thời hạn đặt cọc là {n.mid} ngày kể từ ngày ký hợp đồng này.
Điều 4. Nếu Bên A từ chối giao kết hợp đồng thì mất tiền đặt cọc; nếu Bên B từ chối thì phải trả lại tiền đặt cọc và một khoản tiền tương đương.
Điều 5. Hai bên cam kết thực hiện đúng các điều khoản đã thỏa thuận.
^ BÊN ĐẶT CỌC    BÊN NHẬN ĐẶT CỌC
^ {p1.sign}    {p2.sign}
"""),
    ("hd_thue_mat_bang", """
@national
# HỢP ĐỒNG THUÊ MẶT BẰNG KINH DOANH
= Số: {docno:HĐTMB}
Căn cứ Bộ luật Dân sự số 91/2015/QH13;
Căn cứ nhu cầu và khả năng của các bên,
BÊN CHO THUÊ: {p1.NAME}
CCCD: {p1.id}
BÊN THUÊ: {company}
Mã số thuế: {tax}
Đại diện: {p2.title} {p2.name}    Chức vụ: Giám đốc
ĐIỀU 1. ĐỐI TƯỢNG HỢP ĐỒNG
Bên cho thuê đồng ý cho Bên thuê thuê mặt bằng tại {place.address}, diện tích {area} m².
ĐIỀU 2. THỜI HẠN THUÊ: {n.mid} tháng, bắt đầu từ ngày {other_date:short}.
ĐIỀU 3. GIÁ THUÊ: {money[0]} đồng/tháng, chưa bao gồm thuế giá trị gia tăng.
ĐIỀU 4. PHƯƠNG THỨC THANH TOÁN: chuyển khoản, thanh toán 03 tháng một lần.
ĐIỀU 5. QUYỀN VÀ NGHĨA VỤ CỦA CÁC BÊN
Bên thuê sử dụng mặt bằng đúng mục đích kinh doanh, không được cho thuê lại khi chưa có sự đồng ý của Bên cho thuê.
^ BÊN CHO THUÊ    BÊN THUÊ
^ {p1.sign}    {p2.sign}
"""),
]

GIAY_UY_QUYEN = [
    ("guq_ca_nhan", """
@national
# GIẤY ỦY QUYỀN
= (Dành cho cá nhân)
Căn cứ Bộ luật Dân sự năm 2015,
Hôm nay, {other_date}, tại {place.address}, chúng tôi gồm có:
I. BÊN ỦY QUYỀN
Họ và tên: {p1.NAME}
Ngày sinh: {p1.birth}
Số CCCD: {p1.id}    Ngày cấp: {p1.id_issued_short}    Nơi cấp: {p1.id_place}
Địa chỉ thường trú: {p1.address}
II. BÊN NHẬN ỦY QUYỀN
Họ và tên: {p2.NAME}
Ngày sinh: {p2.birth}
Số CCCD: {p2.id}    Ngày cấp: {p2.id_issued_short}    Nơi cấp: {p2.id_place}
Địa chỉ thường trú: {p2.address}
III. NỘI DUNG ỦY QUYỀN
Bên nhận ủy quyền được thay mặt bên ủy quyền [[nộp hồ sơ và nhận kết quả|làm thủ tục đăng ký biến động đất đai|làm thủ tục cấp giấy chứng nhận]] tại cơ quan có thẩm quyền.
IV. THỜI HẠN ỦY QUYỀN: Kể từ ngày ký đến khi hoàn thành công việc được ủy quyền.
V. CAM KẾT: Hai bên cam kết chịu trách nhiệm trước pháp luật về mọi thông tin ủy quyền ở trên.
^ BÊN ỦY QUYỀN    BÊN NHẬN ỦY QUYỀN
^ {p1.sign}    {p2.sign}
"""),
    ("hd_uy_quyen_cong_chung", """
@authority notary
@national
# HỢP ĐỒNG ỦY QUYỀN
= Số: {docno:HĐUQ}
Tại Văn phòng công chứng, chúng tôi gồm có:
BÊN ỦY QUYỀN (Bên A): {p1.title} {p1.NAME}, sinh năm {p1.year}
Căn cước công dân số {p1.id} cấp ngày {p1.id_issued_day}
BÊN ĐƯỢC ỦY QUYỀN (Bên B): {p2.title} {p2.NAME}, sinh năm {p2.year}
Căn cước công dân số {p2.id} cấp ngày {p2.id_issued_day}
Điều 1. Phạm vi ủy quyền
Bên B được quyền thay mặt Bên A quản lý, sử dụng, làm thủ tục [[chuyển nhượng|thế chấp|cho thuê]] thửa đất số {parcel}, tờ bản đồ số {sheet}, tại {place.address}.
Điều 2. Thời hạn ủy quyền là {n.mid} năm kể từ ngày hợp đồng này được công chứng.
Điều 3. Thù lao: Việc ủy quyền không có thù lao.
---
Điều 4. Quyền và nghĩa vụ của Bên A
Bên A chịu trách nhiệm về các công việc do Bên B thực hiện trong phạm vi ủy quyền.
Điều 5. Quyền và nghĩa vụ của Bên B
Bên B thực hiện công việc theo ủy quyền và báo cho Bên A về việc thực hiện công việc đó.
LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN
Công chứng viên chứng nhận hợp đồng ủy quyền được giao kết giữa các bên theo đúng quy định.
Số công chứng {n.big}, quyển số {n.small}/{year}.
^ CÔNG CHỨNG VIÊN
^ {signer}
"""),
    ("guq_doanh_nghiep", """
@authority company
= Số: {docno:GUQ}
@national
> {place_date}
# GIẤY ỦY QUYỀN
Người ủy quyền: {p1.NAME}    Chức vụ: Giám đốc
Mã số doanh nghiệp: {tax}
Người được ủy quyền: {p2.NAME}
Số CCCD: {p2.id}    Ngày cấp: {p2.id_issued_short}
Chức vụ: Nhân viên
Nội dung ủy quyền: Thay mặt công ty [[nộp hồ sơ đăng ký thay đổi nội dung đăng ký doanh nghiệp|nhận kết quả giải quyết thủ tục hành chính|ký các văn bản giao dịch với cơ quan thuế]].
Thời hạn ủy quyền: từ ngày ký đến ngày {other_date:short}.
Người được ủy quyền không được ủy quyền lại cho người khác.
^ NGƯỜI ĐƯỢC ỦY QUYỀN    NGƯỜI ỦY QUYỀN
^ {p2.sign}    {p1.sign}
"""),
    ("guq_nhan_ket_qua", """
@national
# GIẤY ỦY QUYỀN
= (V/v nộp hồ sơ và nhận kết quả thủ tục hành chính)
Kính gửi: Bộ phận tiếp nhận và trả kết quả {place.district_full}
Tôi tên là: {p1.name}, sinh ngày {p1.birth_day}
CCCD số: {p1.id} cấp ngày {p1.id_issued_day}
Thường trú tại: {p1.address}
Nay tôi ủy quyền cho:
Ông/Bà: {p2.name}, sinh ngày {p2.birth_day}
CCCD số: {p2.id}
Được thay mặt tôi nộp hồ sơ, bổ sung hồ sơ và nhận kết quả [[cấp Giấy chứng nhận quyền sử dụng đất|đăng ký hộ kinh doanh|chứng thực]] theo phiếu hẹn số {n.big}.
Tôi xin chịu hoàn toàn trách nhiệm về việc ủy quyền này.
> {place_date}
^ Người ủy quyền
^ {p1.sign}
"""),
    ("hd_uy_quyen_ca_nhan", """
@national
> {place_date}
# HỢP ĐỒNG ỦY QUYỀN
= (V/v [[quản lý, sử dụng nhà đất|nộp hồ sơ cấp Giấy chứng nhận|nhận tiền bồi thường, hỗ trợ]])
Căn cứ Bộ luật Dân sự năm 2015 và nhu cầu của các bên,
BÊN ỦY QUYỀN: {p1.title} {p1.NAME}
Sinh ngày: {p1.birth_day}    CCCD số: {p1.id}
Địa chỉ: {p1.address}
BÊN ĐƯỢC ỦY QUYỀN: {p2.title} {p2.NAME}
Sinh ngày: {p2.birth_day}    CCCD số: {p2.id}
Địa chỉ: {p2.address}
Điều 1. Nội dung ủy quyền: Bên được ủy quyền thay mặt Bên ủy quyền liên hệ với cơ quan nhà nước có thẩm quyền để thực hiện công việc đối với thửa đất số {parcel}, tờ bản đồ số {sheet}.
Điều 2. Thời hạn ủy quyền: {n.small} năm kể từ ngày ký.
Điều 3. Bên được ủy quyền không được ủy quyền lại cho người thứ ba.
Điều 4. Hai bên cam kết chịu trách nhiệm trước pháp luật về nội dung ủy quyền.
^ BÊN ỦY QUYỀN    BÊN ĐƯỢC ỦY QUYỀN
^ {p1.sign}    {p2.sign}
"""),
    ("van_ban_uy_quyen", """
@national
# VĂN BẢN ỦY QUYỀN
Bên ủy quyền: {p1.title} {p1.NAME}
CCCD/CMND: {p1.id}
Nơi cư trú: {p1.address}
Bên nhận ủy quyền: {p2.title} {p2.NAME}
CCCD/CMND: {p2.id}
Nơi cư trú: {p2.address}
Phạm vi ủy quyền: Bên nhận ủy quyền được thay mặt bên ủy quyền [[đại diện tham gia tố tụng|nhận tiền bồi thường, hỗ trợ khi Nhà nước thu hồi đất|làm thủ tục khai nhận di sản thừa kế]].
Thời hạn ủy quyền: {n.small} năm.
Bên nhận ủy quyền cam kết thực hiện đúng phạm vi được ủy quyền.
Xác nhận chữ ký của người ủy quyền: Ủy ban nhân dân {place.ward_full} chứng thực chữ ký.
> {place_date}
^ BÊN ỦY QUYỀN    BÊN NHẬN ỦY QUYỀN
^ {p1.sign}    {p2.sign}
"""),
]

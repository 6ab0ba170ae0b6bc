"""Templates for land and property papers: certificates, contracts, powers of attorney, plans.

Markup: see `synth.documents`.
"""

from __future__ import annotations

__all__ = ["BAN_VE", "GIAY_CHUNG_NHAN_QSDD", "GIAY_UY_QUYEN", "HOP_DONG"]

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

"""Templates for the legal and administrative documents of Nghị định 30/2020 that are not
decisions: resolutions (nghị quyết), circulars (thông tư) and official letters (công văn).

They come from bodies the other templates never use (the Government, ministries, people's
councils), so that a classifier trained on them learns the title and the document's
structure rather than one issuer's wording. Markup: see `hoso.synth.documents`.
"""

from __future__ import annotations

__all__ = ["CONG_VAN", "NGHI_QUYET", "THONG_TU"]

NGHI_QUYET = [
    ("nq_chinh_phu", """
= CHÍNH PHỦ
= Số: {docno:NQ-CP}
@national
> {place_date}
# NGHỊ QUYẾT
= [[Về việc ban hành Chương trình hành động thực hiện chiến lược phát triển|Phiên họp Chính phủ thường kỳ|Về cắt giảm, đơn giản hóa thủ tục hành chính]]
# CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 138/2016/NĐ-CP ngày 01 tháng 10 năm 2016 của Chính phủ ban hành Quy chế làm việc của Chính phủ;
Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng Chính phủ tại phiên họp,
# QUYẾT NGHỊ:
Điều 1. [[Ban hành kèm theo Nghị quyết này Chương trình hành động|Thông qua phương án đơn giản hóa thủ tục hành chính|Giao các bộ, cơ quan ngang bộ tổ chức thực hiện]] của Chính phủ.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này./.
Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, TH.
^ TM. CHÍNH PHỦ
^ THỦ TƯỚNG
^ {signer}
"""),
    ("nq_hdnd_tinh", """
= HỘI ĐỒNG NHÂN DÂN
= {place.PROVINCE}
= Số: {docno:NQ-HĐND}
@national
> {place_date}
# NGHỊ QUYẾT
= [[Quy định mức thu phí, lệ phí trên địa bàn tỉnh|Về kế hoạch đầu tư công trung hạn|Thông qua danh mục công trình, dự án thu hồi đất]]
# HỘI ĐỒNG NHÂN DÂN {place.PROVINCE}
= KHÓA [[X|XI|XII]], KỲ HỌP THỨ {n.small}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Xét Tờ trình số {n.big}/TTr-UBND của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp.
# QUYẾT NGHỊ:
Điều 1. Thông qua [[danh mục các công trình, dự án|mức thu phí, lệ phí|kế hoạch đầu tư]] kèm theo Nghị quyết này.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân {place.province_full} thông qua tại kỳ họp và có hiệu lực từ ngày ký./.
^ CHỦ TỊCH
^ {signer}
"""),
    ("nq_hdnd_xa", """
= HỘI ĐỒNG NHÂN DÂN
= {place.WARD}
@national
= Số: {docno:NQ-HĐND}
> {place_date}
# NGHỊ QUYẾT
= Về [[phát triển kinh tế - xã hội năm {year}|dự toán ngân sách xã năm {year}|kết quả giám sát việc giải quyết đơn thư]]
Hội đồng nhân dân {place.ward_full} khóa [[XX|XXI]], kỳ họp thứ {n.small}.
Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
Sau khi xem xét báo cáo của Ủy ban nhân dân xã và ý kiến của đại biểu,
# QUYẾT NGHỊ:
Điều 1. Nhất trí thông qua [[báo cáo|kế hoạch|dự toán]] của Ủy ban nhân dân {place.ward_full}.
Điều 2. Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết này./.
^ CHỦ TỊCH
^ {signer}
"""),
    ("nq_hdnd_huyen", """
= HỘI ĐỒNG NHÂN DÂN
= {place.DISTRICT}
= Số: {docno:NQ-HĐND}
@national
> {place_date}
# NGHỊ QUYẾT
= Phê chuẩn [[kế hoạch sử dụng đất năm {year}|quyết toán ngân sách năm {year}|danh mục dự án đầu tư công]]
# HỘI ĐỒNG NHÂN DÂN {place.DISTRICT}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét Tờ trình số {n.big}/TTr-UBND của Ủy ban nhân dân huyện và ý kiến thảo luận của đại biểu,
# QUYẾT NGHỊ:
Điều 1. Phê chuẩn nội dung kèm theo Nghị quyết này.
Điều 2. Giao Ủy ban nhân dân {place.district_full} tổ chức thực hiện; Thường trực Hội đồng nhân dân giám sát việc thực hiện Nghị quyết./.
^ CHỦ TỊCH
^ {signer}
"""),
    ("nq_dai_hoi_co_dong", """
= {company}
= Số: {docno:NQ-ĐHĐCĐ}
@national
> {place_date}
# NGHỊ QUYẾT
# ĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN NĂM {year}
Căn cứ Luật Doanh nghiệp năm 2020 và Điều lệ Công ty;
Căn cứ Biên bản họp Đại hội đồng cổ đông thường niên năm {year},
# QUYẾT NGHỊ:
Điều 1. Thông qua báo cáo tài chính năm {year} đã được kiểm toán.
Điều 2. Thông qua phương án phân phối lợi nhuận và chi trả cổ tức.
Điều 3. Nghị quyết có hiệu lực kể từ ngày ký; Hội đồng quản trị, Ban Giám đốc chịu trách nhiệm thi hành./.
^ TM. ĐẠI HỘI ĐỒNG CỔ ĐÔNG
^ CHỦ TỌA
^ {p1.sign}
"""),
]

THONG_TU = [
    ("tt_bo_tai_chinh", """
= BỘ TÀI CHÍNH
= Số: {docno:TT-BTC}
@national
> Hà Nội, {date_long}
# THÔNG TƯ
= Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng [[lệ phí trước bạ|phí thẩm định hồ sơ|lệ phí cấp giấy chứng nhận]]
Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;
Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phí và lệ phí;
Theo đề nghị của Vụ trưởng Vụ Chính sách thuế,
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định mức thu, chế độ thu, nộp và quản lý.
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
Thông tư này quy định mức thu, chế độ thu, nộp, quản lý và sử dụng đối với tổ chức, cá nhân.
Điều 2. Mức thu
Mức thu được quy định tại Biểu mức thu ban hành kèm theo Thông tư này.
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày {other_date:short}./.
^ KT. BỘ TRƯỞNG
^ THỨ TRƯỞNG
^ {signer}
"""),
    ("tt_bo_tnmt", """
= BỘ TÀI NGUYÊN VÀ
= MÔI TRƯỜNG
= Số: {docno:TT-BTNMT}
@national
> Hà Nội, {date_long}
# THÔNG TƯ
= Quy định về [[hồ sơ địa chính|bản đồ địa chính|thống kê, kiểm kê đất đai]]
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Nghị định số 36/2017/NĐ-CP ngày 04 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường;
Theo đề nghị của Tổng Cục trưởng Tổng cục Quản lý đất đai và Vụ trưởng Vụ Pháp chế,
Bộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư quy định về {n.big} nội dung.
# Chương I
# QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về việc lập, chỉnh lý, cập nhật, lưu trữ và quản lý hồ sơ.
Điều 2. Đối tượng áp dụng
Cơ quan quản lý nhà nước về đất đai, cơ quan chuyên môn và người sử dụng đất.
^ BỘ TRƯỞNG
^ {signer}
"""),
    ("tt_bo_cong_an", """
= BỘ CÔNG AN
@national
= Số: {docno:TT-BCA}
> Hà Nội, {date_long}
# THÔNG TƯ
= [[Quy định chi tiết một số điều của Luật Cư trú|Quy định về căn cước công dân|Hướng dẫn đăng ký, quản lý cư trú]]
Căn cứ Luật [[Cư trú|Căn cước công dân]] ngày 13 tháng 11 năm 2020;
Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 8 năm 2018 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;
Theo đề nghị của Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội;
Bộ trưởng Bộ Công an ban hành Thông tư.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định chi tiết về hồ sơ, thủ tục và biểu mẫu.
Điều 2. Trách nhiệm thi hành
Các Tổng cục trưởng, Thủ trưởng đơn vị trực thuộc Bộ, Giám đốc Công an tỉnh, thành phố chịu trách nhiệm thi hành Thông tư này./.
^ BỘ TRƯỞNG
^ {signer}
"""),
    ("tt_bo_tu_phap", """
= BỘ TƯ PHÁP
= Số: {docno:TT-BTP}
@national
> Hà Nội, {date_long}
# THÔNG TƯ
= Quy định chi tiết một số điều của [[Luật Hộ tịch|Luật Công chứng|Luật Chứng thực]]
Căn cứ Luật [[Hộ tịch|Công chứng]] ngày 20 tháng 11 năm 2014;
Căn cứ Nghị định số 98/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;
Theo đề nghị của Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực,
Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định chi tiết.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định chi tiết về mẫu sổ, biểu mẫu và việc quản lý, sử dụng.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày {other_date:short}./.
^ KT. BỘ TRƯỞNG
^ THỨ TRƯỞNG
^ {signer}
"""),
    ("tt_lien_tich", """
= BỘ NỘI VỤ - BỘ TÀI CHÍNH
@national
= Số: {docno:TTLT-BNV-BTC}
> Hà Nội, {date_long}
# THÔNG TƯ LIÊN TỊCH
= Hướng dẫn [[chế độ phụ cấp|quản lý biên chế|thực hiện chính sách tinh giản]] đối với cán bộ, công chức cấp xã
Căn cứ Nghị định số 34/2017/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;
Căn cứ Nghị định số 87/2017/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;
Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch.
Điều 1. Đối tượng áp dụng
Cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã.
Điều 2. Tổ chức thực hiện
Thông tư liên tịch này có hiệu lực thi hành sau 45 ngày kể từ ngày ký./.
^ KT. BỘ TRƯỞNG BỘ TÀI CHÍNH    KT. BỘ TRƯỞNG BỘ NỘI VỤ
^ {signer}    {p2.sign}
"""),
]

# The first two were `khac` templates before công văn became a type of its own.
CONG_VAN = [
    ("cong_van", """
@authority ubnd_ward
= Số: {docno:UBND-ĐC}
= V/v [[xác minh nguồn gốc sử dụng đất|cung cấp thông tin hồ sơ địa chính|trả lời đơn kiến nghị]]
@national
> {place_date}
Kính gửi: [[Phòng Tài nguyên và Môi trường|Văn phòng đăng ký đất đai|Công an]] {place.district_full}
Ủy ban nhân dân {place.ward_full} nhận được Văn bản số {n.big}/TNMT ngày {other_date:short} đề nghị xác minh thông tin đối với thửa đất số {parcel}, tờ bản đồ số {sheet}, do ông/bà {p1.name} đang sử dụng.
Sau khi kiểm tra hồ sơ lưu trữ, Ủy ban nhân dân {place.ward_full} có ý kiến như sau:
1. Thửa đất được sử dụng ổn định từ năm {n.big}, không có tranh chấp.
2. Đề nghị cơ quan chuyên môn xem xét, giải quyết theo quy định.
Ủy ban nhân dân {place.ward_full} trân trọng báo cáo./.
Nơi nhận:
- Như trên;
- Lưu: VT.
^ TM. ỦY BAN NHÂN DÂN
^ CHỦ TỊCH
^ {signer}
"""),
    ("cong_van_so", """
@authority district_land
= Số: {docno:TNMT}
= V/v [[trả lời đơn của công dân|hướng dẫn hoàn thiện hồ sơ|đề nghị cung cấp thông tin]]
@national
> {place_date}
Kính gửi: {p1.title} {p1.name}
Địa chỉ: {p1.address}
Phòng Tài nguyên và Môi trường {place.district_full} nhận được đơn đề ngày {other_date:short} của {p1.title} {p1.name} về việc [[đề nghị cấp Giấy chứng nhận|khiếu nại việc đo đạc|xin xác nhận nguồn gốc đất]] đối với thửa đất số {parcel}, tờ bản đồ số {sheet}.
Sau khi xem xét, Phòng Tài nguyên và Môi trường có ý kiến như sau:
1. Hồ sơ của {p1.title} chưa đủ thành phần theo quy định, đề nghị bổ sung trích đo địa chính thửa đất.
2. Sau khi bổ sung, đề nghị {p1.title} nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả để được giải quyết.
Phòng Tài nguyên và Môi trường trả lời để {p1.title} được biết và thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
^ TRƯỞNG PHÒNG
^ {signer}
"""),
    ("cv_van_phong_chinh_phu", """
= VĂN PHÒNG CHÍNH PHỦ
= Số: {docno:VPCP-KSTT}
= V/v [[triển khai Cổng Dịch vụ công quốc gia|số hóa hồ sơ, kết quả giải quyết thủ tục hành chính|thực hiện thủ tục hành chính trên môi trường điện tử]]
@national
> Hà Nội, {date_long}
Kính gửi:
- Các bộ, cơ quan ngang bộ;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.
Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Văn phòng Chính phủ đề nghị các bộ, cơ quan, địa phương:
1. Rà soát, [[đẩy mạnh việc số hóa|hoàn thành việc cung cấp|tổ chức thực hiện]] theo đúng tiến độ đã đề ra.
2. Báo cáo kết quả thực hiện về Văn phòng Chính phủ trước ngày {other_date:short}.
Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.
Nơi nhận:
- Như trên;
- Thủ tướng, các Phó Thủ tướng;
- Lưu: VT, KSTT.
^ KT. BỘ TRƯỞNG, CHỦ NHIỆM
^ PHÓ CHỦ NHIỆM
^ {signer}
"""),
    ("cv_so_tnmt", """
@authority land
= Số: {docno:STNMT-VP}
= V/v [[hướng dẫn thủ tục đăng ký biến động đất đai|giải quyết hồ sơ tồn đọng|thực hiện liên thông thủ tục hành chính]]
@national
> {place_date}
Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Tài nguyên và Môi trường đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các cơ quan chuyên môn thực hiện một số nội dung sau:
1. Rà soát hồ sơ đang giải quyết, bảo đảm trả kết quả đúng hạn.
2. Báo cáo khó khăn, vướng mắc về Sở trước ngày {other_date:short}.
Sở Tài nguyên và Môi trường đề nghị các đơn vị quan tâm, phối hợp thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
^ KT. GIÁM ĐỐC
^ PHÓ GIÁM ĐỐC
^ {signer}
"""),
    ("cv_cong_an", """
@authority police
= Số: {docno:CAP-QLHC}
= V/v xác minh thông tin cư trú
@national
> {place_date}
Kính gửi: Công an {place.ward_full}
Công an {place.district_full} nhận được đề nghị của {p1.title} {p1.name}, số định danh cá nhân {p1.id}, về việc xác nhận thông tin cư trú.
Đề nghị Công an {place.ward_full} xác minh nơi cư trú của công dân nêu trên và trả lời bằng văn bản trước ngày {other_date:short}.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: HS, VT.
^ TRƯỞNG CÔNG AN
^ {signer}
"""),
]

"""Document templates per label, in the markup `hoso.synth.documents` fills in.

Each label has several templates of different wording and structure, so that a classifier can
be evaluated on templates it never saw in training.
"""

from __future__ import annotations

from hoso.synth.doc_templates.civil import CAN_CUOC, GIAY_KHAI_SINH
from hoso.synth.doc_templates.confirmations import XAC_NHAN_CU_TRU, XAC_NHAN_HON_NHAN
from hoso.synth.doc_templates.contracts import GIAY_UY_QUYEN, HOP_DONG
from hoso.synth.doc_templates.directives import CONG_VAN, NGHI_QUYET, THONG_TU
from hoso.synth.doc_templates.forms import DON_DE_NGHI, TO_KHAI
from hoso.synth.doc_templates.land import BAN_VE, GIAY_CHUNG_NHAN_QSDD
from hoso.synth.doc_templates.official import BIEN_BAN, DANG_KY_KINH_DOANH, QUYET_DINH
from hoso.synth.doc_templates.other import KHAC

__all__ = ["TEMPLATES"]

# label -> ((template id, template text), ...)
TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "don_de_nghi": DON_DE_NGHI,
    "to_khai": TO_KHAI,
    "can_cuoc": CAN_CUOC,
    "giay_khai_sinh": GIAY_KHAI_SINH,
    "xac_nhan_hon_nhan": XAC_NHAN_HON_NHAN,
    "xac_nhan_cu_tru": XAC_NHAN_CU_TRU,
    "giay_chung_nhan_qsdd": GIAY_CHUNG_NHAN_QSDD,
    "dang_ky_kinh_doanh": DANG_KY_KINH_DOANH,
    "hop_dong": HOP_DONG,
    "giay_uy_quyen": GIAY_UY_QUYEN,
    "quyet_dinh": QUYET_DINH,
    "nghi_quyet": NGHI_QUYET,
    "thong_tu": THONG_TU,
    "cong_van": CONG_VAN,
    "bien_ban": BIEN_BAN,
    "ban_ve": BAN_VE,
    "khac": KHAC,
}

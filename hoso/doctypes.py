"""The kinds of paper a dossier holds: the one registry of document types.

The generator's templates (`hoso.synth.doc_templates`) are keyed by these codes, the
classifier is trained on them, the catalog and search index store them, and the web pages,
API and CLI show their names. Adding a type means adding it here, writing its templates and
retraining (`hoso train`); tests/test_doctypes.py checks that all of them agree.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CODES", "DOC_TYPES", "OTHER", "DocType", "doc_type_name", "is_doc_type"]


@dataclass(frozen=True)
class DocType:
    """One kind of paper.

    code: the stable label stored in the catalog and index and predicted by the classifier
        (ASCII snake_case of its Vietnamese name).
    name: what a Vietnamese officer knows the paper by, with the usual variants, as the web
        pages, API and CLI show it.
    """

    code: str
    name: str


OTHER = "khac"

# In the order the pages list them (and the classifier reports them).
DOC_TYPES: tuple[DocType, ...] = (
    DocType("don_de_nghi", "Đơn đề nghị, đơn xin, đơn yêu cầu"),
    DocType("to_khai", "Tờ khai"),
    DocType("can_cuoc", "Căn cước, CCCD, CMND (bản sao)"),
    DocType("giay_khai_sinh", "Giấy khai sinh, trích lục khai sinh"),
    DocType("xac_nhan_hon_nhan", "Giấy xác nhận tình trạng hôn nhân"),
    DocType("xac_nhan_cu_tru", "Xác nhận thông tin về cư trú"),
    DocType("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở"),
    DocType("dang_ky_kinh_doanh", "Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh"),
    DocType("hop_dong", "Hợp đồng (mua bán, chuyển nhượng, thuê...)"),
    DocType("giay_uy_quyen", "Giấy ủy quyền, hợp đồng ủy quyền"),
    DocType("quyet_dinh", "Quyết định"),
    DocType("nghi_quyet", "Nghị quyết"),
    DocType("thong_tu", "Thông tư"),
    DocType("cong_van", "Công văn"),
    DocType("bien_ban", "Biên bản"),
    DocType("ban_ve", "Bản vẽ, sơ đồ, trích đo"),
    DocType(OTHER, "Giấy tờ khác"),
)

CODES: tuple[str, ...] = tuple(t.code for t in DOC_TYPES)
_NAMES = {t.code: t.name for t in DOC_TYPES}


def is_doc_type(code: str) -> bool:
    return code in _NAMES


def doc_type_name(code: str) -> str:
    """The Vietnamese name of a document type; the code itself when it is not registered
    (a type stored by an older version), so that nothing shown is ever blank."""
    return _NAMES.get(code, code)

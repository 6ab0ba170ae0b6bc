"""The kinds of paper a dossier holds: stable label names and their Vietnamese display names."""

from __future__ import annotations

__all__ = ["DISPLAY_NAMES", "LABELS", "OTHER", "display_name"]

OTHER = "khac"

# label -> the name a Vietnamese officer knows the paper by (shown in the UI).
DISPLAY_NAMES: dict[str, str] = {
    "don_de_nghi": "Đơn đề nghị, đơn xin, đơn yêu cầu",
    "to_khai": "Tờ khai",
    "can_cuoc": "Căn cước, CCCD, CMND (bản sao)",
    "giay_khai_sinh": "Giấy khai sinh, trích lục khai sinh",
    "xac_nhan_hon_nhan": "Giấy xác nhận tình trạng hôn nhân",
    "xac_nhan_cu_tru": "Xác nhận thông tin về cư trú",
    "giay_chung_nhan_qsdd": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
    "dang_ky_kinh_doanh": "Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh",
    "hop_dong": "Hợp đồng (mua bán, chuyển nhượng, thuê...)",
    "giay_uy_quyen": "Giấy ủy quyền, hợp đồng ủy quyền",
    "quyet_dinh": "Quyết định",
    "bien_ban": "Biên bản",
    "ban_ve": "Bản vẽ, sơ đồ, trích đo",
    OTHER: "Giấy tờ khác",
}

LABELS: tuple[str, ...] = tuple(DISPLAY_NAMES)


def display_name(label: str) -> str:
    """The Vietnamese name of `label`; the label itself when unknown."""
    return DISPLAY_NAMES.get(label, label)

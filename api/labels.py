"""What people read instead of codes: document types, page states, warnings, roles, in Vietnamese.

Document types' names come from their registry, `hoso.doctypes`.
"""

from __future__ import annotations

from collections.abc import Sequence

from hoso.doctypes import DOC_TYPES, doc_type_name
from hoso.page_warnings import PageWarning, WarningKind
from hoso.records import FieldChange, PageState

__all__ = [
    "DOSSIER_CODE_RULE",
    "DOSSIER_FIELDS",
    "EVENT_NAMES",
    "FACET_NAMES",
    "INTEGRITY_KINDS",
    "ROLE_NAMES",
    "doc_type_name",
    "doc_types",
    "mismatch_text",
    "review_text",
    "state_name",
    "warning_json",
    "warning_text",
]

_FIELDS = {
    "id_number": "Số định danh", "name": "Họ tên", "birth_date": "Ngày sinh",
    "id_issue_date": "Ngày cấp giấy tờ tuỳ thân", "issue_date": "Ngày ban hành",
    "doc_number": "Số, ký hiệu", "authority": "Cơ quan ban hành", "tax_code": "Mã số thuế",
    "land_parcel": "Thửa đất số", "map_sheet": "Tờ bản đồ số",
}

DOSSIER_FIELDS = {"procedure": "Mã thủ tục", "desk": "Nơi tiếp nhận",
                  "applicant_name": "Họ tên người nộp", "applicant_id": "Số CCCD / CMND",
                  "received_at": "Thời điểm tiếp nhận"}
ROLE_NAMES = {"operator": "Cán bộ tiếp nhận", "officer": "Cán bộ xử lý",
              "auditor": "Kiểm tra viên", "admin": "Quản trị"}
FACET_NAMES = {"doc_type": "Loại giấy tờ", "procedure": "Thủ tục", "desk": "Nơi tiếp nhận",
               "month": "Tháng tiếp nhận"}
_STATES = {PageState.QUEUED: "Đang xử lý", PageState.DONE: "Đã số hoá",
           PageState.FAILED: "Lỗi"}
EVENT_NAMES = {
    "dossier_created": "Tạo hồ sơ", "dossier_updated": "Sửa thông tin hồ sơ", "file_stored": "Nhận tệp", "file_rejected": "Từ chối tệp",
    "page_failed": "Trang lỗi", "pages_requeued": "Xử lý lại", "file_assembled": "Số hoá xong tệp", "assembly_failed": "Lỗi tách giấy tờ",
    "type_corrected": "Sửa loại giấy tờ", "dossier_exported": "Xuất hồ sơ",
    "integrity_checked": "Kiểm tra toàn vẹn", "read_page_image": "Xem ảnh trang",
    "read_page_text": "Đọc văn bản trang", "read_page_pdf": "Xem PDF trang",
    "read_document_pdf": "Xem PDF giấy tờ", "read_document_text": "Đọc văn bản giấy tờ",
    "read_original": "Tải bản gốc", "dossier_viewed": "Xem hồ sơ",
    "history_viewed": "Xem lịch sử",
    "integrity_failed": "Phát hiện tệp bị thay đổi — không phục vụ",
    # the rescan loop and officers' work (wt-desk)
    "page_replaced": "Thay trang bằng bản quét lại", "page_discarded": "Bỏ trang quét nhầm",
    "page_checked": "Giữ nguyên trang đã kiểm tra", "pages_reordered": "Đổi thứ tự trang",
    "field_corrected": "Sửa thông tin giấy tờ", "note_added": "Ghi chú",
    "document_viewed": "Xem giấy tờ", "dossier_downloaded": "Tải hồ sơ (ZIP)",
}
# What an integrity check looked at (api/integrity.py's item kinds).
INTEGRITY_KINDS = {
    "original": "Bản gốc", "page_ocr": "Kết quả nhận dạng trang", "page_text": "Văn bản trang",
    "page_pdf": "PDF trang", "page_hocr": "hOCR trang", "document_pdf": "PDF giấy tờ",
    "document_text": "Văn bản giấy tờ", "history": "Chuỗi băm lịch sử",
    "access_log": "Chuỗi băm nhật ký truy cập", "checkpoint": "Điểm kiểm soát trong kho",
    "signature": "Chữ ký số",
}

# hoso.ids.DOSSIER_CODE_RULE, as the intake desk reads it.
DOSSIER_CODE_RULE = ("Mã hồ sơ gồm 1–64 ký tự: chữ cái không dấu, chữ số, dấu chấm (.), gạch ngang"
                     " (-), gạch dưới (_); không bắt đầu bằng dấu chấm hay gạch ngang"
                     " (ví dụ 000.00.19.H12-241202-0001).")

# Filled in with the warning's parameters (see PageWarning).
_WARNINGS: dict[WarningKind, str] = {
    WarningKind.BLANK: "Trang trắng — kiểm tra có quét nhầm mặt sau không",
    WarningKind.LOW_RESOLUTION: "Độ phân giải thấp ({dpi} dpi) — quét lại từ {min_dpi} dpi trở lên",
    WarningKind.BLURRED: "Ảnh mờ, nét chữ không rõ — quét lại hoặc chỉnh nét",
    WarningKind.LOW_CONFIDENCE: "Nhận dạng chữ kém (điểm {confidence:.0f}) — cần kiểm tra",
}
_REVIEW = "Cần kiểm tra (điểm {confidence:.0f})"


def mismatch_text(code: str, differences: Sequence[FieldChange]) -> str:
    """Why a dossier was not created again: it exists, with other particulars (named)."""
    said = "; ".join(f"{DOSSIER_FIELDS.get(d.name, d.name)}: đã có “{d.before or '(trống)'}”, "
                     f"vừa nhập “{d.after}”" for d in differences)
    return (f"Hồ sơ {code} đã có, với thông tin khác — {said}. Hồ sơ không bị thay đổi; "
            "để thêm giấy tờ, hãy mở hồ sơ trong danh sách, còn sửa thông tin thì cần "
            "quản trị viên.")


def doc_types() -> dict[str, str]:
    """Every document type code and its Vietnamese name, in the registry's order."""
    return {t.code: t.name for t in DOC_TYPES}


def field_name(name: str) -> str:
    """`name_2` is the second person's name: Họ tên (2)."""
    base, _, number = name.rpartition("_")
    if number.isdigit() and base in _FIELDS:
        return f"{_FIELDS[base]} ({number})"
    return _FIELDS.get(name, name)


def state_name(state: PageState | str) -> str:
    return _STATES.get(PageState(state), str(state))


def warning_text(warning: PageWarning) -> str:
    """A page warning from the OCR stage, in Vietnamese."""
    return _WARNINGS[warning.kind].format(**warning.to_json())


def warning_json(warning: PageWarning) -> dict[str, object]:
    """A warning for scripts and the API: its machine form and its Vietnamese message."""
    return {**warning.to_json(), "message": warning_text(warning)}


def review_text(confidence: float) -> str:
    """Why a page with no warning still goes to review."""
    return _REVIEW.format(confidence=confidence)

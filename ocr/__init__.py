"""The OCR stage: a page's pixels in, its text, word boxes and searchable PDF out.

    rasterise_page  ocr.rasterise   a page of a PDF, TIFF, JPEG or PNG as pixels
    read_page       ocr.read        preprocess (ocr.preprocess, ocr.pose), tesseract, score
    merge_pdfs      ocr.pdf         a document's searchable PDF from its pages
"""

from hoso.ocr.pdf import merge_pdfs
from hoso.ocr.rasterise import rasterise_page
from hoso.ocr.read import read_page
from hoso.ocr.settings import OcrSettings

__all__ = ["OcrSettings", "merge_pdfs", "rasterise_page", "read_page"]

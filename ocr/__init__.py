"""The OCR stage: a page's pixels in, its text, word boxes and searchable PDF out.

    rasterise_page  ocr.rasterise   a page of a PDF (pdf2image), TIFF, JPEG or PNG as pixels
    read_page       ocr.read        preprocess (ocr.preprocess, ocr.pose), OCR engine, score
    open_engine     ocr.engine      the OCR engine a setting names (ocr.tesseract's by default)
    merge_pdfs      ocr.pdf         a document's searchable PDF from its pages
"""

from hoso.ocr.engine import OcrEngine, open_engine
from hoso.ocr.pdf import merge_pdfs
from hoso.ocr.rasterise import rasterise_page
from hoso.ocr.read import read_page
from hoso.ocr.settings import OcrSettings

__all__ = ["OcrEngine", "OcrSettings", "merge_pdfs", "open_engine", "rasterise_page",
           "read_page"]

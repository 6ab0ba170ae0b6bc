"""Generated test data: Vietnamese administrative pages as they reach an intake desk.

    synth.render    render_page(lines, seed=...) -> RenderedPage (A4 image + ground truth)
    synth.marks     the red round seal and the blue signature drawn over a page
    synth.degrade   degrade / degrade_random: turned, skewed, coarse, noisy, grey, JPEG
    synth.fonts     fonts with every Vietnamese glyph (Tinos, Noto Serif, Arimo, Noto Sans)
    synth.corpus    Vietnamese administrative sentences and page layouts
    synth.testset   labelled test pages by kind of degradation (bench/ocr_accuracy.py)
    synth.office    realistic office scans: Nghị định 30 layout, received stamps, handwritten
                    numbers, 1-bit G4 PDFs, photocopies, phone photos, with exact truth
    synth.documents document templates by type (classify)
    synth.samples   sample dossiers

Nothing is imported here, so `import synth.documents` does not pay for OpenCV and fonts.
"""

__all__: list[str] = []

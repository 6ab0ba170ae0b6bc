"""The bundled sample dossiers, shipped as package data (`hoso demo` reads them).

Made by `python -m hoso.synth.samples`; each folder is one dossier with its dossier.json.
"""

"""Digital signatures on PDFs (pyHanko): the converting body signs each document PDF
(`signer.py`, keys from `keys.py` or the edge's settings), and signatures are checked
(`checks.py`): ours by `hoso verify` and the audit page, incoming PDFs' at assembly
(`incoming.py`). `stage.py` is what the pipeline calls.

Importing this package imports nothing heavy: `settings.py` is read by hoso.settings.
"""

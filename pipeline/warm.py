"""Imported once by the forkserver that starts file workers: load and exercise what every file needs.

Children forked from it start with the pipeline imported and its first-use work done (council
matcher built, dateparser's language data loaded, pdfminer and pypdfium2 initialised by a run
over a tiny PDF), so a file's worker costs milliseconds to start, not a cold start per file.
"""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

from pipeline.process import process_file

_CONTENT = b"BT /F1 12 Tf 72 712 Td (Cabinet 1 May 2020 Progress up to 30 September 2013) Tj ET"
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
    b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
    b"/Resources<</Font<</F1 5 0 R>>>>>> endobj\n"
    b"4 0 obj <</Length " + str(len(_CONTENT)).encode() + b">> stream\n" + _CONTENT + b"\nendstream endobj\n"
    b"5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)
TINY_TEXT = (
    "EAST HERTS COUNCIL\nEXECUTIVE - 4 JUNE 2013\n\n"
    "Theme\tArea for Improvement\tAction\tCompletion Date\tLead Officer(s)\tProgress up to 30 September 2013\n"
    "<b>Finance</b>\tSavings\t1. Review budgets\tAutumn 2013\tActing Head of HR and CMT\t<b>On target.</b> Revised from"
    " September 2013 to November 2013.\n"
)


def warm() -> None:
    with tempfile.TemporaryDirectory(prefix="committee-papers-warm-") as tmp:
        for name, data in (("warm.pdf", TINY_PDF), ("warm.txt", TINY_TEXT.encode())):
            path = Path(tmp) / name
            path.write_bytes(data)
            process_file(path, name)


warm()
# Move everything loaded so far out of the collector's reach: a forked child's collections would
# otherwise touch (and so copy, page by page) the whole inherited heap on every file.
gc.collect()
gc.freeze()

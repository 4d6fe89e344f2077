"""Small PDFs the tests make with reportlab: ruled action plans, colours, page breaks, hostile files."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STYLE = getSampleStyleSheet()
LANDSCAPE_A4 = landscape(A4)


def plan_pdf(
    path: Path,
    header: list[str],
    rows: list[list[str]],
    *,
    fills: dict | None = None,
    repeat_header: bool = True,
    title: str = "Improvement Plan",
    page_size=LANDSCAPE_A4,
    footer: bool = True,
    font_size: int = 9,
    lines: str = "grid",
) -> Path:
    """An action-plan table (cells as Paragraphs, so <b> makes bold), long enough to break pages.

    `lines`: "grid" rules every cell, "rules" draws only a rule under each row, "zebra" no rules at
    all but alternate row fills: the three ways report generators print tables."""
    body = STYLE["BodyText"].clone("cell", fontSize=font_size, leading=font_size + 2)
    data = [[Paragraph(h, body) for h in header]] + [[Paragraph(c, body) for c in r] for r in rows]
    table = Table(data, repeatRows=1 if repeat_header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if lines == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif lines == "rules":
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    else:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                  ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")])]  # fmt: skip
    for (col, row), colour in (fills or {}).items():
        style.append(("BACKGROUND", (col, row), (col, row), colour))
    table.setStyle(TableStyle(style))

    def on_page(c, d):
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(40, 20, f"Page {d.page} of 9")
            c.drawString(40, page_size[1] - 20, "Essential Reference Paper 'C'")

    doc = SimpleDocTemplate(str(path), pagesize=page_size, topMargin=40, bottomMargin=40)
    doc.build(
        [Paragraph(title, STYLE["Heading1"]), Spacer(1, 6), table], onFirstPage=on_page, onLaterPages=on_page
    )
    return path


def text_pdf(path: Path, lines: list[str], encrypt=None) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    y = 800
    for line in lines:
        c.drawString(50, y, line)
        y -= 16
    c.showPage()
    c.save()
    return path


def shapes_only_pdf(path: Path) -> Path:
    """A page with no text layer, as a scanned page has."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return path

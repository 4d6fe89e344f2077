"""A made-up paper that uses every feature of the spec format, to check the renderer by eye."""

_LONG = (
    "The service will review its procedures with the team, agree the changes with the portfolio holder "
    "and report the outcome to the next meeting of the committee."
)

PAPER = {
    "stem": "b0_01_example",
    "council": "Example District Council",
    "producers": [
        "docx", "pdf-word", "text", "pdf-calc", "pdf-chromium",
        "pdf-reportlab-grid", "pdf-reportlab-rules", "pdf-reportlab-zebra",
    ],
    "page": {"orientation": "landscape", "font_size": 9},
    "header": "Example District Council - Audit Committee",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "heading", "text": "Audit Committee", "level": 1},
        {"kind": "para", "text": "Thursday, 12 March 2020", "bold": True, "align": "left"},
        {"kind": "heading", "text": "Internal Audit Recommendations Tracker", "level": 2},
        {"kind": "para", "text": "This report sets out progress against the agreed audit actions. " * 4},
        {"kind": "list", "items": ["Note the progress made", "Agree the revised dates"], "numbered": True},
        {"kind": "list", "items": ["Complete actions are removed next time"], "numbered": False},
        {"kind": "page_break"},
        {
            "kind": "table",
            "columns": ["Ref", "Recommendation", "Management response", "Responsible officer", "Target date",
                        "Status", "RAG"],
            "widths": [6, 28, 30, 14, 10, 10, 5],
            "header_rows": [
                [{"text": "Audit", "colspan": 2}, None, {"text": "Response", "colspan": 3}, None, None,
                 {"text": "Progress", "colspan": 2}, None],
            ],
            "repeat_header": True,
            "rows": [
                {"banner": "Theme 1: Housing"},
                ["1.1", "Review the void repair contract.", _LONG, "Head of Housing", "March 2020", "Complete",
                 {"text": "G", "fill": "00B050"}],
                ["1.2", "Update the tenancy policy\nand publish it.", "\u2022 draft policy\n\u2022 consult tenants",
                 "", "Q3 2019/20", "In progress", {"text": "A", "fill": "FFC000"}],
                ["1.3", {"text": "Agree a single plan for both estates.", "rowspan": 2}, "Plan drafted.",
                 "Head of Housing", "June 2020", {"text": "Overdue", "bold": True}, {"text": "R", "fill": "FF0000"}],
                ["1.4", None, "Second estate to follow.", "Head of Housing", "July 2020", "Not started", ""],
                {"banner": "Theme 2: Finance", "fill": "D9D9D9"},
                ["2.1", {"text": "Reconcile the bank accounts monthly.", "italic": True},
                 {"text": "Merged response across two columns.", "colspan": 2}, None, "Monthly", "Ongoing",
                 {"text": "G", "fill": "00B050"}],
            ]
            + [[f"2.{i}", f"Recommendation number {i}. " + _LONG, _LONG + " " + _LONG, "Director of Finance",
                f"{i} April 2020", "In progress", {"text": "A", "fill": "FFC000"}] for i in range(2, 9)]
            + [
                {"page_break": True},
                {"banner": "Theme 3: Governance"},
                ["3.1", "Refresh the constitution.", "Draft to council.", "Monitoring Officer", "May 2020",
                 "Complete", {"text": "G", "fill": "00B050"}],
                ["", "Key: G = on track, A = at risk, R = off track", "", "", "", "", ""],
            ],
            "notes": ["Status as at 1 March 2020.", "RAG = red, amber, green."],
        },
        {"kind": "heading", "text": "Appendix: Older Actions", "level": 2},
        {
            "kind": "table",
            "columns": ["No.", "Action", "Lead", "Due"],
            "widths": [1, 6, 2, 2],
            "repeat_header": False,
            "rows": [
                ["A1", "Close the old action log.", "Chief Executive", "2019/20"],
                ["A2", "Archive the papers.", "Democratic Services Manager", "Done"],
            ],
        },
        {"kind": "para", "text": "End of report.", "align": "right"},
    ],
}

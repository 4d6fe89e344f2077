"""Isle of Anglesey County Council: Annual Delivery Document 2023/24 (the yearly delivery plan for the Council Plan's
well-being objectives), Quarter 2 progress report to the Corporate Scrutiny Committee (2023).

Source: Anglesey's agenda item "Annual Delivery Document 2023/24" (democracy.anglesey.gov.uk/mgAi.aspx?ID=15319),
the issue "Annual Delivery Document 2020/21 (Improvement Plan)" (ieIssueDetails.aspx?IId=13751) and a 2013 report
to Full Council, found with the pages search. Visible there: reports of the Head of Profession (HR) and
Transformation presented by the Portfolio Member for Corporate Business and Customer Experience; the Council Plan's
strategic objectives with work streams listed under each for the year; questions on monitoring arrangements and the
Well-being of Future Generations (Wales) Act 2015; the Programme, Business Planning and Performance Manager; the
front-sheet layout of an Anglesey report as a two-column table (Report to / Date "10.10.13" / Subject / Portfolio
Holder(s) / Lead Officer(s) / Contact Officer) and "A - Introduction / Background / Issues", "B - Considerations".
Modelled: a Quarter 2 progress appendix as a performance system prints it: one table, a filled banner row for each
of the six strategic objectives, columns Ref / Work stream / Accountable Officer / Timescale / Quarter 2 update /
Status, status words in coloured cells and a key under the table. The meeting date and all wording are our own;
names are invented.

Decisions for the gold:
- doc_kind covering_report; body Corporate Scrutiny Committee; meeting_date 2023-11-21 from "Date: 21.11.23";
  report_title the Subject line. The front-sheet table is not a plan (no actions).
- theme is the objective banner, as printed ("Strategic Objective 1 - The Welsh Language"); every objective is a
  community outcome -> theme_category local_priorities_and_outcomes.
- progress_as_of 2023-09-30 from "Position at 30 September 2023". Due dates equal to that date (SC1, SC3) are not
  earlier than it, so is_overdue false.
- Status: On target -> on_track (green); Slight slippage -> at_risk (amber); Off target -> off_track (red);
  Complete -> completed (blue); Not due to start -> not_started, its grey fill is not a RAG colour so rag null.
- Dates: "Q4 2023/24" -> 2024-03-31 quarter; "2024/25", "2025/26" financial_year; "Summer 2023" -> 2023-08-31 and
  "Spring 2024" -> 2024-05-31 season; "31/03/2024" day; "Ongoing" -> recurrence ongoing.
- Leads: "A & B" split where B is a post.
"""

GREEN, AMBER, RED, BLUE, GREY = "00B050", "FFC000", "FF0000", "5B9BD5", "BFBFBF"
FILL = {"On target": GREEN, "Slight slippage": AMBER, "Off target": RED, "Complete": BLUE, "Not due to start": GREY}


def st(word):
    return {"text": word, "fill": FILL[word]}


HT = "Head of Profession (HR) and Transformation"
RED_ = "Head of Regulation and Economic Development"
DSS = "Director of Social Services"
DED = "Director of Education, Skills and Young People"
HHS = "Head of Housing Services"
HWP = "Head of Highways, Waste and Property"

OBJECTIVES = [
    ("Strategic Objective 1 \u2013 The Welsh Language", [
        ("WL1", "Deliver this year's actions in the Welsh Language Promotion Strategy 2021-26 with the Welsh "
                "Language Forum.", HT, "March 2024",
         "The Forum met in July and September. Community events held in Holyhead and Amlwch.", "On target"),
        ("WL2", "Increase the number of staff able to work through the medium of Welsh by offering lessons at every "
                "level.", HT, "Ongoing", "86 staff on courses this term, up from 61 at the same point last year.",
         "On target"),
    ]),
    ("Strategic Objective 2 \u2013 Economy", [
        ("EC1", "Work with partners on the Freeport full business case and its governance.", RED_, "Q4 2023/24",
         "Outline business case approved. The full business case will be submitted in January.", "On target"),
        ("EC2", "Deliver the Holyhead Levelling Up Fund regeneration projects.", RED_, "2024/25",
         "Two of the five projects are on site. Works at the market hall are behind because of contractor delays.",
         "Slight slippage"),
        ("EC3", "Agree a new Destination Management Plan for the island.", "Destination Manager", "December 2023",
         "Consultation closed in August; the draft plan goes to the Executive in December.", "On target"),
    ]),
    ("Strategic Objective 3 \u2013 Social Care and Well-being", [
        ("SC1", "Open two new small group homes on the island for children looked after.", DSS, "September 2023",
         "The first home opened in June. The second is held up by planning and is now expected in February 2024.",
         "Off target"),
        ("SC2", "Develop a new extra care housing scheme in the south of the island.", DSS + " & " + HHS, "2025/26",
         "Site secured and design team appointed.", "On target"),
        ("SC3", "Reduce the number of people waiting for a domiciliary care package.", "Head of Adult Services",
         "Q2 2023/24", "The waiting list is down from 54 to 31 people. The recruitment campaign continues.",
         "Slight slippage"),
    ]),
    ("Strategic Objective 4 \u2013 Education", [
        ("ED1", "Put the new Additional Learning Needs system in place in all primary and secondary schools.", DED,
         "July 2024", "All primary schools now work to the new system; training for secondary schools is under way.",
         "On target"),
        ("ED2", "Finish building the new primary school in Llangefni.", DED, "Summer 2023",
         "Building handed over in August and opened to pupils in September.", "Complete"),
        ("ED3", "Review the school transport policy.", DED, "Spring 2024",
         "Work is planned to begin in January 2024.", "Not due to start"),
    ]),
    ("Strategic Objective 5 \u2013 Housing", [
        ("HO1", "Bring 50 empty homes back into use during the year.", HHS, "March 2024",
         "27 empty homes brought back into use by the end of September.", "On target"),
        ("HO2", "Build 60 new council homes.", HHS, "31/03/2024",
         "44 homes finished. The last 16, on two sites, are behind after a contractor went into administration.",
         "Off target"),
        ("HO3", "Agree a local lettings policy for communities with high numbers of holiday homes.",
         HHS + " & " + RED_, "October 2023", "Policy agreed by the Executive on 26 September.", "Complete"),
    ]),
    ("Strategic Objective 6 \u2013 Climate Change", [
        ("CC1", "Replace council fleet vehicles with electric vehicles when they are due for renewal.", HWP,
         "Ongoing", "Nine vans replaced this year; charging points installed at the Gaerwen depot.", "On target"),
        ("CC2", "Install solar panels on five more council buildings.", HWP, "Q3 2023/24",
         "Panels fitted at two buildings; surveys of the other three completed.", "On target"),
    ]),
]


def _rows():
    out = []
    for title, rows in OBJECTIVES:
        out.append({"banner": title, "fill": "DDEBF7"})
        for ref, what, who, when, upd, word in rows:
            out.append([ref, what, who, when, upd, st(word)])
    return out


PAPER = {
    "stem": "b6_04_anglesey_annual_delivery_document_q2",
    "council": "Isle of Anglesey County Council",
    "source": {
        "council": "Isle of Anglesey County Council",
        "kind": "well-being objectives delivery plan (Annual Delivery Document) quarterly progress",
        "year": 2023,
        "title": "Annual Delivery Document 2023/24 (Corporate Scrutiny Committee); Anglesey report front sheet",
        "url": "https://democracy.anglesey.gov.uk/mgAi.aspx?ID=15319&LLL=0",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 8.5, "margin_cm": 1.8},
    "header": "Cyngor Sir Ynys M\u00f4n \u2013 Isle of Anglesey County Council",
    "footer": "ADD 2023/24 Q2          Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "ISLE OF ANGLESEY COUNTY COUNCIL", "bold": True, "align": "center"},
        {"kind": "table",
         "columns": ["Report to:", "Corporate Scrutiny Committee"],
         "widths": [25, 75],
         "repeat_header": False,
         "rows": [
             ["Date:", "21.11.23"],
             ["Subject:", "Annual Delivery Document 2023/24 \u2013 Quarter 2 Progress Report"],
             ["Portfolio Holder(s):", "Councillor Dafydd Roberts, Portfolio Member for Corporate Business and "
                                      "Customer Experience"],
             ["Head of Service / Director:", HT],
             ["Report Author:", "Si\u00e2n Pritchard, Programme, Business Planning and Performance Manager"],
             ["Local Members:", "Not applicable"],
         ]},
        {"kind": "para", "text": "A \u2013 Recommendation/s and reason/s", "bold": True},
        {"kind": "para", "text": "1.1 The Committee is asked to scrutinise the progress made in the first half of "
                                 "2023/24 on the work streams in the Annual Delivery Document, and to recommend any "
                                 "areas for closer attention to the Executive."},
        {"kind": "para", "text": "1.2 The Annual Delivery Document sets out the work the Council will do this year "
                                 "towards the six strategic objectives of the Council Plan 2023-2028, which are also "
                                 "the Council's well-being objectives under the Well-being of Future Generations "
                                 "(Wales) Act 2015."},
        {"kind": "para", "text": "B \u2013 Considerations", "bold": True},
        {"kind": "para", "text": "2.1 Of the 16 work streams reported, nine are on target, two have slight slippage, "
                                 "two are off target, two are complete and one is not due to start until later in "
                                 "the year."},
        {"kind": "para", "text": "2.2 The two work streams off target are the second children's group home (SC1) and "
                                 "the council house building programme (HO2). The reasons and the steps being taken "
                                 "are set out in the Appendix."},
        {"kind": "para", "text": "C \u2013 Appendices", "bold": True},
        {"kind": "para", "text": "Appendix A \u2013 Annual Delivery Document 2023/24: position at 30 September 2023"},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A \u2013 Annual Delivery Document 2023/24", "level": 2},
        {"kind": "para", "text": "Position at 30 September 2023", "bold": True},
        {"kind": "table",
         "columns": ["Ref", "Work stream", "Accountable Officer", "Timescale", "Quarter 2 update", "Status"],
         "widths": [5, 30, 19, 10, 28, 9],
         "repeat_header": True,
         "rows": _rows(),
         "notes": ["Status key: On target (green); Slight slippage (amber); Off target (red); Complete (blue); "
                   "Not due to start (grey)."]},
    ],
}

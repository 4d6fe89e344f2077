"""Tewkesbury BC, Council Plan performance tracker Q2 2020/21: priority headings, objective banners, status symbols."""

_COLS = ["Actions", "Target date", "Responsible officer", "Progress to date", "Status"]
_W = [28, 10, 16, 36, 7]
_HFAM = "Head of Finance and Asset Management"
_HCS = "Head of Corporate Services"
_HDS = "Head of Development Services"


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows}


def _status(symbol):
    return {"text": symbol, "bold": True}


PAPER = {
    "stem": "b2_09_tewkesbury_council_plan_tracker",
    "council": "Tewkesbury Borough Council",
    "source": {"council": "Tewkesbury Borough Council", "kind": "corporate plan performance tracker (quarterly)",
               "year": 2021,
               "title": "Council Plan Performance Tracker and COVID-19 Recovery Tracker - Quarter Two 2020/21, Overview and Scrutiny Committee 12 January 2021 (agenda item 7, Appendix 1)",
               "url": "https://docslib.org/doc/792878/public-pack-agenda-document-for-overview-and-scrutiny-12-01-2021-16-30"},
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9},
    "header": "Council Plan Performance Tracker 2020/21 \u2013 Quarter Two",
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "Appendix 1", "bold": True, "align": "right"},
        {"kind": "heading", "text": "TEWKESBURY BOROUGH COUNCIL", "level": 1},
        {"kind": "heading", "text": "COUNCIL PLAN PERFORMANCE TRACKER 2020/21 \u2013 QUARTER TWO", "level": 1},
        {"kind": "para", "text": "Overview and Scrutiny Committee \u2013 12 January 2021"},
        {"kind": "para", "text": "Key to action status", "bold": True},
        {"kind": "table", "columns": ["Symbol", "Meaning"], "widths": [10, 90], "repeat_header": False, "rows": [
            ["\u2713", "Action complete"],
            ["\u263a", "Action progressing well"],
            ["\u2639", "Action progressing but with some slippage; it may not be completed by the target date"],
            ["\u2717", "Action will not be completed by the target date or has stopped"],
        ]},
        {"kind": "heading", "text": "PRIORITY: FINANCE AND RESOURCES", "level": 2},
        _table([
            {"banner": "Objective 1 \u2013 Develop a commercial approach to generate income and achieve savings"},
            ["a) Deliver the commercial property investment strategy with a net return above 4%", "March 2021", _HFAM,
             "The portfolio continues to let well and one vacant unit was let in August. The return for the quarter was 5.2%.",
             _status("\u263a")],
            ["b) Review fees and charges across all services", "December 2020", _HFAM,
             "The review was postponed while staff supported the COVID-19 response. Target date revised from December 2020 "
             "to March 2021.", _status("\u2639")],
            {"banner": "Objective 2 \u2013 Maintain a strong and resilient workforce"},
            ["a) Implement the workforce development strategy action plan", "April 2021", _HCS,
             "The online leadership programme started in September with 24 managers.", _status("\u263a")],
            ["b) Introduce a new HR and payroll system", "30 September 2020", _HCS,
             "Payroll went live on the new system on 1 October; self-service modules will follow.", _status("\u2713")],
        ]),
        {"kind": "heading", "text": "PRIORITY: ECONOMIC GROWTH", "level": 2},
        _table([
            {"banner": "Objective 1 \u2013 Deliver the Tewkesbury Borough Plan and plan for growth"},
            ["a) Submit the Tewkesbury Borough Plan for examination", "May 2020", _HDS,
             "The Plan was submitted and hearings were held in October. The Inspector's first findings are expected in the "
             "new year.", _status("\u2713")],
            ["b) Adopt a revised Statement of Community Involvement", "Summer 2020", _HDS,
             "Consultation closed in September and an adoption report goes to Council in January 2021.", _status("\u2639")],
            {"banner": "Objective 2 \u2013 Grow the local economy and support businesses"},
            ["a) Run the growth hub business support programme of 50 events a year", "Ongoing", _HDS,
             "Twenty events were held in quarters one and two, all online.", _status("\u263a")],
            ["b) Work with Gloucestershire County Council on the bid to upgrade M5 junction 10", "March 2021",
             _HDS + " / Economic Development and Tourism Manager",
             "The County Council has submitted the business case and the outcome is awaited.", _status("\u263a")],
            ["c) Start the High Street Heritage Action Zone programme in Tewkesbury town", "2020/21",
             "Economic Development and Tourism Manager",
             "A programme officer is in post, but the first shopfront grants have been put back to the spring.",
             _status("\u2717")],
        ]),
        {"kind": "heading", "text": "PRIORITY: CUSTOMER FIRST", "level": 2},
        _table([
            {"banner": "Objective 1 \u2013 Provide excellent customer service"},
            ["a) Launch the customer care strategy", "March 2021", _HCS,
             "The draft strategy goes to the Overview and Scrutiny Committee on 12 January.", _status("\u263a")],
            ["b) Keep the average wait on the customer services phone line under two minutes", "Quarterly",
             "Customer Services Manager",
             "The average wait was 2 minutes 40 seconds in quarter two because of calls about COVID-19 business grants.",
             _status("\u2639")],
            {"banner": "Objective 2 \u2013 Transform the way we work through digital technology"},
            ["a) Put the new digital platform for online forms in place", "October 2020", _HCS,
             "The platform has been live since July and 14 forms are now online.", _status("\u2713")],
            ["b) Replace the telephone system with a cloud-based service", "November 2020", "ICT Manager",
             "Procurement was halted while staff worked from home. Target date revised to June 2021.", _status("\u2717")],
        ]),
    ],
}

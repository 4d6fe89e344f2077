"""Bracknell Forest Council, the Executive: Climate Change Action Plan progress report, with the annex "Climate
Change Action Plan Projects" giving the 2019 update on each project.

Copies what was visible of the real annex (docslib.org/doc/2764214/climate-change-action-plan-progress-report):
"Climate Change Action Plan Projects", "Progress against our current plan is detailed below", theme headings above
the tables ("Theme 1: Taking the Lead"), the column headings "No:" (with its colon), "Action", "SMART targets" and
"2019 UPDATE", project numbers of a letter and a digit with a gap in the sequence (L1, L2, L3, L4, L6), and no lead,
date or status columns at all. The covering report follows Bracknell Forest's report template as visible on its
other climate change reports (bracknell-forest.gov.uk, 2022): "TO:" the meeting and date, the title, the executive
director, numbered sections 1 Purpose of Report, 2 Recommendation(s), 3 Reasons for Recommendation(s), 4 Alternative
Options Considered, 5 Supporting Information, advice of statutory officers, consultation, background papers and
contact, "Unrestricted" at the top of each page. The meeting date and the other three themes' tables are modelled.
Every sentence is our own.

Contract decisions (gold): "SMART targets" is neither the action nor a date, and the tables print no dates and no
leads, so due fields are null and lead_officers empty. The "2019 UPDATE" column is progress; status comes from its
leading phrase where it has one ("Complete", "Ongoing", "Delayed", "Not started", "Achieved", "In progress", "Some
slippage", "Completed") and is unknown otherwise. progress_as_of: the column heading "2019 UPDATE" names the period the
progress is reported at, so it is the last day of that year, 2019-12-31 (not the meeting date).
"""

_COLS = ["No:", "Action", "SMART targets", "2019 UPDATE"]
_W = [6, 24, 28, 42]


def _theme(title, rows):
    return [{"kind": "para", "text": title, "bold": True},
            {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows}]


PAPER = {
    "stem": "b3_04_bracknell_forest_climate_action_plan",
    "council": "Bracknell Forest Council",
    "source": {
        "council": "Bracknell Forest Council",
        "kind": "climate change action plan progress report",
        "year": 2020,
        "title": "Climate Change Action Plan Progress Report - Annex: Climate Change Action Plan Projects (2019 update)",
        "url": "https://docslib.org/doc/2764214/climate-change-action-plan-progress-report",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "portrait", "font_size": 10},
    "header": "Unrestricted",
    "blocks": [
        {"kind": "para", "text": "TO: THE EXECUTIVE", "bold": True},
        {"kind": "para", "text": "21 JANUARY 2020", "bold": True},
        {"kind": "heading", "text": "CLIMATE CHANGE ACTION PLAN PROGRESS REPORT", "level": 1},
        {"kind": "para", "text": "Executive Director: Delivery", "bold": True},
        {"kind": "heading", "text": "1 PURPOSE OF REPORT", "level": 2},
        {"kind": "para", "text": "1.1 This report sets out the progress made during 2019 on the projects in the "
                                 "Council's Climate Change Action Plan."},
        {"kind": "heading", "text": "2 RECOMMENDATION", "level": 2},
        {"kind": "para", "text": "2.1 That the Executive notes the progress made on the Climate Change Action Plan "
                                 "projects, as set out in Annex A."},
        {"kind": "heading", "text": "3 REASONS FOR RECOMMENDATION", "level": 2},
        {"kind": "para", "text": "3.1 The Executive asked for a yearly report on the action plan so that it can see "
                                 "where progress is being made and where more needs to be done."},
        {"kind": "heading", "text": "4 ALTERNATIVE OPTIONS CONSIDERED", "level": 2},
        {"kind": "para", "text": "4.1 None; the report is for information."},
        {"kind": "heading", "text": "5 SUPPORTING INFORMATION", "level": 2},
        {"kind": "para", "text": "5.1 The action plan groups the Council's climate change projects under four themes: "
                                 "taking the lead, our buildings and energy, travel and transport, and waste and "
                                 "resources. Each project has SMART targets against which progress is reported."},
        {"kind": "para", "text": "5.2 The largest reduction in the Council's emissions has come from the conversion of "
                                 "street lighting to LED. The move to a renewable electricity tariff for council "
                                 "buildings will reduce reported emissions further from 2019/20."},
        {"kind": "para", "text": "5.3 Progress has been slower on projects that depend on outside funding, such as "
                                 "solar panels and public charge points for electric vehicles."},
        {"kind": "heading", "text": "6 ADVICE RECEIVED FROM STATUTORY AND OTHER OFFICERS", "level": 2},
        {"kind": "para", "text": "Borough Solicitor", "bold": True},
        {"kind": "para", "text": "6.1 There are no specific legal implications arising from this report."},
        {"kind": "para", "text": "Borough Treasurer", "bold": True},
        {"kind": "para", "text": "6.2 The projects are funded from existing budgets and external grants."},
        {"kind": "para", "text": "Equalities Impact Assessment", "bold": True},
        {"kind": "para", "text": "6.3 Not required for a progress report."},
        {"kind": "para", "text": "Strategic Risk Management Issues", "bold": True},
        {"kind": "para", "text": "6.4 Failing to reduce emissions would put at risk the Council's commitments on "
                                 "climate change and its reputation."},
        {"kind": "heading", "text": "7 CONSULTATION", "level": 2},
        {"kind": "para", "text": "7.1 Principal Groups Consulted: project leads in each directorate."},
        {"kind": "para", "text": "Background Papers: Climate Change Action Plan", "bold": False},
        {"kind": "para", "text": "Contact for further information: Anna Whitfield, Sustainability Officer, Delivery "
                                 "Directorate"},
        {"kind": "page_break"},
        {"kind": "para", "text": "Annex A", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Climate Change Action Plan Projects", "level": 2},
        {"kind": "para", "text": "Progress against our current plan is detailed below"},
        *_theme("Theme 1: Taking the Lead", [
            ["L1", "Lead by example \u2013 improve our own policies and practices",
             "Include climate change mitigation and adaptation in all relevant policy documents. Ensure compliance "
             "with climate change policy requirements.",
             "A climate change checklist has been added to the Executive report template. The revised waste strategy "
             "and the draft air quality action plan both contain climate change sections."],
            ["L2", "Publish and use planning policies which support both economic prosperity and sustainability",
             "Review BFC planning policies to reflect changes in national planning and climate change policies.",
             "Ongoing. The draft Local Plan includes policies requiring sustainable construction in new developments "
             "and will be examined by a Planning Inspector before it is adopted."],
            ["L3", "Raise awareness and encourage action in the community",
             "Maintain public awareness of climate change and sustainability issues. Run a continuing programme of "
             "community actions.",
             "Articles have appeared on the council website and in Town & Country and Forest Views. Plastic cups were "
             "removed from all drinks machines in council buildings in October 2019."],
            ["L4", "Support homeowners to improve energy efficiency",
             "Investigate schemes to support home energy efficiency. Promote energy efficiency and renewable energy "
             "schemes to homeowners.",
             "\u00a31.1 million was secured from the Warm Homes Fund in March 2019 in partnership with neighbouring "
             "authorities; 64 homes have had new heating systems fitted."],
            ["L6", "Develop a renewable and low carbon energy strategy",
             "Review renewable energy and low carbon energy policies for the borough.",
             "Not started. This work will follow the adoption of the Local Plan."],
        ]),
        *_theme("Theme 2: Our Buildings and Energy", [
            ["B1", "Replace street lighting with LED lanterns",
             "Convert all 10,400 street lights to LED, cutting the energy used for street lighting by 60%.",
             "Complete \u2013 all street lights have been converted and the energy used for street lighting has "
             "fallen by 62%."],
            ["B2", "Improve the energy efficiency of council buildings",
             "Carry out energy audits of the ten largest council buildings and act on the findings.",
             "Audits of Time Square and Easthampstead House are complete; lighting and heating controls have been "
             "upgraded in both."],
            ["B3", "Install solar panels on council buildings and schools",
             "Install solar PV on at least five council buildings and five schools.",
             "Delayed \u2013 the procurement was halted when the feed-in tariff closed and is being re-tendered."],
            ["B4", "Buy renewable electricity for council buildings",
             "Move the council's electricity contract to a 100% renewable tariff.",
             "Achieved. All council electricity has come from renewable sources since October 2019."],
        ]),
        *_theme("Theme 3: Travel and Transport", [
            ["T1", "Promote sustainable travel to work for council staff",
             "Refresh the staff travel plan and increase the number of staff cycling or walking to work.",
             "The staff travel plan was refreshed in June 2019 and cycle storage at Time Square has been doubled."],
            ["T2", "Introduce electric vehicles into the council fleet",
             "Replace pool cars with electric vehicles when their leases end.",
             "In progress \u2013 four electric pool cars have replaced diesel vehicles and charge points have been "
             "installed in the staff car park."],
            ["T3", "Expand the public electric vehicle charging network",
             "Work with partners to install public charge points in council car parks.",
             "A bid to the Office for Low Emission Vehicles was unsuccessful; officers are looking for other "
             "funding."],
            ["T4", "Improve cycling and walking routes",
             "Deliver the cycle route improvements in the Local Transport Plan.",
             "Ongoing. Two new sections of the cycle network were completed in 2019."],
        ]),
        *_theme("Theme 4: Waste and Resources", [
            ["W1", "Reduce waste and increase recycling", "Increase the household recycling rate to 50%.",
             "The recycling rate for 2018/19 was 41%. The Executive approved a new waste strategy in October 2019."],
            ["W2", "Introduce food waste collections",
             "Consult on and plan for a weekly food waste collection service.",
             "Some slippage \u2013 the consultation closed later than planned and the business case will now go to "
             "the Executive in the spring."],
            ["W3", "Reduce single-use plastics in council buildings",
             "Remove single-use plastics from council catering and meetings.",
             "Completed. Single-use plastic cups, cutlery and bottles are no longer bought for council buildings."],
        ]),
    ],
}

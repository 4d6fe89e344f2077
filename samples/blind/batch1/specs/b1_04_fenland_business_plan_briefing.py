"""Fenland District Council: Cabinet and Corporate Management Team Portfolio Holder Briefing Report,
November 2019 (performance in August and September 2019).

Structure copied from the real report (sections per BUSINESS PLAN AREA, each Business Plan Priority over the
Business Plan Actions that serve it, progress for the two-month period); the priority is printed as a bold first
cell with the rest of the row empty, the actions are not numbered, and each area is its own table. Every sentence
is rewritten in our own words.
"""

_COLS = ["Business Plan Action", "Lead Officer", "Target date", "% complete", "Progress to 30 September 2019",
         "Status"]
_W = [27, 14, 12, 11, 26, 10]


def _pri(text):
    return [{"text": "Business Plan Priority: " + text, "bold": True}, "", "", "", "", ""]


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows}


PAPER = {
    "stem": "b1_04_fenland_business_plan_briefing",
    "council": "Fenland District Council",
    "source": {
        "council": "Fenland District Council",
        "kind": "corporate plan delivery report (business plan actions, two-monthly)",
        "year": 2019,
        "title": "Cabinet and Corporate Management Team Portfolio Holder Briefing Report, November 2019 (for "
                 "performance in August and September 2019)",
        "url": "https://fdocuments.net/document/cabinet-and-corporate-management-team-portfolio-holder-wsm-2-tydd-"
               "sg-2-turves.html",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra"],
    "page": {"orientation": "portrait", "font_size": 9},
    "footer": "{page}",
    "blocks": [
        {"kind": "heading", "text": "Fenland District Council", "level": 1},
        {"kind": "heading", "text": "Cabinet and Corporate Management Team", "level": 2},
        {"kind": "para", "text": "Portfolio Holder Briefing Report", "bold": True},
        {"kind": "para", "text": "November 2019 (for performance in August and September 2019)"},
        {"kind": "para", "text": "This briefing shows how the actions in the Business Plan 2019/20 are progressing. "
                                 "Several depend on partners such as Cambridgeshire County Council and the "
                                 "Cambridgeshire and Peterborough Combined Authority. Questions may be sent to the "
                                 "Performance Team, Fenland Hall, County Road, March PE15 8NQ."},
        {"kind": "heading", "text": "BUSINESS PLAN AREA: Communities", "level": 2},
        _table([
            _pri("Support vulnerable members of our community"),
            ["Help residents claim the benefits they are entitled to, and process Housing Benefit and Council Tax "
             "Support claims quickly.", "Revenues and Benefits Manager", "2019/20", "",
             "New claims took 17 days on average to process, inside the 18 day target.", "On target"],
            ["Prevent homelessness by working with households at risk as early as possible.",
             "Housing Options Manager", "Ongoing", "",
             "Prevention work started with 96 households since April and most were able to stay in their home.",
             "On target"],
            ["Deliver disabled facilities grant adaptations with the county home improvement agency.",
             "Private Sector Housing Manager", "March 2020", "45%",
             "Adaptations finished in 41 homes; a shortage of contractors has slowed new starts.", "Behind target"],
            _pri("Promote health and wellbeing for all"),
            ["Work with Freedom Leisure to increase the number of visits to the district's leisure centres.",
             "Leisure Client Officer", "March 2020", "",
             "Visits in the first half of the year were higher than in the same period last year.", "On target"],
            ["Offer free health checks to residents at community events in the four market towns.",
             "Active Fenland Manager", "Q3 2019/20", "100%",
             "Four events were held in August and September and every planned check was carried out.",
             "Achieved"],
        ]),
        {"kind": "heading", "text": "BUSINESS PLAN AREA: Environment", "level": 2},
        _table([
            _pri("Deliver a high performing refuse, recycling and street cleansing service"),
            ["Keep the number of missed bin collections below the target level.",
             "Head of Environmental Services", "Monthly", "",
             "Missed collections stayed below target in both months.", "On target"],
            ["Sign up new households to the garden waste collection service.", "Head of Environmental Services",
             "31 March 2020", "60%", "1,100 new subscribers have joined so far this year.", "On target"],
            _pri("Keep people safe in their neighbourhoods by reducing crime and anti-social behaviour"),
            ["Replace the CCTV cameras in the four market towns with upgraded equipment.",
             "CCTV and Control Room Manager", "December 2019", "75%",
             "New cameras are working in March, Whittlesey and Chatteris; Wisbech is next.", "On target"],
            ["Use evidence from covert cameras to take enforcement action against fly-tipping.",
             "Street Scene Manager", "Ongoing", "", "Eleven fixed penalty notices were issued in the period.",
             "On target"],
            ["Make a new Public Space Protection Order for Wisbech town centre.", "Community Safety Manager",
             "September 2019", "0%", "Consultation cannot begin until legal advice is received.",
             "Not yet started"],
        ]),
        {"kind": "heading", "text": "BUSINESS PLAN AREA: Economy", "level": 2},
        _table([
            _pri("Attract new businesses, jobs and opportunities whilst supporting our existing businesses"),
            ["Let the empty units at the council's business centres.", "Economic Growth Manager", "March 2020", "",
             "Occupancy at the business centres has reached 94%.", "On target"],
            ["Help small firms to apply for the Combined Authority's business growth grants.",
             "Economic Growth Manager", "Q4 2019/20", "30%", "Twelve firms have been helped with applications.",
             "On target"],
            _pri("Promote and enable housing growth, economic growth and regeneration across Fenland"),
            ["Adopt the Broad Concept Plan for the south-east March growth area.", "Head of Planning",
             "August 2019", "90%",
             "The plan has been amended and goes to Planning Committee in December; target date revised to "
             "December 2019.", "Behind target"],
            ["Decide major planning applications within 13 weeks.", "Head of Planning", "Quarterly", "",
             "Every major application in the period was decided on time.", "On target"],
            ["Pay the first shopfront grants of the Wisbech High Street project.",
             "Wisbech High Street Project Manager", "Summer 2019", "100%",
             "Three restored shopfronts have reopened.", "Achieved"],
        ]),
        {"kind": "para", "text": "Status is reported by the lead officer and checked by the Performance Team."},
    ],
}

"""Medway Council, Business Support Overview and Scrutiny Committee, September 2010: quarter 1 (April to
June 2010) progress on the Council Plan actions, after in-year budget reductions, with the actions that
officers proposed to drop from the plan highlighted in yellow.

Structure copied from the real report's appendix (actions grouped under the Council Plan priorities;
status shown by a coloured cell only, explained by a key under the table; rows proposed for deletion shaded
yellow); every sentence rewritten in our own words. The priority rows are a bold first cell (spanning the
reference and action columns) with the other cells left empty, as the performance system printed them.
"""

GREEN, AMBER, RED, BLUE, YELLOW = "00B050", "FFC000", "FF0000", "0070C0", "FFFF00"


def banner(text: str) -> list:
    return [{"text": text, "bold": True, "colspan": 2}, None, "", "", "", ""]


def row(ref, action, lead, when, rag, progress, drop=False) -> list:
    """One action; drop=True shades every cell but the status yellow (proposed for deletion)."""
    cells = [ref, action, lead, when]
    if drop:
        cells = [{"text": c, "fill": YELLOW} for c in cells]
    last = {"text": progress, "fill": YELLOW} if drop else progress
    return cells + [{"text": "", "fill": rag}, last]


PAPER = {
    "stem": "b1_10_medway_council_plan_q1",
    "council": "Medway Council",
    "source": {
        "council": "Medway Council",
        "kind": "corporate plan delivery plan quarter RAG",
        "year": 2010,
        "title": "Council Plan 2010/11: proposed amendments and quarter one performance update (appendix 2: "
                 "actions, with those proposed for removal highlighted in yellow)",
        "url": "https://democracy.medway.gov.uk/mgAi.aspx?ID=2864",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 9},
    "header": "Business Support Overview and Scrutiny Committee - 2 September 2010",
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "Appendix 2", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Medway Council", "level": 1},
        {"kind": "heading", "text": "Council Plan 2010/11 actions: quarter 1 progress", "level": 2},
        {"kind": "para", "text": "The table shows each Council Plan action for 2010/11 with its milestone and its "
                                 "status at the end of June. It reflects the budget reductions agreed by Council on "
                                 "29 July 2010."},
        {
            "kind": "table",
            "columns": ["Ref", "Action", "Lead officer", "Milestone", "Q1 status", "Progress to 30 June 2010"],
            "widths": [6, 32, 20, 10, 7, 30],
            "repeat_header": True,
            "rows": [
                banner("PRIORITY 1 - A CLEAN AND GREEN ENVIRONMENT"),
                row("CG1", "Extend the kerbside food waste collection to a further 20,000 homes.",
                    "Head of Waste Services", "Sep 2010", GREEN,
                    "Rounds redesigned and leaflets delivered to the first 8,000 homes."),
                row("CG2", "Achieve Green Flag status for two more parks.", "Head of Greenspaces", "Jul 2010", BLUE,
                    "Both parks were confirmed for Green Flag status in late June."),
                row("CG3", "Run a litter-picking day with community groups every month.", "Head of Street Scene",
                    "Monthly", GREEN, "Ten events held in the quarter.", drop=True),
                banner("PRIORITY 2 - SAFER COMMUNITIES"),
                row("SC1", "Open a joint community safety hub with the police.",
                    "Community Safety Partnership Manager", "March 2011", AMBER,
                    "Building works are behind schedule and the moving date is under review."),
                row("SC2", "Deliver 60 alley-gating schemes in areas with high burglary rates.",
                    "Head of Safer Communities", "31.03.11", GREEN, "22 schemes installed so far."),
                row("SC3", "Publish an annual community safety newsletter for residents.",
                    "Community Safety Partnership Manager", "Oct 2010", GREEN, "Content agreed with partners.",
                    drop=True),
                banner("PRIORITY 5 - PEOPLE TRAVELLING EASILY AND SAFELY IN MEDWAY"),
                row("TR1", "Complete the new Chatham bus station and the related road changes.",
                    "Head of Integrated Transport", "Dec 2010", AMBER,
                    "The bus station is on schedule but some of the road works are now expected to slip."),
                row("TR2", "Introduce 20mph zones around ten schools.", "Road Safety Manager", "Summer 2010", RED,
                    "Consultation responses have held up the first five zones."),
                banner("PRIORITY 6 - EVERYONE BENEFITING FROM THE AREA'S REGENERATION"),
                row("RG1", "Secure a developer for the second phase of Rochester Riverside.",
                    "Director of Regeneration, Community and Culture", "2010/11", GREEN,
                    "Three bids received and being evaluated."),
                row("RG2", "Help 300 residents into work through the jobs brokerage service.",
                    "Head of Economic Development and Social Regeneration", "Quarterly", GREEN,
                    "92 residents helped into work in the quarter."),
                row("RG3", "Hold a breakfast meeting for town centre traders.",
                    "Head of Economic Development and Social Regeneration", "Sep 2010", AMBER,
                    "Venue still to be booked.", drop=True),
                banner("GIVING VALUE FOR MONEY"),
                row("VM1", "Deliver the £4.5m of savings in the revised 2010/11 budget.", "Chief Finance Officer",
                    "31 March 2011", GREEN, "Savings of £1.2m secured in the first quarter."),
                row("VM2", "Offer online payment for 15 more services.", "Head of Customer Contact", "Dec 2010", RED,
                    "The software supplier cannot deliver until next year."),
                row("VM3", "Review the use of agency staff across all directorates.",
                    "Assistant Director, Organisational Services", "Sept 2010", BLUE,
                    "Review finished early and reported to Cabinet in June."),
            ],
            "notes": [
                "Key to Q1 status: Blue = completed; Green = on target; Amber = slightly behind target; Red = "
                "significantly behind target.",
                "Actions highlighted in yellow are proposed for removal from the Council Plan (see paragraph 4.3 of "
                "the report). The services themselves will continue.",
                "Source: performance management system, 12 July 2010.",
            ],
        },
    ],
}

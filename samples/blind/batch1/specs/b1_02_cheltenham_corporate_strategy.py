"""Cheltenham Borough Council, Council 31 March 2014: the Corporate Strategy action plan for 2014-15.

Structure copied from the real plan (objective headings above separate tables, action codes such as COM14 and
VFM12, milestones with dates on their own rows, lead officer, a corporate risk reference such as CR33);
every sentence rewritten in our own words. A plan for approval: no progress or status yet.
"""

_HEAD = [[{"text": "Improvement action", "colspan": 2}, None, {"text": "Milestones and timescales", "colspan": 2},
          None, {"text": "Accountability", "colspan": 2}, None]]
_COLS = ["Ref", "What we will do in 2014-15", "Milestone", "By when", "Lead officer", "Corporate risk"]
_W = [6, 32, 26, 10, 18, 8]


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "header_rows": _HEAD, "repeat_header": True,
            "rows": rows}


PAPER = {
    "stem": "b1_02_cheltenham_corporate_strategy",
    "council": "Cheltenham Borough Council",
    "source": {
        "council": "Cheltenham Borough Council",
        "kind": "corporate plan delivery plan",
        "year": 2014,
        "title": "Council 31 March 2014, item 11: Corporate Strategy - Draft 2014-15 action plan (report of the "
                 "Leader)",
        "url": "https://democracy.cheltenham.gov.uk/ieIssueDetails.aspx?IId=8164&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 9},
    "header": "Cheltenham Borough Council - Corporate Strategy action plan 2014-15",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Appendix 2", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Corporate Strategy 2010-2015: Action Plan 2014-15", "level": 1},
        {"kind": "para", "text": "Council - 31 March 2014"},
        {"kind": "para", "text": "The actions below are what the council will deliver in the fifth year of its "
                                 "corporate strategy. Each has its milestones and the month or period by which it "
                                 "should be met. Where an action depends on a partner, the partner is named."},
        {"kind": "heading", "text": "Objective: Enhancing and protecting our environment", "level": 2},
        _table([
            ["ENV1", "Agree with Gloucestershire County Council the detailed design of the next phase of the town "
                     "centre transport scheme.", "Design signed off by both councils", "June 2014",
             "Townscape Manager", ""],
            ["", "", "Traffic regulation order advertised", "Autumn 2014", "", ""],
            ["ENV2", "Start a paid garden waste collection service run by Ubico.", "First collections made",
             "May 2014", "Director Environmental and Regulatory Services", ""],
            ["ENV3", "Review the air quality management area and publish a new air quality action plan.",
             "Monitoring results reported to Cabinet", "Q2 2014/15", "Head of Public Protection", ""],
            ["", "", "New action plan published", "31/03/2015", "", ""],
        ]),
        {"kind": "heading", "text": "Objective: Strengthening our economy", "level": 2},
        _table([
            ["ECO1", "Take the Joint Core Strategy, prepared with Gloucester City Council and Tewkesbury Borough "
                     "Council, through to examination.", "Plan submitted to the Secretary of State",
             "November 2014", "Head of Planning", "CR33"],
            ["", "", "Examination in public", "2015", "", ""],
            ["ECO2", "Work with the Cheltenham Development Task Force to bring the North Place and Portland Street "
                     "sites forward for development.", "Development agreement signed", "July 2014",
             "Strategic Director", ""],
            ["ECO3", "Hold business support events with the Local Enterprise Partnership for small firms in the "
                     "town.", "Event held and attendance reported", "Quarterly", "Economic Development Manager",
             ""],
        ]),
        {"kind": "heading", "text": "Objective: Strengthening our communities", "level": 2},
        _table([
            ["COM12", "Open a fund to help neighbourhood groups build their own capacity.", "Fund criteria agreed",
             "June 2014", "Communities Partnership Manager", ""],
            ["", "", "First grants awarded", "December 2014", "", ""],
            ["COM13", "Agree with the police a joint way of dealing with anti-social behaviour.",
             "Joint protocol agreed", "Spring 2015", "Head of Public Protection", ""],
            ["COM14", "Run the borough and European elections in May 2014.", "Polling day and count",
             "22 May 2014", "Electoral Services Manager", ""],
        ]),
        {"kind": "heading", "text": "Objective: Transforming our council", "level": 2},
        _table([
            ["VFM10", "Move the revenues and benefits service into a shared service with partner councils.",
             "Business case to Cabinet", "September 2014", "Director of Resources", "CR21"],
            ["", "", "Shared service live", "2015-16", "", ""],
            ["VFM11", "Set a medium term financial strategy that closes the forecast funding gap.",
             "Draft budget proposals published", "December 2014", "Head of Finance", "CR3"],
            ["", "", "Budget set by Council", "February 2015", "", ""],
            ["VFM12", "Renew the council's ICT network and telephony in planned phases.", "Phased replacement",
             "Ongoing", "ICT Infrastructure Manager", ""],
        ]),
        {"kind": "para", "text": "Risk references (CR) are to the corporate risk register. Progress against this "
                                 "plan will be reported to the Overview and Scrutiny Committee every six months."},
    ],
}

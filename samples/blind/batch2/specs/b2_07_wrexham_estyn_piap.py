"""Wrexham CBC, Estyn post-inspection action plan (2011): one table per recommendation, headed above it."""

_COLS = ["Reference number", "Action", "Objective/ Improvement", "Lead officer", "Monitored by", "Resource",
         "Target date", "Joint Plan Outcome"]
_W = [7, 22, 18, 11, 10, 9, 9, 14]
_O2 = "Outcome 2: children and young people achieve their potential"
_O3 = "Outcome 3: children and young people attend school and enjoy learning"
_O7 = "Outcome 7: services are well led and well governed"


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows}


PAPER = {
    "stem": "b2_07_wrexham_estyn_piap",
    "council": "Wrexham County Borough Council",
    "source": {"council": "Wrexham County Borough Council", "kind": "inspection improvement plan (Estyn post inspection action plan)",
               "year": 2011,
               "title": "Local Authority Education Services for Children and Young People - Estyn Inspection 2010 - Post Inspection Action Plan (Draft), Appendix 2 (PIAP table format)",
               "url": "https://docsbay.net/piap-table-format"},
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "Appendix 2", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Local Authority Education Services for Children and Young People", "level": 1},
        {"kind": "heading", "text": "Estyn Inspection 2010", "level": 2},
        {"kind": "heading", "text": "Post Inspection Action Plan (Draft)", "level": 1},
        {"kind": "para", "text": "The Executive Board of Wrexham County Borough Council approved this Post Inspection Action Plan on 10 May 2011",
         "bold": True, "align": "center"},
        {"kind": "para", "text": "(to be inserted subject to approval by the Executive Board, prior to submission to Estyn)",
         "align": "center"},
        {"kind": "heading", "text": "Introduction", "level": 2},
        {"kind": "para", "text": "This plan sets out how the authority will act on the recommendations Estyn made after it inspected "
                                 "Wrexham's education services for children and young people in November 2010."},
        {"kind": "heading", "text": "The Layout of the Post Inspection Action Plan", "level": 2},
        {"kind": "para", "text": "The plan is a set of tables built on one template: a table for each recommendation (R) and a table "
                                 "for each additional action (A). Recommendations are worded as in the inspection report. Additional "
                                 "actions take up areas for improvement that the report identified without making them recommendations."},
        {"kind": "para", "text": "Each table lists objectives or improvements that show when the actions have been achieved by the "
                                 "dates given, and is preceded by the inspectors' comments on that recommendation. Officers are "
                                 "shown in the tables by these abbreviations:"},
        {"kind": "list", "numbered": False, "items": [
            "Chief Learning and Achievement Officer (CLAO)",
            "Head of Inclusion Service (HIS)",
            "Senior School Improvement Officer (SSIO)",
        ]},
        {"kind": "para", "text": "The columns of each table are: Reference number / Action / Objective/ Improvement / Lead officer / "
                                 "Monitored by / Resource / Target date / Joint Plan Outcome. The reference number is the "
                                 "recommendation's number in the inspection report followed by a letter for each element."},
        {"kind": "heading", "text": "Summary of recommendations and additional actions", "level": 2},
        {"kind": "list", "numbered": False, "items": [
            "R1 - standards and outcomes at key stage 4 - lead: CLAO",
            "R2 - use of performance data - lead: CLAO",
            "R3 - scrutiny and governance - lead: Head of Democratic Services",
            "A1 - attendance in secondary schools - lead: HIS",
            "A2 - value for money from the education budget - lead: Head of Finance (Lifelong Learning)",
        ]},
        {"kind": "page_break"},
        {"kind": "heading", "text": "R1 Raise standards and improve outcomes for learners at key stage 4, especially boys", "level": 3},
        {"kind": "para", "text": "Comments from the inspection report: results at key stage 4 have risen more slowly than in similar "
                                 "authorities, and boys do markedly less well than girls in most secondary schools.", "italic": True},
        _table([
            ["R1a", "Agree with every secondary school a target for the proportion of boys gaining five good GCSEs, and review it each term",
             "The gap between boys and girls at level 2 narrows to 10 percentage points or less by 2012", "CLAO",
             "Lifelong Learning Scrutiny Committee", "Within existing budget", "July 2011", _O2],
            ["R1b", "Run a reading and writing programme for boys in years 7 and 8 in the six schools with the widest gap",
             "Reading ages of the boys taking part rise by at least 12 months in a year", "SSIO", "CLAO",
             "School Effectiveness Grant", "Spring 2012", _O2],
            ["R1c", "Pair departments whose results are below the family average with strong departments in other schools",
             "Every department below the family average has a named partner department", "SSIO and Head of Inclusion Service",
             "CLAO", "Within existing budget", "September 2011", _O2],
            ["R1d", "Report key stage 4 results and the progress of boys to the Executive Board",
             "Members receive a report on standards each year", "CLAO", "Executive Board", "Officer time",
             "Annually (first report November 2011)", _O2],
        ]),
        {"kind": "heading", "text": "R2 Make better use of performance data to challenge and support schools", "level": 3},
        {"kind": "para", "text": "Comments from the inspection report: officers hold a good deal of data, but it is kept in several "
                                 "places and is not used consistently when schools are challenged.", "italic": True},
        _table([
            ["R2a", "Bring school performance data into one system that every officer who works with schools can use",
             "All officers use the same data set on school visits", "Head of ICT and Information", "CLAO",
             "\u00a325,000 (one-off)", "December 2011", _O2],
            ["R2b", "Train all link advisers to use the data when they set targets with headteachers",
             "Every link adviser has completed the training", "SSIO", "CLAO", "Training budget", "31 October 2011", _O2],
            ["R2c", "Place every school in a support category and tell headteachers which category their school is in",
             "The support each school receives matches its category", "CLAO", "Chief Executive", "Officer time",
             "Autumn 2011", _O2],
        ]),
        {"kind": "heading", "text": "R3 Strengthen scrutiny and governance of education services", "level": 3},
        {"kind": "para", "text": "Comments from the inspection report: elected members do not yet challenge the performance of "
                                 "schools and of the service rigorously enough.", "italic": True},
        _table([
            ["R3a", "Set a work programme for the Lifelong Learning Scrutiny Committee that follows this plan",
             "Scrutiny looks at every recommendation at least once a year", "Head of Democratic Services",
             "Lifelong Learning Scrutiny Committee", "Officer time", "June 2011", _O7],
            ["R3b", "Hold briefings for members on how to read school performance data",
             "At least 80% of scrutiny members attend a briefing", "CLAO / Head of Democratic Services",
             "Head of Democratic Services", "Within existing budget", "March 2012", _O7],
            ["R3c", "Report progress on this plan to the Executive Board", "The Executive Board receives four reports a year",
             "CLAO", "Executive Board", "Officer time", "Quarterly", _O7],
        ]),
        {"kind": "heading", "text": "A1 Improve attendance outcomes in secondary schools", "level": 3},
        {"kind": "para", "text": "Comments from the inspection report: attendance in secondary schools remains below the Wales "
                                 "average and has improved only slightly over three years.", "italic": True},
        _table([
            ["A1a", "Extend the education welfare service's early intervention work to every secondary school",
             "Secondary attendance reaches 91.5% in 2011/12", "HIS", "CLAO", "Reallocation within the service", "2011/12", _O3],
            ["A1b", "Apply fixed penalty notices in the same way in every school under a revised code of conduct",
             "The code is agreed with all secondary headteachers", "HIS", "CLAO", "Within existing budget", "April 2011", _O3],
        ]),
        {"kind": "heading", "text": "A2 Achieve value for money from the education budget", "level": 3},
        {"kind": "para", "text": "Comments from the inspection report: several schools carry large balances, and the funding "
                                 "formula has not been reviewed for some years.", "italic": True},
        _table([
            ["A2a", "Review the formula for sharing the delegated schools budget with the Schools Budget Forum",
             "A revised formula is agreed by the Forum", "Head of Finance (Lifelong Learning)", "Schools Budget Forum",
             "Officer time", "January 2012", _O7],
            ["A2b", "Ask schools holding balances above the permitted level to set out how they will spend them",
             "Balances above the permitted level fall by half", "Head of Finance (Lifelong Learning) and CLAO",
             "Schools Budget Forum", "Officer time", "Ongoing", _O7],
        ]),
    ],
}

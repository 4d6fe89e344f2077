"""City of Lincoln Council, Audit Committee, September 2020: the action plan for the significant governance
issues in the Annual Governance Statement 2019/20 (IT disaster recovery, carried forward from 2018/19; the
effect of Covid-19 on governance; re-profiling Vision 2025).

Structure copied from the real statement's issues: each significant issue is a numbered heading above its
own table, with the same columns in every table; officers are given by initials with a key at the end;
the RAG column holds a letter only, explained by a key under each table; the meeting is named on the first
page only and there is a sign-off line at the end. Every sentence rewritten in our own words.
"""

COLUMNS = ["Ref", "Action", "Lead officer", "Milestone date", "RAG", "Comments"]
WIDTHS = [7, 34, 10, 14, 8, 27]
KEY = ["RAG: B = complete; G = on track; A = some slippage; R = off track."]


def issue_table(rows: list) -> dict:
    return {"kind": "table", "columns": COLUMNS, "widths": WIDTHS, "repeat_header": True, "rows": rows,
            "notes": KEY}


PAPER = {
    "stem": "b1_09_lincoln_ags_action_plan",
    "council": "City of Lincoln Council",
    "source": {
        "council": "City of Lincoln Council",
        "kind": "annual governance statement action plan",
        "year": 2020,
        "title": "Audit Committee: Annual Governance Statement 2019/20 (significant governance issues: IT disaster "
                 "recovery C/F from 2018/19; impact of Covid-19 on governance; Vision 2025 re-profiling)",
        "url": "https://democratic.lincoln.gov.uk/mgAi.aspx?ID=30296",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules"],
    "page": {"orientation": "portrait", "font_size": 10},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "APPENDIX B", "bold": True, "align": "right"},
        {"kind": "heading", "text": "City of Lincoln Council", "level": 1},
        {"kind": "para", "text": "Audit Committee - 8 September 2020", "bold": True},
        {"kind": "heading", "text": "Annual Governance Statement 2019/20: significant governance issues - action plan",
         "level": 1},
        {"kind": "para", "text": "The Senior Officer Group found three significant governance issues in its review "
                                 "for 2019/20. One is carried forward from last year; the other two arise from the "
                                 "Covid-19 pandemic. The actions below will be monitored by this committee during "
                                 "2020/21, with exceptions reported to the Executive."},
        {"kind": "heading", "text": "Issue 1: IT disaster recovery arrangements (C/F from 2018/19)", "level": 2},
        issue_table([
            ["1(a)", "Move the secondary server storage to the new site at Hamilton House.", "MS", "30/09/20", "A",
             "Target date extended to 30 November 2020 because the fit-out contractor was not available."],
            ["1(b)", "Rewrite the IT recovery plan so that it matches the business continuity plans of services.",
             "MS / JS", "Oct 2020", "G", "Draft with service managers for comment."],
            ["1(c)", "Test the recovery of the five most critical systems.", "MS", "End of December 2020", "G",
             "Test scripts agreed with the owners of each system."],
            ["1(d)", "Report the results of the recovery tests to this committee.", "JS", "March 2021", "G", ""],
        ]),
        {"kind": "heading", "text": "Issue 2: Governance arrangements during Covid-19", "level": 2},
        issue_table([
            ["2(a)", "Review the decisions taken under urgency powers during lockdown and publish a summary.", "DB",
             "31/07/20", "B", "Summary published on the council website in July."],
            ["2(b)", "Keep the protocol for remote meetings under review as the regulations change.", "DB",
             "Ongoing", "G", "Protocol updated twice since May."],
            ["2(c)", "Update the officer scheme of delegation to cover remote working.", "RC", "Aug 2020", "R",
             "Awaiting legal review."],
            ["2(d)", "Add a Covid-19 risk to the strategic risk register and review it monthly.", "CF", "Monthly",
             "G", "Included in the register since April."],
        ]),
        {"kind": "heading", "text": "Issue 3: Vision 2025: re-profiling and communicating the council's priorities",
         "level": 2},
        issue_table([
            ["3(a)", "Re-profile the Vision 2025 commitments for the years 2020/21 to 2022/23.", "AB", "Q3 2020/21",
             "G", "Workshops with portfolio holders held in August."],
            ["3(b)", "Hold a public launch of the re-profiled Vision 2025 once restrictions allow.", "AB",
             "Spring 2021", "A", "The date depends on Covid-19 restrictions."],
            ["3(c)", "Align service plans with the re-profiled commitments.", "AB / SW", "2020/21", "G",
             "Guidance issued to service managers in July."],
            ["3(d)", "Report progress on Vision 2025 to the Performance Scrutiny Committee every quarter.", "AB",
             "Quarterly", "G", "The first report is due in November 2020."],
        ]),
        {"kind": "heading", "text": "Officer key", "level": 2},
        {
            "kind": "table",
            "columns": ["Initials", "Post"],
            "widths": [15, 60],
            "repeat_header": False,
            "rows": [
                ["AB", "Assistant Director (Corporate Policy)"],
                ["CF", "Chief Finance Officer"],
                ["DB", "Democratic Services Manager"],
                ["JS", "Audit Manager"],
                ["MS", "ICT Manager"],
                ["RC", "City Solicitor"],
                ["SW", "Director of Major Developments"],
            ],
        },
        {"kind": "para", "text": "Signed on behalf of the City of Lincoln Council: Leader of the Council and Chief "
                                 "Executive, 17 August 2020."},
    ],
}

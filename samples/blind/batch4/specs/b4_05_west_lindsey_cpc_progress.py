"""West Lindsey District Council, Council, Monday 8 September 2025 (item 48): West Lindsey District Council
Corporate Peer Challenge Progress Report, with the action plan progress update as an appendix.

Source: democracy.west-lindsey.gov.uk/ieIssueDetails.aspx?IId=29863 (the item and its minutes), the Governance and
Audit Committee item of 16 April 2024 on holding the peer challenge in January 2025 (IId=25604) and the LGA
follow-up report of February 2022, found with the pages search.

Visible in the source: the meeting, date and title; that the report updates members on progress against the peer
team's recommendations of January 2025, focusing on three pieces of work (a refreshed Corporate Plan seen through
the lens of local government reorganisation; a new organisational structure aligned with the Plan's themes and
giving capacity for LGR; a new internal governance and monitoring framework), and asks Council to agree a
progress review in the first half of 2026. Modelled on West Lindsey's committee report template as we know it
(not seen in this copy): the cover block (meeting, date, Subject, Report by, Contact Officer, Purpose / Summary,
RECOMMENDATION(S)), the IMPLICATIONS list with its Yes/No boxes for call-in and key decision, numbered sections;
and the appendix: a key table of initials for the accountable officers, then the plan with columns No. /
Recommendation / Action(s) / Accountable / By when / Progress update / RAG, progress written as dated entries
("Aug 25: ...", newest first) and RAG as a letter in a coloured cell (B, G, A, R), with a RAG key under the table.
Every sentence is our own; names are invented.

Decisions for the gold:
- action is the "Action(s)" cell (bullets joined with "; "); the recommendation is area_for_improvement; no theme.
- lead_officers expand the initials in "Accountable" through the document's own key table; "CX / L" is two
  posts; "Director of Change Management, ICT and Regulatory Services" stays whole.
- status and rag from the RAG column: B -> completed/blue, G -> on_track/green, A -> at_risk/amber,
  R -> off_track/red; status_raw is the letter as printed.
- progress is the whole "Progress update" cell (all dated entries); progress_as_of 2025-08-22 from the heading
  "Progress as at 22 August 2025".
- "Q3 2025/26" -> 2025-12-31 (quarter).
"""

G, A, R, BL = ("00B050", "FFC000", "FF0000", "00B0F0")


def _rag(letter):
    return {"text": letter, "fill": {"G": G, "A": A, "R": R, "B": BL}[letter], "bold": True}


KEY = [("CX", "Chief Executive"), ("L", "Leader of the Council"), ("DCS", "Director of Corporate Services"),
       ("DCM", "Director of Change Management, ICT and Regulatory Services"),
       ("DPRC", "Director of Planning, Regeneration and Communities"), ("DFA", "Director of Finance and Assets"),
       ("MO", "Monitoring Officer")]

PLAN = [
    ("1", "Refresh the Corporate Plan so that it sets out the Council's priorities for the period up to local "
          "government reorganisation.",
     "\u2022 Hold member workshops on priorities\n\u2022 Take a refreshed Corporate Plan 2025-2028 to Council",
     "CX / L", "September 2025",
     "Aug 25: Refreshed Corporate Plan drafted after three member workshops; it is on the agenda for this meeting.\n"
     "Jun 25: Member workshops held in May and June.", "G"),
    ("2", "Design an organisational structure that matches the priorities of the refreshed Corporate Plan and gives "
          "the Council the capacity it needs to prepare for reorganisation.",
     "\u2022 Consult staff and unions on a new senior structure\n\u2022 Put the new structure in place",
     "CX / DCS", "December 2025",
     "Aug 25: Consultation on the senior structure closed on 15 August; the final structure will be confirmed in "
     "September.\nJun 25: Proposals shared with the Management Team.", "G"),
    ("3", "Introduce a simpler internal governance and performance monitoring framework aligned with the new "
          "Corporate Plan.",
     "Replace the current board arrangements with a single Corporate Delivery Board and a quarterly performance "
     "report", "DCS / MO", "October 2025",
     "Aug 25: Terms of reference for the Corporate Delivery Board drafted. The first quarterly report in the new "
     "format will now go to the Corporate Policy and Resources Committee in November, a month later than planned.",
     "A"),
    ("4", "Make sure the Medium Term Financial Plan shows how the remaining budget gap will be closed before "
          "reorganisation.",
     "\u2022 Agree a savings and income programme\n\u2022 Review reserves against the risks of reorganisation",
     "DFA", "February 2026",
     "Aug 25: Savings of \u00a31.2m identified for 2026/27; the reserves review will be reported with the budget.",
     "G"),
    ("5", "Provide clear leadership, with partners across Greater Lincolnshire, through local government "
          "reorganisation.",
     "Set up an LGR programme board and a member reference group", "CX", "July 2025",
     "Jul 25: Programme board and member reference group in place and meeting monthly.\n"
     "May 25: Joint working arrangements agreed with the other Lincolnshire councils.", "B"),
    ("6", "Strengthen the working culture between members and officers so that behaviours reflect the Council's "
          "values.",
     "\u2022 Refresh the Member/Officer Protocol\n\u2022 Run joint development sessions", "MO", "November 2025",
     "Aug 25: Revised protocol to go to the Standards Committee in October; the first joint session was held in "
     "July.", "G"),
    ("7", "Tell residents, partners and staff about the Council's achievements and its plans for reorganisation.",
     "Agree a communications and engagement plan for the reorganisation period", "DCM", "June 2025",
     "Aug 25: Plan drafted but not yet agreed while the Government's decision on proposals is awaited; now expected "
     "in October.", "R"),
    ("8", "Make sure the regeneration programme in Gainsborough keeps delivering through reorganisation.",
     "Agree a delivery and handover plan for each regeneration scheme", "DPRC", "March 2026",
     "Aug 25: Handover plans drafted for the two largest schemes.", "G"),
    ("9", "Keep improving the Council's use of digital technology and ICT so that its systems are ready to transfer "
          "at reorganisation.",
     "\u2022 Complete the move to cloud-hosted systems\n\u2022 Map every system and contract that will transfer",
     "DCM", "Q3 2025/26",
     "Aug 25: Most systems have moved to the cloud; the systems and contracts map has been started.", "G"),
]


def _p(text, bold=False):
    return {"kind": "para", "text": text, "bold": bold}


def _yes_no(question):
    return {"kind": "table", "columns": [question, "Yes", "", "No", "X"], "widths": [70, 7, 5, 7, 5],
            "repeat_header": False, "rows": []}


PAPER = {
    "stem": "b4_05_west_lindsey_cpc_progress",
    "council": "West Lindsey District Council",
    "source": {
        "council": "West Lindsey District Council",
        "kind": "LGA corporate peer challenge action plan progress (covering report to Council)",
        "year": 2025,
        "title": "West Lindsey District Council Corporate Peer Challenge Progress Report, Council, 8 September 2025 "
                 "(item 48)",
        "url": "https://democracy.west-lindsey.gov.uk/ieIssueDetails.aspx?IId=29863&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-rules", "text"],
    "page": {"orientation": "portrait", "font_size": 8.5, "margin_cm": 1.5},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "Council", "bold": True, "align": "center"},
        {"kind": "para", "text": "Monday, 8 September 2025", "bold": True, "align": "center"},
        {"kind": "table", "columns": ["Subject:", "West Lindsey District Council Corporate Peer Challenge Progress "
                                                  "Report"],
         "widths": [22, 78], "repeat_header": False, "rows": [
             ["Report by:", "Chief Executive"],
             ["Contact Officer:", "Rachel Dunmore\nPolicy and Strategy Officer\nrachel.dunmore@west-lindsey.gov.uk"],
             ["Purpose / Summary:", "To update members on progress against the recommendations of the Council's "
                                    "Corporate Peer Challenge of January 2025, and to seek agreement to a progress "
                                    "review by the Local Government Association in the first half of 2026."],
         ]},
        _p("RECOMMENDATION(S):", True),
        _p("1. That Members note the progress made against the Corporate Peer Challenge action plan, as set out in "
           "Appendix A."),
        _p("2. That Members agree that the Local Government Association be asked to carry out a progress review in "
           "the first half of 2026."),
        _p("IMPLICATIONS", True),
        _p("Legal: None arising directly from this report."),
        _p("Financial: FIN/61/26/SL \u2013 There are no financial implications arising from this report. The cost of "
           "the progress review is met from existing budgets."),
        _p("Staffing: The new organisational structure (recommendation 2) will be the subject of separate reports "
           "and consultation."),
        _p("Equality and Diversity including Human Rights: None arising from this report."),
        _p("Data Protection Implications: None."),
        _p("Climate Related Risks and Opportunities: None."),
        _p("Section 17 Crime and Disorder Considerations: None."),
        _p("Health Implications: None."),
        _p("Title and Location of any Background Papers used in the preparation of this report: LGA Corporate Peer "
           "Challenge feedback report, West Lindsey District Council, January 2025 (reported to Council, 3 March "
           "2025)."),
        _p("Risk Assessment: Not carrying out the actions in the plan would weaken the Council's readiness for local "
           "government reorganisation."),
        _p("Call in and Urgency:", True),
        _yes_no("Is the decision one which Rule 14.7 of the Scrutiny Procedure Rules apply? i.e. is the report "
                "exempt from being called in due to urgency (in consultation with C&I chairman)"),
        _p("Key Decision:", True),
        _yes_no("A matter which affects two or more wards, or has significant financial implications"),
        _p("1. Introduction", True),
        _p("1.1 The Local Government Association expects every council to have a Corporate Peer Challenge at least "
           "once every five years. West Lindsey's took place in January 2025 and the peer team's report was "
           "received by Council in March."),
        _p("1.2 The Council then agreed an action plan setting out how each of the nine recommendations would be "
           "met. This report gives, for information, the position at the end of August 2025."),
        _p("2. Progress against the recommendations", True),
        _p("2.1 Most actions are on track. This summer's work has concentrated on three things: a refreshed "
           "Corporate Plan that looks at the Council's priorities through the lens of local government "
           "reorganisation; a new organisational structure aligned with the themes of that Plan, giving the "
           "capacity needed to prepare for reorganisation; and a simpler internal governance and monitoring "
           "framework that lets members and staff concentrate on delivering the priorities."),
        _p("2.2 One action is complete, one has slipped by a month and one is off track: the communications and "
           "engagement plan, which is waiting for the Government's decision on reorganisation proposals."),
        _p("2.3 The full position is set out in Appendix A."),
        _p("3. Progress review", True),
        _p("3.1 Councils are expected to take part in a progress review about a year after their peer challenge. "
           "It is proposed that the Local Government Association is asked to hold the review in the first half of "
           "2026."),
        {"kind": "page_break"},
        _p("Appendix A", True),
        {"kind": "heading", "text": "Corporate Peer Challenge Action Plan \u2013 Progress Update", "level": 2},
        _p("Progress as at 22 August 2025", True),
        _p("Key to accountable officers"),
        {"kind": "table", "columns": ["Initials", "Post"], "widths": [15, 85], "repeat_header": False,
         "rows": [list(k) for k in KEY]},
        {"kind": "table",
         "columns": ["No.", "Recommendation", "Action(s)", "Accountable", "By when", "Progress update", "RAG"],
         "widths": [4, 19, 21, 9, 9, 32, 6], "repeat_header": True,
         "rows": [[no, rec, act, who, when, prog, _rag(rag)] for no, rec, act, who, when, prog, rag in PLAN],
         "notes": ["RAG key: B \u2013 complete; G \u2013 on track; A \u2013 some slippage, action in hand; "
                   "R \u2013 off track."]},
    ],
}

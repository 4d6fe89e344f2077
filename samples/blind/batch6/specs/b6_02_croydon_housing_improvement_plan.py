"""London Borough of Croydon: Housing Improvement Plan and Board, report to Cabinet, 26 July 2021, with the response to
the ARK recommendations (Appendix 1) kept as a spreadsheet tracker.

Source: the Cabinet item "Housing Improvement Plan and Board" (croydon.moderngov.co.uk/ieIssueDetails.aspx?IId=14166,
mgAi.aspx?ID=12142), found with the pages search. Visible there: Cabinet, 26 July 2021, item 115; Cabinet Member for
Homes; the Interim Executive Director of Housing as officer; not a key decision; the Leader's delegation to Cabinet;
the three resolutions (note progress at 1-87 Regina Road and the further actions in response to the ARK
recommendations at Appendix 1; note the draft terms of reference of the Housing Improvement Board at Appendix 2; note
the approach to the emerging improvement plan); the earlier Cabinet of 17 May 2021 that approved an initial action
plan. Modelled: the appendix layout (not seen): a landscape spreadsheet with a two-row heading (ARK recommendation /
Council response / "Progress at 9 July 2021" spanning their columns), theme banner rows, each recommendation merged
down the rows of its actions, leads as "Post - Name", one "Ditto", RAG letters in filled cells, and a "Key:" row as
the last row of the table. The recommendations and actions are our own wording; the names are invented.

Decisions for the gold:
- doc_kind covering_report; body Cabinet; meeting_date 2021-07-26; report_title "Housing Improvement Plan and Board".
- theme is the banner ("Theme 1: Regina Road residents"), carried down; area_for_improvement is the merged ARK
  recommendation; action_ref the "No." of the action row ("1.1").
- theme_category: themes 1-4 local_priorities_and_outcomes (housing, residents, customers, complaints); theme 5
  "Governance and performance" governance_and_culture; theme 6 "Workforce" capacity_for_improvement.
- status from the RAG letter: B completed (rag blue), G on_track (green), A at_risk (amber), R off_track (red).
  5.2 has an empty RAG cell: status from the leading phrase of the update ("Not started." -> not_started), rag null.
- progress_as_of 2021-07-09 from the heading "Progress at 9 July 2021".
- Dates: "Jul-21" month; "31/08/2021" day; "Sept 2021" month; "Q3 2021/22" -> 2021-12-31 quarter; "2022/23" ->
  2023-03-31 financial_year; "End of October 2021" -> 2021-10-31 month; "Complete" -> no date; "Monthly",
  "Quarterly", "Quarterly from Sept 2021" -> recurrence only (the last a start); "Ongoing" -> recurrence ongoing;
  "Dec 2021 (revised from Sept 2021)" -> due 2021-09-30, revised 2021-12-31.
- Leads: the post before " - Name"; several posts split on " / "; "Ditto" (2.2) takes the lead of the row above
  (Head of Asset Management), as a reader would; "HR Business Partner" -> "Human Resources Business Partner" by the
  contract's glossary.
- The "Key:" row is not an action.
"""

BL, GN, AM, RD = "00B0F0", "00B050", "FFC000", "FF0000"


def rag(letter):
    if not letter:
        return ""
    return {"text": letter, "fill": {"B": BL, "G": GN, "A": AM, "R": RD}[letter], "bold": True}


EDH = "Interim Executive Director of Housing \u2013 Mara Okafor"
HTS = "Head of Tenancy Services \u2013 Joan Leary"
HAM = "Head of Asset Management \u2013 Ellen Park"
HR_ = "Head of Repairs \u2013 Dev Rahman"
HCS = "Head of Customer Services \u2013 Priya Anand"
TRN = "Housing Training Manager \u2013 Colin Marsh"
TEM = "Tenant Engagement Manager \u2013 Rita Osei"
DHS = "Director of Homes and Social Investment \u2013 Neil Corbett"
HPI = "Head of Performance and Insight \u2013 Tom Whitlock"
HCO = "Head of Compliance \u2013 Sandra Kiely"
HRB = "HR Business Partner \u2013 Lisa Grant"

# theme -> [(recommendation, [(no, action, lead, target, update, rag)])]
PLAN = [
    ("Theme 1: Regina Road residents", [
        ("Move or fully repair the home of every household at 1-87 Regina Road affected by damp and mould, "
         "recording what each household wants.", [
            ("1.1", "Offer each household the choice of a move to a suitable home or a full programme of works.",
             HTS, "Jul-21",
             "All 41 households visited; 26 chose to move and 19 have moved. Works are under way in the other homes.",
             "A"),
            ("1.2", "Pay compensation to residents under an agreed scheme.", HTS, "Complete",
             "Scheme agreed in June; payments made to every household that has claimed.", "B"),
        ]),
        ("Commission an independent survey of the block's structure and decide its future with residents.", [
            ("2.1", "Appoint structural engineers to survey 1-87 Regina Road.", HAM, "31/08/2021",
             "Engineers appointed; site work starts on 19 July.", "G"),
            ("2.2", "Consult residents on the options for the estate, including rebuilding.", "Ditto", "Q3 2021/22",
             "Options paper being drafted with the resident steering group.", "G"),
        ]),
    ]),
    ("Theme 2: Repairs and maintenance", [
        ("Deal with the backlog of outstanding repairs and check that finished repairs have been done properly.", [
            ("3.1", "Clear all repairs older than 28 days using extra contractor teams.", HR_, "Sept 2021",
             "Backlog down from 3,200 to 1,150 jobs. Two extra contractor teams on site since June.", "A"),
            ("3.2", "Post-inspect 10% of completed repairs every month.", HR_, "Monthly",
             "Post-inspection team recruited; 8% of jobs checked in June.", "A"),
            ("3.3", "Bring the repairs call centre back in house.", HR_ + " / " + HCS,
             "Dec 2021 (revised from Sept 2021)",
             "Slipped because of the transfer of staff; a new date has been agreed with the contractor.", "A"),
        ]),
        ("Set up a proper process for reports of damp and mould.", [
            ("4.1", "Create a dedicated damp and mould team that responds to new reports within 24 hours.", HR_,
             "Jul-21", "Team of six in place from 1 July.", "B"),
            ("4.2", "Train all housing officers and repairs staff to spot damp and mould on their visits.", TRN,
             "End of October 2021", "First sessions booked for August.", "G"),
        ]),
        ("Get accurate information on the condition of the housing stock.", [
            ("5.1", "Commission a survey of the condition of all council homes over three years, starting with the "
                    "high-rise blocks.", HAM, "March 2024",
             "Tender being prepared; inspections of all 26 high-rise blocks begin in September.", "G"),
            ("5.2", "Load the survey results into a single asset database.", HAM, "2022/23",
             "Not started. Will follow the award of the survey contract.", ""),
        ]),
    ]),
    ("Theme 3: Tenant and leaseholder engagement", [
        ("Listen to tenants and leaseholders and act on what they say.", [
            ("6.1", "Visit every household in the high-rise and medium-rise blocks to hear about their experience of "
                    "the service.", HTS, "Q2 2021/22",
             "Door-knocking began in June at 40 blocks; 1,900 households seen so far.", "G"),
            ("6.2", "Set up a Tenant and Leaseholder Panel with its own budget and officer support.", TEM, "Oct-21",
             "Recruitment of panel members under way.", "G"),
            ("6.3", "Send every resident a newsletter each quarter.", TEM, "Quarterly",
             "First issue sent in June.", "G"),
        ]),
        ("Treat residents with respect and keep them informed.", [
            ("7.1", "Write a Residents' Charter together with tenants and leaseholders.", DHS, "December 2021",
             "A group of residents has written a first draft.", "G"),
            ("7.2", "Give every resident a named housing officer and publish the patch lists.", HTS, "30/09/2021",
             "Patch lists drafted; they wait on the new structure.", "A"),
        ]),
    ]),
    ("Theme 4: Complaints", [
        ("Put right the handling of complaints and learn from them.", [
            ("8.1", "Set up a housing complaints team separate from the corporate team.", HCS, "Aug-21",
             "Team leader appointed; four posts advertised.", "G"),
            ("8.2", "Clear the backlog of overdue stage 1 and stage 2 complaints.", HCS, "Jun-21",
             "Behind schedule: 143 complaints still overdue at 9 July. Staff moved in from other teams to help.",
             "R"),
            ("8.3", "Report what has been learned from complaints to the Housing Improvement Board every quarter.",
             HCS, "Quarterly from Sept 2021", "First report due in September.", "G"),
        ]),
    ]),
    ("Theme 5: Governance and performance", [
        ("Give councillors and residents clear oversight of the housing service.", [
            ("9.1", "Set up an independently chaired Housing Improvement Board.", EDH, "Sept 2021",
             "Chair appointed; draft terms of reference at Appendix 2. First meeting planned for September.", "G"),
            ("9.2", "Send a monthly housing performance dashboard to the Cabinet Member for Homes.", HPI, "Monthly",
             "Dashboard in place since May.", "B"),
            ("9.3", "Report progress on this plan to the Streets, Environment and Homes Scrutiny Sub-Committee.", EDH,
             "Ongoing", "Last reported on 29 June 2021.", "G"),
        ]),
        ("Make sure the council meets the consumer standards of the Regulator of Social Housing.", [
            ("10.1", "Complete a self-assessment against the Home Standard and share it with the Regulator.",
             EDH + " / " + HPI, "Jul-21", "Self-assessment shared with the Regulator on 2 July.", "B"),
            ("10.2", "Check gas, electrical, fire, water and lift safety compliance every month.", HCO, "Monthly",
             "Fire risk assessments 100% in date; electrical checks 78% in date.", "A"),
        ]),
    ]),
    ("Theme 6: Workforce", [
        ("Change the culture of the housing service so that staff put residents first.", [
            ("11.1", "Put all housing staff through customer care training.", TRN, "Q4 2021/22",
             "Programme designed with residents; first group starts in September.", "G"),
            ("11.2", "Restructure the housing service so that each estate has a clear owner.", EDH, "Nov 2021",
             "Consultation with staff and unions starts in August.", "G"),
            ("11.3", "Fill key vacant posts with permanent staff.", EDH + " / " + HRB, "Ongoing",
             "Head of Repairs and Head of Compliance appointed; three posts are still covered by interims.", "A"),
        ]),
    ]),
]


def _rows():
    out = []
    for theme, recs in PLAN:
        out.append({"banner": theme, "fill": "D9D9D9"})
        for rec, acts in recs:
            for j, (no, act, lead, target, update, letter) in enumerate(acts):
                out.append([no, {"text": rec, "rowspan": len(acts)} if j == 0 else None, act, lead, target, update,
                            rag(letter)])
    out.append({"banner": "Key: B = complete; G = on track; A = some slippage, action in hand; R = off track, needs "
                          "attention", "bold": False})
    return out


PAPER = {
    "stem": "b6_02_croydon_housing_improvement_plan",
    "council": "London Borough of Croydon",
    "source": {
        "council": "London Borough of Croydon",
        "kind": "housing improvement plan (response to an independent review of the housing service, spreadsheet "
                "tracker appended to a Cabinet report)",
        "year": 2021,
        "title": "Housing Improvement Plan and Board, Cabinet 26 July 2021 (Appendix 1: response to the ARK "
                 "recommendations)",
        "url": "https://croydon.moderngov.co.uk/ieIssueDetails.aspx?IId=14166&PlanId=0&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-calc"],
    "page": {"orientation": "landscape", "font_size": 8, "margin_cm": 1.3},
    "header": "London Borough of Croydon \u2013 Cabinet 26 July 2021",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "heading", "text": "LONDON BOROUGH OF CROYDON", "level": 1},
        {"kind": "para", "text": "REPORT TO:            CABINET 26 July 2021", "bold": True},
        {"kind": "para", "text": "SUBJECT:                Housing Improvement Plan and Board", "bold": True},
        {"kind": "para", "text": "LEAD OFFICER:       Mara Okafor, Interim Executive Director of Housing"},
        {"kind": "para", "text": "CABINET MEMBER:  Councillor Patience Adeyemi, Cabinet Member for Homes"},
        {"kind": "para", "text": "WARDS:                   All"},
        {"kind": "para", "text": "KEY DECISION:        No"},
        {"kind": "heading", "text": "SUMMARY OF REPORT", "level": 2},
        {"kind": "para", "text": "This report updates Cabinet on the work at 1-87 Regina Road and on the actions "
                                 "taken in response to the independent review of the housing service by ARK "
                                 "Consultancy. It also sets out the draft terms of reference of the new Housing "
                                 "Improvement Board and how the wider improvement plan for the service will be "
                                 "developed with residents."},
        {"kind": "heading", "text": "FINANCIAL IMPACT", "level": 2},
        {"kind": "para", "text": "The actions in Appendix 1 are funded from the Housing Revenue Account budget agreed "
                                 "for 2021/22. Any further cost will be reported to Cabinet before it is committed."},
        {"kind": "para", "text": "The Leader of the Council has delegated to the Cabinet the power to make the "
                                 "decisions set out in the recommendations below."},
        {"kind": "heading", "text": "1. RECOMMENDATIONS", "level": 2},
        {"kind": "para", "text": "The Cabinet is recommended to:"},
        {"kind": "para", "text": "1.1 Note the further progress made at 1-87 Regina Road and on the actions in "
                                 "response to the ARK recommendations, set out at Appendix 1;"},
        {"kind": "para", "text": "1.2 Note the draft terms of reference of the Housing Improvement Board at Appendix 2, "
                                 "to be agreed under delegated authority; and"},
        {"kind": "para", "text": "1.3 Note the approach to developing the improvement plan for the housing service, "
                                 "which will be put to the Housing Improvement Board for its views."},
        {"kind": "heading", "text": "2. BACKGROUND", "level": 2},
        {"kind": "para", "text": "2.1 On 17 May 2021 Cabinet approved an initial action plan for the housing service "
                                 "and agreed to set up a Housing Improvement Board with an independent chair."},
        {"kind": "para", "text": "2.2 ARK made eleven recommendations. Appendix 1 sets out the actions taken or "
                                 "planned for each, who leads them, the target dates and the position at 9 July "
                                 "2021, with a red, amber, green or blue rating."},
        {"kind": "para", "text": "2.3 Most actions are on track. The backlog of overdue complaints (action 8.2) is off "
                                 "track and extra staff have been moved into the team. The return of the repairs "
                                 "call centre (action 3.3) has a revised date of December 2021."},
        {"kind": "page_break"},
        {"kind": "para", "text": "APPENDIX 1", "bold": True},
        {"kind": "heading", "text": "Response to the ARK recommendations \u2013 progress at 9 July 2021", "level": 2},
        {"kind": "table",
         "header_rows": [["", "ARK recommendation", {"text": "Council response", "colspan": 3},
                          {"text": "Progress at 9 July 2021", "colspan": 2}]],
         "columns": ["No.", "Recommendation", "Action", "Lead officer", "Target date", "Update", "RAG"],
         "widths": [5, 20, 22, 16, 10, 23, 4],
         "repeat_header": True,
         "rows": _rows()},
    ],
}

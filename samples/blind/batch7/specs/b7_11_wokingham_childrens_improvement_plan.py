"""Wokingham Borough Council, Children's Services Overview and Scrutiny Committee: Children's Services Improvement
Plan - progress update (after the 2019 Ofsted ILACS inspection), January 2020.

Source: news reports of the council's twelve-point plan to improve children's services after the Ofsted ILACS
judgement "requires improvement to be good" (bracknellnews.co.uk/news/17920671; news.wokingham.gov.uk "Ofsted report
published"), and the committee's agenda pages (wokingham.moderngov.co.uk, Children's Services Overview and Scrutiny
Committee, CId=137), all found with the pages search. Visible: the ILACS inspection and judgement; an earlier focused
visit (October 2018) and a rapid rise in demand, unstable leadership and high social worker turnover; a continuous
improvement plan over two to three years, aiming at "good" at the next inspection; twelve points including a high
performing service for children with SEND, sustainably improving practice quality and performance, and robust
financial management; Ofsted's five areas for improvement; a new disabilities improvement board; the duty, triage
and assessment (DTA) team and the emergency duty team; the committee and its use of performance indicator reports
(the Service Manager Intelligence and Impact). Modelled: the date of the meeting, the Wokingham report cover table
(TITLE / FOR CONSIDERATION BY / ON / WARD / LEAD OFFICER), the sections, the plan layout (a landscape table with a
two-row heading: Ref, Action, Accountable and Timescale spanning both rows, "Progress at 31 December 2019" spanning
Update and RAG; one banner row per improvement priority; RAG letters with fills; a key under the table) and all
twelve priorities' wording, every action and update. Every sentence is our own; names are invented.

Decisions for the gold:
- Theme from the priority banner rows, numbering kept ("Priority 1 \u2013 ...").
- progress_as_of: the spanned heading "Progress at 31 December 2019" -> 2019-12-31 (not the meeting date).
- Status and rag from the RAG column letters: G on_track/green, A at_risk/amber, R off_track/red, C completed (its
  fill is blue, so rag blue); status_raw the letter.
- Timescale: "Mar-20" -> 2020-03-31; "Q4 2019/20" -> 2020-03-31 (quarter); "Summer 2020" -> 2020-08-31 (season);
  "2020/21" -> 2021-03-31; "Sept 2020" -> 2020-09-30; "Ongoing" and "Monthly" -> recurrence; "Jan 2020 then
  termly" -> 2020-01-31 with no recurrence value (termly is not in the enum).
- Two posts in one Accountable cell split at " / " or at " and " before a post title; "Assistant Director Children's
  Social Care and Early Help" stays whole.
- theme_category: practice, SEND, care leavers, sufficiency, voice of the child are service outcomes ->
  local_priorities_and_outcomes (priorities 1-8); workforce and performance information -> capacity_for_improvement
  (9, 10); finance -> financial_planning_and_management (11); "Strong leadership, governance and partnership" ->
  organisational_and_place_leadership (12; the theme's first word decides, for both of its actions).
"""

DCS = "Director of Children's Services"
ADSC = "Assistant Director Children's Social Care and Early Help"
ADE = "Assistant Director Education and SEND"
PSW = "Principal Social Worker"
HSG = "Head of Safeguarding and Quality Assurance"
HCL = "Head of Children in Care and Care Leavers"
HEH = "Head of Early Help"
SMI = "Service Manager Intelligence and Impact"
HFP = "Head of Finance (People)"
HOD = "Head of Workforce Development"
HCM = "Head of Commissioning"

G = {"text": "G", "fill": "92D050"}
A = {"text": "A", "fill": "FFC000"}
R = {"text": "R", "fill": "FF0000"}
C = {"text": "C", "fill": "8DB4E2"}


def banner(text):
    return {"banner": text, "fill": "D9E1F2"}


ROWS = [
    banner("Priority 1 \u2013 Children get the right help at the right time through the front door"),
    ["1.1", "Embed the new threshold document with partners and train referrers in its use", ADSC, "Jan 2020",
     "Threshold document agreed by the Safeguarding Partnership. Twelve briefings held for schools, health and "
     "police staff.", C],
    ["1.2", "Audit a sample of contacts to the duty, triage and assessment team each month to check the quality of "
            "decisions", HSG, "Monthly",
     "Audits completed each month since October; 88% of decisions judged appropriate in December.", G],
    ["1.3", "Agree a protocol with the emergency duty team for handing over cases at the start and end of each day",
     ADSC, "Dec 2019", "Protocol drafted; sign-off delayed by the change of provider for the out-of-hours service.",
     R],
    banner("Priority 2 \u2013 Sustainably improve the quality of social work practice"),
    ["2.1", "Launch a practice framework so that all staff work to one model with families", PSW, "Mar-20",
     "Framework drafted with staff. Launch events booked for February.", G],
    ["2.2", "Introduce a single plan format for children in need, on child protection plans and in care", HSG,
     "Q4 2019/20", "The new format is being built in the case recording system; testing has taken longer than "
                   "expected.", A],
    ["2.3", "Hold practice weeks twice a year in which senior managers observe practice and talk to families",
     DCS + " / " + PSW, "Ongoing", "First practice week held in November 2019.", G],
    banner("Priority 3 \u2013 Strong management oversight of every child's case"),
    ["3.1", "Set a standard for the frequency and recording of supervision and report compliance monthly", HSG,
     "Jan 2020", "Standard issued. Compliance at 71% in December against a target of 90%.", A],
    ["3.2", "Provide a management development programme for all team managers", HOD, "Summer 2020",
     "Programme commissioned from a university partner; first cohort starts in March.", G],
    banner("Priority 4 \u2013 A high performing service for children with special educational needs and "
           "disabilities"),
    ["4.1", "Set up a Disabilities Improvement Board to oversee services for disabled children", ADE, "Oct 2019",
     "The Board has met three times and has agreed its plan.", C],
    ["4.2", "Co-produce a new SEND Strategy with parents, carers and health partners", ADE, "Mar-20",
     "Co-production workshops held with the parent carer forum. The draft will come to this Committee in the new "
     "year.", A],
    ["4.3", "Reduce the time taken to issue Education, Health and Care Plans", ADE + " and " + HCM, "2020/21",
     "42% of plans issued within 20 weeks in the last quarter, down from 55%.", R],
    banner("Priority 5 \u2013 Better outcomes for children in care and care leavers"),
    ["5.1", "Make sure every care leaver has an up-to-date pathway plan written with them", HCL, "Mar-20",
     "83% of care leavers have a plan reviewed in the last six months.", A],
    ["5.2", "Offer every care leaver a personal adviser until the age of 25", HCL, "April 2020",
     "Two additional personal advisers recruited in November.", G],
    ["5.3", "Review the local offer for care leavers and publish it on the website", HCL, "Dec 2019",
     "New local offer published in December 2019, including council tax exemption.", C],
    banner("Priority 6 \u2013 Enough good homes for children in care"),
    ["6.1", "Run a foster carer recruitment campaign with a target of 15 new households", HCM, "Sept 2020",
     "Six households approved so far; enquiries up on last year.", G],
    ["6.2", "Agree a sufficiency strategy for placements, including local provision for children with complex "
            "needs", HCM, "Q4 2019/20", "Needs analysis complete. The strategy is being drafted.", G],
    banner("Priority 7 \u2013 Children's voices shape the services they receive"),
    ["7.1", "Relaunch the Children in Care Council with support from a participation officer", HCL, "Jan 2020 then "
                                                                                                     "termly",
     "Participation officer in post. First meeting of the relaunched Council held in January.", G],
    ["7.2", "Record the child's views and wishes in every assessment and plan", PSW, "Ongoing",
     "Audits show children's views recorded in 64% of assessments; more work needed.", A],
    banner("Priority 8 \u2013 Effective early help for families"),
    ["8.1", "Bring early help services together in three locality teams", HEH, "April 2020",
     "Staff consultation complete; teams go live in April.", G],
    ["8.2", "Agree with schools how early help assessments will be started and shared", HEH, "Summer 2020",
     "Not started; waiting for the locality model to be in place.", R],
    banner("Priority 9 \u2013 A stable, skilled and permanent workforce"),
    ["9.1", "Cut reliance on agency social workers through a recruitment and retention package", DCS + " / " + HOD,
     "2020/21", "Agency staff down from 31% to 24% of social workers since April.", G],
    ["9.2", "Keep caseloads at or below 18 children per social worker in the assessment teams", ADSC, "Ongoing",
     "Average caseload 21 in December because of vacancies.", R],
    banner("Priority 10 \u2013 Performance information that drives improvement"),
    ["10.1", "Produce a monthly performance report for managers at every level, with team-level data", SMI, "Nov 2019",
     "New report in use since November 2019.", C],
    ["10.2", "Bring a quarterly performance report to this Committee", SMI, "Quarterly",
     "Reports presented in September and November.", G],
    banner("Priority 11 \u2013 Robust financial management of children's services"),
    ["11.1", "Review high-cost placements each month at a placement panel", HFP + " and " + HCM, "Monthly",
     "Panel in place; three placements stepped down to foster care.", G],
    ["11.2", "Agree a medium-term budget for children's social care that reflects rising demand", HFP, "Feb 2020",
     "Growth bid of \u00a31.2m included in the draft budget for 2020/21.", G],
    banner("Priority 12 \u2013 Strong leadership, governance and partnership"),
    ["12.1", "Appoint an independent chair to the Improvement Board and report progress to the Lead Member each "
             "month", DCS, "Oct 2019", "Independent chair appointed; the Board meets monthly.", C],
    ["12.2", "Agree a quality assurance framework that links audit findings to learning and training", HSG,
     "Mar-20", "Framework at draft stage; consultation with managers under way.", G],
]

PAPER = {
    "stem": "b7_11_wokingham_childrens_improvement_plan",
    "council": "Wokingham Borough Council",
    "source": {
        "council": "Wokingham Borough Council",
        "kind": "children's services (Ofsted ILACS) improvement plan, progress update (covering report)",
        "year": 2020,
        "title": "Children's Services Improvement Plan (twelve-point plan after the 2019 ILACS inspection), "
                 "Children's Services Overview and Scrutiny Committee",
        "url": "https://www.bracknellnews.co.uk/news/17920671.wokingham-childrens-services-unveils-12-point-plan/",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.6},
    "header": "Children's Services Overview and Scrutiny Committee \u2013 21 January 2020",
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "table", "columns": ["TITLE", "Children's Services Improvement Plan \u2013 Progress Update"],
         "widths": [25, 75], "repeat_header": False,
         "rows": [["FOR CONSIDERATION BY", "Children's Services Overview and Scrutiny Committee"],
                  ["ON", "21 January 2020"],
                  ["WARD", "None Specific"],
                  ["LEAD OFFICER", "Director of Children's Services \u2013 Carys Holloway"]]},
        {"kind": "para", "text": "OUTCOME / BENEFITS TO THE COMMUNITY", "bold": True},
        {"kind": "para", "text": "Children and families in the borough receive help and protection of a good "
                                 "standard, and the service is judged good at its next inspection."},
        {"kind": "para", "text": "RECOMMENDATION", "bold": True},
        {"kind": "para", "text": "That the Committee notes the progress made against the Children's Services "
                                 "Improvement Plan and identifies any areas for further scrutiny."},
        {"kind": "para", "text": "SUMMARY OF REPORT", "bold": True},
        {"kind": "para", "text": "Ofsted inspected children's services under the ILACS framework in 2019 and judged "
                                 "them as requiring improvement to be good. The service had already drawn up an "
                                 "improvement plan; it has been revised around twelve priorities to take in the five "
                                 "areas for improvement named by the inspectors. The plan is overseen by an "
                                 "Improvement Board with an independent chair. This report gives the position at 31 "
                                 "December 2019."},
        {"kind": "para", "text": "Background", "bold": True},
        {"kind": "para", "text": "1.  The inspection found a service in a better place than at the focused visit of "
                                 "October 2018, when rising demand, changes of leaders and a high turnover of social "
                                 "workers had affected practice."},
        {"kind": "para", "text": "2.  Of the 28 actions in the plan, five are complete, fourteen are on track, five "
                                 "are amber and four are red. The red actions are explained in the update column."},
        {"kind": "para", "text": "Analysis of Issues", "bold": True},
        {"kind": "para", "text": "3.  The main risks to the plan are the number of social worker vacancies and the "
                                 "time taken to issue Education, Health and Care Plans. Both are reported to the "
                                 "Improvement Board each month."},
        {"kind": "page_break"},
        {"kind": "para", "text": "Appendix A \u2013 Children's Services Improvement Plan 2019\u20132021", "bold": True},
        {
            "kind": "table",
            "header_rows": [[{"text": "Ref", "rowspan": 2}, {"text": "Action", "rowspan": 2},
                             {"text": "Accountable", "rowspan": 2}, {"text": "Timescale", "rowspan": 2},
                             {"text": "Progress at 31 December 2019", "colspan": 2}, None]],
            "columns": [None, None, None, None, "Update", "RAG"],
            "widths": [5, 34, 17, 9, 30, 5],
            "repeat_header": True,
            "rows": ROWS,
            "notes": ["RAG key:  G \u2013 on track;  A \u2013 some risk to delivery;  R \u2013 not on track, action "
                      "needed;  C \u2013 complete"],
        },
    ],
}

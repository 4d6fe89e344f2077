"""Worcestershire County Council (with the Worcestershire CCGs): Local Area SEND Written Statement of Action,
FINAL v1.0 27 July 2018, "in response to Ofsted/CQC letter dated May 16th 2018" (Appendix 1; 78 pages).

Copies what was visible of the real document (readkong.com/page/worcestershire-local-area-send-action-plan-8469135):
"Appendix 1" at the top, the line "IN RESPONSE TO OFSTED/CQC LETTER DATED MAY 16th 2018", the statement that the
plan was approved and endorsed by the County Council Cabinet and the joint CCG Board, the contents page (Statement of
Intent and Introduction, Glossary, Governance and Monitoring, Work stream Structure, Structure of the Action Plan,
Safeguarding, Work streams One to Five with their titles, hyphens and dashes as printed, and "Appendix - List of Key
Individuals"), and the running footer "FiNAL v1.0 27 July 2018 ... Page 2 of 78" (odd capital kept).
The action tables were not visible and are modelled on written statements of action of that period: one table per
work stream under its heading, the inspection's area of weakness in a first column merged down its actions, a
two-row heading with "Timescale" spanning "Start" and "Complete", leads given as initials expanded by the List of Key
Individuals at the end, and a "Measure of success / impact" column. It is a plan as first submitted, so it has no
progress or status columns. Long enough to run over several pages (headings repeat, merged cells split).
Every sentence is our own; the names of the key individuals are invented.

Contract decisions (gold): no meeting is printed (the footer date is a version date), so meeting_date and
progress_as_of are null and is_overdue is null; "approved and endorsed by ... Cabinet" does not make Cabinet the
body the paper goes to, so body is left unscored. The "Start" column is a start, never the deadline; due dates come
from "Complete". Status is unknown throughout (nothing printed to read it from).
"""

_COLS = [None, None, None, None, "Start", "Complete", None]
_HEAD = [[{"text": "Area of weakness", "rowspan": 2}, {"text": "Ref", "rowspan": 2}, {"text": "Action", "rowspan": 2},
          {"text": "Lead", "rowspan": 2}, {"text": "Timescale", "colspan": 2},
          {"text": "Measure of success / impact", "rowspan": 2}]]
_W = [17, 5, 30, 8, 7, 9, 24]


def _area(text, n):
    return {"text": text, "rowspan": n}


def _table(rows):
    return {"kind": "table", "header_rows": _HEAD, "columns": _COLS, "widths": _W, "repeat_header": True,
            "rows": rows}


PAPER = {
    "stem": "b3_01_worcestershire_send_wsoa",
    "council": "Worcestershire County Council",
    "source": {
        "council": "Worcestershire County Council",
        "kind": "SEND written statement of action (local area inspection)",
        "year": 2018,
        "title": "Worcestershire Local Area SEND Action Plan - Written Statement of Action in response to Ofsted/CQC "
                 "letter dated 16 May 2018 (FINAL v1.0, 27 July 2018)",
        "url": "https://www.readkong.com/page/worcestershire-local-area-send-action-plan-8469135",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 8.5, "margin_cm": 1.6},
    "footer": "FiNAL v1.0 27 July 2018                                                            Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Appendix 1", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Worcestershire Local Area Written Statement of Action", "level": 1},
        {"kind": "para", "text": "Special Educational Needs and Disabilities (SEND)", "bold": True},
        {"kind": "para", "text": "IN RESPONSE TO OFSTED/CQC LETTER DATED MAY 16th 2018", "bold": True,
         "align": "center"},
        {"kind": "para", "text": "This Written Statement of Action has been approved and endorsed by:"},
        {"kind": "list", "items": ["Worcestershire County Council Cabinet",
                                   "Joint Clinical Commissioning Group Board (the three Worcestershire Clinical "
                                   "Commissioning Groups)"], "numbered": False},
        {"kind": "para", "text": "Contents", "bold": True},
        {"kind": "table", "columns": ["Page", "Section"], "widths": [8, 60], "repeat_header": False, "rows": [
            ["2", "Statement of Intent and Introduction"],
            ["2", "Glossary"],
            ["2", "Governance and Monitoring"],
            ["2", "Work stream Structure"],
            ["", "ACTION PLAN"],
            ["3", "Structure of the Action Plan"],
            ["3", "Safeguarding"],
            ["3", "Work stream One - The Local Offer"],
            ["3", "Work stream Two \u2013 Embedding the Graduated Response"],
            ["4", "Work stream Three \u2013 Assessment and Planning"],
            ["4", "Work stream Four \u2013 Joint Commissioning and Leadership"],
            ["5", "Work stream Five - Workforce and Engagement"],
            ["5", "Appendix - List of Key Individuals"],
        ]},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Statement of Intent", "level": 2},
        {"kind": "para", "text": "The inspection of our local area found several things we must do better, and we are "
                                 "determined to make those changes. This plan sets out how the County Council and the "
                                 "Clinical Commissioning Groups will work with schools, parents and carers, young "
                                 "people and other partners to improve the lives of children and young people with "
                                 "special educational needs and/or disabilities."},
        {"kind": "para", "text": "Working alongside parents and carers will be the normal way we do things. By next "
                                 "summer we expect to have joint programmes in place that change how support is "
                                 "planned and delivered, and that give us a firm base for the improvements that will "
                                 "follow."},
        {"kind": "heading", "text": "Introduction", "level": 2},
        {"kind": "para", "text": "Ofsted and the Care Quality Commission inspected the Worcestershire local area in "
                                 "March 2018. Their letter of 16 May 2018 asked the area to produce a Written "
                                 "Statement of Action setting out how it will tackle the significant weaknesses they "
                                 "found. The weaknesses, and a concern about safeguarding, are the areas of weakness "
                                 "in the tables that follow."},
        {"kind": "heading", "text": "Glossary", "level": 2},
        {"kind": "table", "columns": ["Abbreviation", "Meaning"], "widths": [12, 60], "repeat_header": False,
         "rows": [
             ["CCG", "Clinical Commissioning Group"],
             ["EHC plan", "Education, Health and Care plan"],
             ["FiP", "Families in Partnership, the Worcestershire parent carer forum"],
             ["SENCo", "Special Educational Needs Co-ordinator"],
             ["SEN Support", "Help given in school to a pupil with SEN who does not have an EHC plan"],
             ["WSoA", "Written Statement of Action"],
         ]},
        {"kind": "heading", "text": "Governance and Monitoring", "level": 2},
        {"kind": "para", "text": "The SEND Improvement Board, with an independent chair, oversees this plan. Work "
                                 "stream leads report progress on each action to the Board every month, and the Board "
                                 "reports to the Cabinet Member with responsibility for Education and Skills and to "
                                 "the CCG governing bodies. The Department for Education and NHS England will review "
                                 "progress with us every six months."},
        {"kind": "heading", "text": "Work stream Structure", "level": 2},
        {"kind": "para", "text": "The plan has five work streams and a set of safeguarding actions. Each work stream "
                                 "has a lead from the Council or the CCGs and a parent carer representative from "
                                 "Families in Partnership."},
        {"kind": "page_break"},
        {"kind": "para", "text": "ACTION PLAN", "bold": True},
        {"kind": "heading", "text": "Structure of the Action Plan", "level": 2},
        {"kind": "para", "text": "Each table shows the area of weakness from the inspection letter, the actions we will "
                                 "take, the lead for each action (by initials; see the List of Key Individuals at the "
                                 "end of the plan), when the action starts and when it will be complete, and how we "
                                 "will know it has made a difference."},
        {"kind": "heading", "text": "Safeguarding", "level": 2},
        _table([
            [_area("Children with SEND who are educated at home or are missing education are not always known to "
                   "services", 2), "S.1",
             "Check the records of children electively home educated against the SEND database every month and "
             "follow up any child with an EHC plan", "LB", "July 2018", "Monthly",
             "Every home educated child with an EHC plan has been visited within 20 working days of being "
             "identified"],
            [None, "S.2",
             "Agree a protocol with schools for reporting part-time timetables for pupils with SEND, and report the "
             "numbers to the Worcestershire Safeguarding Children Board", "AE / LB", "Sept 2018", "Dec 2018",
             "Protocol in use in all schools; first report received by the Board"],
        ]),
        {"kind": "heading", "text": "Work stream One - The Local Offer", "level": 2},
        _table([
            [_area("The Local Offer is not well known by parents and carers and is difficult to navigate", 3), "1.1",
             "Rebuild the Local Offer website with parents and young people, testing each section with Families in "
             "Partnership before it goes live", "MK", "Aug 2018", "March 2019",
             "Monthly visits to the Local Offer rise by half from the July 2018 baseline; parents rate the site at "
             "least 4 out of 5"],
            [None, "1.2",
             "Publish a printed summary of the Local Offer and send it to every family of a child with an EHC plan",
             "MK", "Oct 2018", "31/12/2018", "Summary received by all 3,600 families"],
            [None, "1.3",
             "Hold Local Offer roadshows in each of the six districts, with health and social care staff on hand to "
             "answer questions", "MK / JP", "Sept 2018", "Autumn 2018 \u2013 Summer 2019",
             "At least 300 parents and carers attend; feedback shows they know where to find help"],
            [_area("Information about what health services offer children and young people with SEND is incomplete",
                   2), "1.4",
             "Add a directory of community health services, with referral routes and waiting times, to the Local "
             "Offer", "RG", "Sept 2018", "Jan 2019", "Directory live, with waiting times updated every quarter"],
            [None, "1.5",
             "Review the Local Offer with partners and publish what has changed in response to feedback (\u2018You "
             "said, we did\u2019)", "MK", "Jan 2019", "Annually \u2013 first by April 2019",
             "Review published; parents can see the changes made"],
        ]),
        {"kind": "heading", "text": "Work stream Two \u2013 Embedding the Graduated Response", "level": 2},
        _table([
            [_area("The skills and commitment of mainstream schools to meet the needs of pupils with SEND vary too "
                   "much", 3), "2.1",
             "Publish the Worcestershire graduated response guidance, setting out what every school is expected to "
             "provide at SEN Support", "AE", "July 2018", "Sept 2018",
             "Guidance issued to all schools and discussed at every headteacher briefing"],
            [None, "2.2",
             "Train the SENCo in every maintained school and academy in using the guidance, with a follow-up network "
             "meeting in each district", "SH", "Sept 2018", "End Nov 2018",
             "95% of schools have had a SENCo trained"],
            [None, "2.3",
             "Visit a sample of 30 schools to check how the guidance is being used and share good practice",
             "SH / LB", "Jan 2019", "May 2019",
             "Visit findings reported to the Board; good practice shared at SENCo networks"],
            [_area("Too many pupils with SEND are excluded from school, permanently or for fixed periods", 2), "2.4",
             "Analyse exclusions of pupils with SEND each month and challenge schools where exclusions are high",
             "AE", "Sept 2018", "Monthly",
             "Permanent exclusions of pupils with SEND fall by a quarter by July 2019"],
            [None, "2.5",
             "Set up an outreach service from special schools to support mainstream schools with pupils at risk of "
             "exclusion", "LB", "Jan 2019", "Sept 2019",
             "Outreach available in every district; schools rate the support as good"],
        ]),
        {"kind": "heading", "text": "Work stream Three \u2013 Assessment and Planning", "level": 2},
        _table([
            [_area("Too few EHC plans are completed within 20 weeks", 3), "3.1",
             "Recruit four more SEND case officers and clear the backlog of overdue assessments", "LB", "Immediate",
             "Dec 2018", "No assessment older than 20 weeks without a finalised plan"],
            [None, "3.2",
             "Report the timeliness of new EHC plans to the SEND Improvement Board every month", "LB", "Aug 2018",
             "Monthly", "At least 60% of new plans completed within 20 weeks by March 2019"],
            [None, "3.3",
             "Agree with health and social care partners that advice for each assessment is returned within six "
             "weeks", "RG / LB", "Sept 2018", "Oct 2018",
             "90% of advice received within six weeks"],
            [_area("EHC plans are of poor quality; outcomes are vague and health and care needs are often missing",
                   2), "3.4",
             "Introduce a multi-agency quality assurance panel that audits a sample of new plans every month", "SH",
             "Oct 2018", "Ongoing", "At least 80% of audited plans are judged good"],
            [None, "3.5",
             "Review the EHC plan of every young person moving to post-16 education and rewrite the outcomes so that "
             "they prepare for adulthood", "LB", "Sept 2018", "31/08/2019",
             "All Year 11 plans reviewed before the young person moves on"],
        ]),
        {"kind": "heading", "text": "Work stream Four \u2013 Joint Commissioning and Leadership", "level": 2},
        _table([
            [_area("Leaders in education, health and care do not plan and commission services together", 4), "4.1",
             "Agree a joint commissioning strategy for SEND between the Council and the CCGs", "JP", "Sept 2018",
             "March 2019", "Strategy signed off by Cabinet and the CCG governing bodies"],
            [None, "4.2",
             "Build a joint SEND data dashboard so that leaders share one view of need and performance", "TD / JP",
             "Aug 2018", "Dec 2018", "Dashboard reviewed at every Improvement Board meeting"],
            [None, "4.3",
             "Commission a single pathway for the assessment of autism and ADHD", "JP / RG", "Jan 2019", "2019/20",
             "Waiting time for assessment below 18 weeks"],
            [None, "4.4",
             "Hold a joint review of the SEND strategy with schools, health services and parents", "TD", "Jan 2019",
             "July 2019", "Refreshed strategy published with the support of Families in Partnership"],
        ]),
        {"kind": "heading", "text": "Work stream Five - Workforce and Engagement", "level": 2},
        _table([
            [_area("Parents and carers do not feel listened to and are not involved in designing services", 2), "5.1",
             "Agree a co-production charter with Families in Partnership and use it in every work stream", "TD",
             "July 2018", "Oct 2018", "Charter agreed and signed by all partners"],
            [None, "5.2",
             "Survey parents and carers twice a year and publish the results on the Local Offer", "MK", "Nov 2018",
             "Six monthly", "More parents say they feel listened to in each survey"],
            [_area("Staff across education, health and care do not share an understanding of the SEND reforms", 2),
             "5.3",
             "Deliver a multi-agency training programme on the SEND Code of Practice for front-line staff", "SH / RG",
             "Oct 2018", "July 2019", "500 staff trained; course evaluations show better understanding"],
            [None, "5.4",
             "Include SEND duties in the induction of all new social workers, health visitors and school nurses",
             "AE", "Sept 2018", "Jan 2019", "Induction programmes of all three services include SEND"],
        ]),
        {"kind": "heading", "text": "Appendix - List of Key Individuals", "level": 2},
        {"kind": "table", "columns": ["Initials", "Name", "Role", "Organisation"], "widths": [8, 18, 34, 28],
         "repeat_header": False, "rows": [
             ["TD", "Theresa Dunmore", "Director of Children's Services", "Worcestershire County Council"],
             ["AE", "Alan Eyre", "Assistant Director Education and Skills", "Worcestershire County Council"],
             ["LB", "Lorna Birtles", "Head of SEND and Vulnerable Learners", "Worcestershire County Council"],
             ["SH", "Simon Hawkes", "Principal Educational Psychologist", "Worcestershire County Council"],
             ["MK", "Martin Kendal", "Local Offer Manager", "Worcestershire County Council"],
             ["JP", "Jasmine Pryor", "Head of Children's Commissioning", "Worcestershire CCGs"],
             ["RG", "Ruth Garside", "Designated Clinical Officer for SEND", "Worcestershire CCGs"],
         ]},
    ],
}

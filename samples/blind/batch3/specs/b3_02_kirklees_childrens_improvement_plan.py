"""Kirklees Council: Kirklees Children's 10 Point Improvement Plan, "Creating the conditions for success",
in partnership with Leeds City Council (2018 edition, after the 2016 Ofsted inspection judged services inadequate).

Copies what was visible of the real document (pdfslide.us, "kirklees-childrenas-10-point-improvement-plan",
27 pages): the title and strapline, "In partnership with Leeds City Council", the note "Please note that the
Improvement Plan is currently being refreshed", the "Content and structure" page (Part 1: Overview - foreword by two
councillors, our approach, our improvement journey to date; Part 2: Ensuring delivery - governance, monitoring and
performance, glossary; Part 3: the 10 Point Improvement Plan with its ten numbered priorities, names as printed), and
the statement that the plan has "a plan on a page for each priority".
The plan-on-a-page tables were not visible and are modelled: each priority on its own page under its numbered heading,
a "What we want to achieve" line, an unnumbered table ("What we will do", "Lead", "By when", "Progress update -
October 2018", "RAG" shown by cell colour only) and a "How we will know" note under it; several leads on separate
lines; a colour key table in Part 2. Every sentence is our own; councillors' names are invented.

Contract decisions (gold): no refs are printed, so action_ref is "1", "2" within each priority's table (as in earlier
batches); theme is the numbered priority heading; status comes from the RAG colour, except one row whose RAG cell is
blank, where it comes from the leading phrase of the progress ("Not yet started"); progress_as_of is the end of the
month named in the progress heading (2018-10-31). Children's practice priorities name none of the five peer-challenge
components, so their theme_category is null (as in batch 2's children's plans).
"""

BLUE, GREEN, AMBER, RED = ({"text": "", "fill": f} for f in ("0070C0", "00B050", "FFC000", "FF0000"))
_COLS = ["What we will do", "Lead", "By when", "Progress update \u2013 October 2018", "RAG"]
_W = [31, 20, 9, 35, 5]


def _priority(n, name, aim, rows, know, first=False):
    blocks = [] if first else [{"kind": "page_break"}]
    return blocks + [
        {"kind": "heading", "text": f"{n}. {name}", "level": 2},
        {"kind": "para", "text": f"What we want to achieve: {aim}", "bold": True},
        {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows,
         "notes": [f"How we will know: {know}"]},
    ]


PAPER = {
    "stem": "b3_02_kirklees_childrens_improvement_plan",
    "council": "Kirklees Council",
    "source": {
        "council": "Kirklees Council",
        "kind": "children's services improvement plan (Ofsted), plan on a page per priority",
        "year": 2018,
        "title": "Kirklees Children's 10 Point Improvement Plan - Creating the conditions for success (in partnership "
                 "with Leeds City Council)",
        "url": "https://pdfslide.us/documents/kirklees-childrenas-10-point-improvement-plan-2018-11-26-with-a-plan-on-a.html",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium"],
    "page": {"orientation": "landscape", "font_size": 9.5},
    "footer": "{page}",
    "blocks": [
        {"kind": "heading", "text": "Kirklees Children\u2019s 10 Point Improvement Plan", "level": 1},
        {"kind": "para", "text": "Creating the conditions for success", "bold": True},
        {"kind": "para", "text": "In partnership with Leeds City Council"},
        {"kind": "para", "text": "Please note that the Improvement Plan is currently being refreshed", "italic": True},
        {"kind": "para", "text": "Content and structure", "bold": True},
        {"kind": "para", "text": "Part 1: Overview"},
        {"kind": "list", "numbered": True, "items": [
            "Foreword by Cllr Helen Armitage and Cllr Robert Sykes",
            "Our approach \u2013 how we are managing our improvement journey",
            "Our improvement journey to date"]},
        {"kind": "para", "text": "Part 2: Ensuring delivery"},
        {"kind": "list", "numbered": True, "items": ["Governance", "Monitoring and performance", "Glossary"]},
        {"kind": "para", "text": "Part 3: 10 Point Improvement Plan"},
        {"kind": "para", "text": "1. Children Looked After 2. Care Leavers 3. Early Help and Edge of Care 4. Front Door "
                                 "5. Workforce 6. Practice 7. Voice of the Child and Families 8. Leadership "
                                 "9. Partnership 10. Performance and Quality Assurance"},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Part 1: Overview", "level": 2},
        {"kind": "heading", "text": "Foreword", "level": 3},
        {"kind": "para", "text": "Nothing matters more to us than the safety and wellbeing of children and young people "
                                 "in Kirklees. The inspection told us plainly that our services were not good enough. "
                                 "We accept that, and this plan is how we will put it right, working with Leeds City "
                                 "Council as our improvement partner. \u2013 Cllr Helen Armitage and Cllr Robert Sykes"},
        {"kind": "heading", "text": "Our approach \u2013 how we are managing our improvement journey", "level": 3},
        {"kind": "para", "text": "We have grouped our improvement work into ten priorities, with a plan on a page for "
                                 "each. To make sure the plan answers the findings of our Ofsted inspection, every "
                                 "recommendation in the inspection report is covered by at least one priority."},
        {"kind": "heading", "text": "Our improvement journey to date", "level": 3},
        {"kind": "para", "text": "Since the inspection we have appointed a permanent leadership team, opened a new Front "
                                 "Door and started to bring caseloads down. Much remains to be done before children "
                                 "feel the difference consistently."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Part 2: Ensuring delivery", "level": 2},
        {"kind": "heading", "text": "Governance", "level": 3},
        {"kind": "para", "text": "The Children's Improvement Board, chaired by the Commissioner appointed by the "
                                 "Secretary of State, meets monthly and receives a report on every priority. Each "
                                 "priority has a senior lead who is accountable to the Board."},
        {"kind": "heading", "text": "Monitoring and performance", "level": 3},
        {"kind": "para", "text": "Leads update their plan on a page each month. Each action is given a colour using the "
                                 "key below."},
        {"kind": "table", "columns": ["RAG", "Meaning"], "widths": [6, 60], "repeat_header": False, "rows": [
            [BLUE, "Complete"],
            [GREEN, "On track"],
            [AMBER, "Some risk to delivery; action is being taken"],
            [RED, "Off track; escalated to the Improvement Board"],
        ]},
        {"kind": "heading", "text": "Glossary", "level": 3},
        {"kind": "table", "columns": ["Term", "Meaning"], "widths": [12, 60], "repeat_header": False, "rows": [
            ["CLA", "Children Looked After"],
            ["IRO", "Independent Reviewing Officer"],
            ["MASH", "Multi-Agency Safeguarding Hub, part of the Front Door"],
            ["PSW", "Principal Social Worker"],
            ["QA", "Quality Assurance"],
        ]},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Part 3: 10 Point Improvement Plan", "level": 2},
        *_priority(1, "Children Looked After",
                   "every child in our care has a permanent home that meets their needs, as quickly as possible.", [
                       ["Review the care plan of every child who has been looked after for more than two years and "
                        "has no permanence plan", "Head of Corporate Parenting", "December 2018",
                        "142 of the 180 reviews are complete; the rest are booked for November.", AMBER],
                       ["Open a second Kirklees children's home so that fewer children are placed out of the area",
                        "Service Director \u2013 Family Support and Child Protection\nHead of Corporate Parenting",
                        "Sept 2019",
                        "Planning permission has been granted and Ofsted registration has been applied for.", GREEN],
                   ], "fewer children wait for a permanent home, and fewer live more than 20 miles from Kirklees.",
                   first=True),
        *_priority(2, "Care Leavers",
                   "care leavers have a personal adviser, a good place to live and help into education, training or "
                   "work.", [
                       ["Give every care leaver a pathway plan written with them and reviewed at least every six "
                        "months", "Head of Corporate Parenting", "Six monthly",
                        "94% of care leavers have an up-to-date pathway plan.", GREEN],
                       ["Offer 20 apprenticeships in the Council to care leavers each year",
                        "Head of Workforce Development", "March 2019",
                        "Nine care leavers have started apprenticeships this year; a further recruitment round is "
                        "planned for January.", AMBER],
                   ], "more care leavers are in education, training or work, and none live in unsuitable "
                      "accommodation."),
        *_priority(3, "Early Help and Edge of Care",
                   "families get help early, and children stay safely at home wherever possible.", [
                       ["Launch an edge of care team to work intensively with families where children are at risk of "
                        "coming into care", "Head of Early Support", "Q3 2018/19",
                        "The team was fully staffed in September and is working with 31 families.", BLUE],
                       ["Bring early help assessments onto the same case recording system as social care",
                        "Service Director \u2013 Learning and Early Support", "31/03/2019",
                        "Testing of the new forms has been held up by the system supplier.", RED],
                   ], "fewer children come into care in an emergency."),
        *_priority(4, "Front Door",
                   "every contact about a child gets the right response, from the right people, at the right time.", [
                       ["Make sure every contact to the Front Door is screened by a qualified social worker within 24 "
                        "hours", "Head of Front Door and Assessment", "Ongoing",
                        "97% of contacts were screened within 24 hours in September.", GREEN],
                       ["Move police, health and education staff into the Front Door so that they work alongside "
                        "social workers",
                        "Head of Front Door and Assessment\nDetective Chief Inspector \u2013 Safeguarding Unit",
                        "July 2018", "Co-location was completed on 16 July 2018.", BLUE],
                   ], "audits show that decisions at the Front Door are timely and well recorded."),
        *_priority(5, "Workforce",
                   "a stable, skilled and well supported workforce with manageable caseloads.", [
                       ["Reduce the use of agency social workers to below 15% of the workforce",
                        "Director of Children's Services\nHead of Workforce Development", "March 2019",
                        "Agency staff are now 21% of social workers, down from 38% a year ago.", AMBER],
                       ["Keep average caseloads below 20 in assessment teams and below 16 in child protection teams",
                        "Service Director \u2013 Family Support and Child Protection", "Monthly",
                        "Average caseloads were 19 and 17 in September.", AMBER],
                   ], "staff turnover falls and staff surveys show that social workers feel supported."),
        *_priority(6, "Practice",
                   "good, consistent social work practice that makes a difference to children's lives.", [
                       ["Embed the Kirklees practice model through training for all social work teams",
                        "Principal Social Worker", "September 2018",
                        "Eight of the eleven teams have completed the training; the last three are booked for "
                        "November.", AMBER],
                       ["Introduce a practice standards handbook and check that it is followed through monthly audits",
                        "Principal Social Worker\nHead of Quality Assurance and Safeguarding", "Oct 2018",
                        "The handbook was launched at the practice conference on 3 October.", BLUE],
                   ], "at least 70% of audited cases are judged good or better."),
        *_priority(7, "Voice of the Child and Families",
                   "children and families are listened to and their views shape the help they receive.", [
                       ["Use the Mind of My Own app so that children can tell us their views before every review",
                        "Participation Manager", "Nov 2018",
                        "The app is in use in two teams; roll-out to the others is under way.", GREEN],
                       ["Set up a parents' panel to comment on how we work with families", "Participation Manager",
                        "January 2019",
                        "Not yet started; recruitment of parents to the panel will begin in November.", ""],
                   ], "children's views are recorded in every plan and review."),
        *_priority(8, "Leadership",
                   "strong, visible leaders who know their services well and act quickly when things go wrong.", [
                       ["Hold monthly performance clinics, chaired by the Director of Children's Services, with every "
                        "head of service", "Director of Children's Services", "Monthly",
                        "Clinics have been held every month since April 2018.", GREEN],
                       ["Agree a leadership development programme for team managers with Leeds City Council",
                        "Director of Children's Services\nHead of Workforce Development", "Spring 2019",
                        "The first group of 12 team managers starts the programme in January.", GREEN],
                   ], "managers' oversight of cases is evident on children's files."),
        *_priority(9, "Partnership",
                   "partners share responsibility for keeping children safe.", [
                       ["Refresh the threshold guidance of the Kirklees Safeguarding Children Board with partners",
                        "Service Director \u2013 Family Support and Child Protection", "September 2018",
                        "The refreshed guidance was agreed by the Board on 12 September.", BLUE],
                       ["Agree a joint protocol with health partners for children who go missing from home or care",
                        "Head of Quality Assurance and Safeguarding", "2018/19",
                        "A draft protocol is with the clinical commissioning groups for comment.", GREEN],
                   ], "partners' referrals are appropriate and return interviews are offered to every child."),
        *_priority(10, "Performance and Quality Assurance",
                   "managers at every level use good information to improve practice.", [
                       ["Publish a monthly performance report for managers, with data for each team",
                        "Head of Performance and Intelligence", "Monthly",
                        "The report has been issued every month since June 2018.", GREEN],
                       ["Audit 40 case files every month and report themes and learning to the Improvement Board",
                        "Head of Quality Assurance and Safeguarding", "Monthly",
                        "In September 38 files were audited and 63% were rated good or better.", AMBER],
                   ], "learning from audits leads to measurable changes in practice."),
    ],
}

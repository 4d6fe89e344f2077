"""Central Bedfordshire Council: SEND Written Statement of Action (WSoA), progress page on the council website (2021).

Copies the web page "Our action plan (Written Statement of Action)" on centralbedfordshire.gov.uk
(info/133/improving_send_services/830/our_action_plan_written_statement_of_action), found with the pages search.
Visible there: the page title; the joint area SEND inspection by Ofsted and the CQC of 18-22 November 2019; the six
areas of weakness (quality of existing EHC plans; leaders' oversight of new EHC plans; no shared understanding of
outcomes across education, health and care; an unclear SEND strategy; co-production not informed by families' views;
an ineffective Local Offer); the council and the CCG working with the SNAP Parent and Carer Forum.
Modelled: the progress tables themselves (not seen): one section per area of weakness, a numbered heading, a line on
what the inspectors found, then a table with the columns Ref / What we will do / Who is responsible / By when / How
we will know it has worked / Progress update / Status, progress written as dated updates (newest first), and a
"Progress as at" line at the top of the page. Printed as a browser prints a web page (title and address in the
running header and footer). Every sentence is our own; no names are printed.

Decisions for the gold:
- doc_kind action_plan (a web page, no meeting): body and meeting_date unscored; report_title is the page's H1.
- theme is the numbered heading above each table ("Area of weakness 1 - ..."), as printed. area_for_improvement is
  null: the contract takes it from a recommendation/issue column and there is none (the "What the inspectors found"
  line is a paragraph between heading and table, not a cell).
- theme_category: areas 1, 4, 5, 6 (plan quality, strategy, families' voice, Local Offer information for families)
  local_priorities_and_outcomes; areas 2 and 3 (leaders' oversight, leaders' shared understanding across
  partners) organisational_and_place_leadership.
- "Monthly from June 2020" and "Quarterly": recurrence monthly / quarterly, no deadline (a start is not a deadline).
  "Ongoing": recurrence ongoing. "Spring 2021" -> 2021-05-31 (season). "31/03/2021" -> day.
- "How we will know it has worked" is a success measure: no contract field, not in the gold.
- progress is the whole update cell, dated entries joined by a space; progress_as_of 2021-01-31 from the
  "Progress as at 31 January 2021" line.
- Status words: Completed -> completed; On track -> on_track; Delayed -> off_track; Not yet started -> not_started.
  No RAG colours on the page, so rag null.
- Leads: "A / B" and "A and B" split where the right side is a post; "CCG Director of Nursing and Quality" stays whole.
"""

URL = ("https://www.centralbedfordshire.gov.uk/info/133/improving_send_services/830/"
       "our_action_plan_written_statement_of_action")

COLUMNS = ["Ref", "What we will do", "Who is responsible", "By when", "How we will know it has worked",
           "Progress update", "Status"]
WIDTHS = [5, 22, 14, 9, 16, 25, 9]

AREAS = [
    ("Area of weakness 1 \u2013 Quality of existing EHC plans",
     "Existing Education, Health and Care (EHC) plans did not always describe children's needs well enough for "
     "those needs to be met.",
     [
         ["1.1", "Audit a sample of existing EHC plans each month against the new quality standards and send plans "
                 "that fall short back to the case officer.",
          "SEND Quality Assurance Manager", "Monthly from June 2020",
          "80% of audited plans rated good or better",
          "January 2021: 64 plans audited since June; 71% rated good or better, up from 38%.\n"
          "October 2020: Audit tool agreed with health and social care partners.",
          "On track"],
         ["1.2", "Rewrite every EHC plan on the new template when it comes up for its annual review.",
          "Head of SEND and Inclusion", "July 2021",
          "All plans on the new template by July 2021",
          "January 2021: 412 plans moved to the new template at annual review. A backlog of 90 reviews from the "
          "spring has still to be cleared.",
          "Delayed"],
     ]),
    ("Area of weakness 2 \u2013 Leaders' oversight of the quality of new EHC plans",
     "Leaders did not have a clear enough view of the quality of new plans being issued.",
     [
         ["2.1", "Set up a multi-agency EHC Quality Panel, chaired by a senior leader, to check new plans before "
                 "they are issued.",
          "Assistant Director Education and Skills / Designated Clinical Officer (CCG)", "September 2020",
          "Every new plan checked by the panel before issue",
          "October 2020: The panel first met on 14 September and now meets every fortnight.",
          "Completed"],
         ["2.2", "Report the quality of new plans and the 20-week timeliness figure to the SEND Improvement Board "
                 "every month.",
          "SEND Quality Assurance Manager", "Monthly",
          "Board minutes show challenge on quality and timeliness",
          "January 2021: Monthly dashboard in place since November 2020.",
          "On track"],
     ]),
    ("Area of weakness 3 \u2013 A shared understanding of outcomes across education, health and care",
     "Leaders across the partnership did not share an understanding of the outcomes they want for children and young "
     "people with SEND.",
     [
         ["3.1", "Agree a joint outcomes framework for children and young people with SEND across the council, the "
                 "CCG and schools.",
          "Director of Children's Services and CCG Director of Nursing and Quality", "December 2020",
          "Framework signed off by all partners",
          "January 2021: Draft framework agreed by the Improvement Board in December; sign-off by the CCG "
          "governing body is now due in February.",
          "Delayed"],
         ["3.2", "Train leaders and managers in education, health and care in using the outcomes framework.",
          "Workforce Development Manager", "Spring 2021",
          "90% of service leaders trained",
          "January 2021: Not started; waits on sign-off of the framework.",
          "Not yet started"],
     ]),
    ("Area of weakness 4 \u2013 A clear SEND strategy",
     "The area's strategy for SEND was not clear to partners or to families.",
     [
         ["4.1", "Write a new SEND Strategy 2021\u20132024 together with parents, carers and young people.",
          "Head of SEND and Inclusion", "31/03/2021",
          "Strategy adopted by the council and the CCG",
          "January 2021: Three co-production workshops held; the draft strategy is out for consultation until "
          "19 February.",
          "On track"],
         ["4.2", "Publish a one-page summary of the strategy in plain English for families.",
          "Communications Manager", "April 2021",
          "Summary on the Local Offer and sent to every school",
          "January 2021: Will follow the final strategy.",
          "Not yet started"],
     ]),
    ("Area of weakness 5 \u2013 Co-production informed by the views of families",
     "Co-production was not well informed by what children, young people and their families think.",
     [
         ["5.1", "Agree a co-production charter with the parent carer forum.",
          "Participation Lead\nChair, SNAP Parent Carer Forum", "Autumn 2020",
          "Charter signed by all partners",
          "October 2020: Charter signed by the council, the CCG and the forum at the SEND conference on 2 October.",
          "Completed"],
         ["5.2", "Hold a young people's SEND forum each term and report what it says to the Improvement Board.",
          "Participation Lead", "Ongoing",
          "Young people's views recorded at every Board meeting",
          "January 2021: The forum has moved online; 23 young people took part in December.",
          "On track"],
     ]),
    ("Area of weakness 6 \u2013 An effective Local Offer",
     "Families found the Local Offer hard to use and did not trust the information in it.",
     [
         ["6.1", "Rebuild the Local Offer website with families so that information is easy to find.",
          "Local Offer Manager", "June 2021",
          "Satisfaction with the Local Offer above 70% in the annual survey",
          "January 2021: Supplier appointed and a testing group of 12 families formed.\n"
          "October 2020: Review of the current site finished with the forum.",
          "On track"],
         ["6.2", "Publish a 'You said, we did' page on the Local Offer every quarter.",
          "Local Offer Manager", "Quarterly",
          "Page updated every quarter",
          "January 2021: Second update published in December.",
          "On track"],
     ]),
]


def _blocks():
    out = [
        {"kind": "para", "text": "Home > Education and schools > Improving SEND services > Our action plan (Written "
                                 "Statement of Action)"},
        {"kind": "heading", "text": "Our action plan (Written Statement of Action)", "level": 1},
        {"kind": "para", "text": "Progress as at 31 January 2021", "bold": True},
        {"kind": "para", "text": "Our Written Statement of Action (WSoA) is our plan to put right the areas of "
                                 "weakness found by Ofsted and the Care Quality Commission (CQC) when they inspected "
                                 "the local area's services for children and young people with special educational "
                                 "needs and/or disabilities (SEND) from 18 to 22 November 2019."},
        {"kind": "para", "text": "The council and the clinical commissioning group (CCG) wrote the plan with the SNAP "
                                 "Parent and Carer Forum and with parents, young people and professionals. The SEND "
                                 "Improvement Board checks progress every month and the Department for Education and "
                                 "NHS England review it with us every six months."},
        {"kind": "para", "text": "The inspectors found six areas of weakness:"},
        {"kind": "list", "numbered": True, "items": [a[0].split(" \u2013 ", 1)[1] for a in AREAS]},
        {"kind": "para", "text": "For each area below we set out what we will do, who is responsible, by when, and "
                                 "what has happened so far. The newest update comes first."},
    ]
    for title, found, rows in AREAS:
        out.append({"kind": "heading", "text": title, "level": 2})
        out.append({"kind": "para", "text": "What the inspectors found: " + found, "italic": True})
        out.append({"kind": "table", "columns": COLUMNS, "widths": WIDTHS, "repeat_header": True, "rows": rows})
    out += [
        {"kind": "heading", "text": "Tell us what you think", "level": 2},
        {"kind": "para", "text": "If you have a question about the plan, or want to get involved in the work, contact "
                                 "the SEND Improvement Team through the Local Offer or the SNAP Parent and Carer "
                                 "Forum."},
        {"kind": "para", "text": "Was this page useful?  Yes  /  No"},
    ]
    return out


PAPER = {
    "stem": "b6_01_central_bedfordshire_send_wsoa_progress",
    "council": "Central Bedfordshire Council",
    "source": {
        "council": "Central Bedfordshire Council",
        "kind": "SEND Written Statement of Action, progress tables on a web page",
        "year": 2021,
        "title": "Our action plan (Written Statement of Action)",
        "url": URL,
    },
    "producers": ["docx", "pdf-word", "pdf-chromium", "text"],
    "page": {"orientation": "portrait", "font_size": 8, "margin_cm": 1.5},
    "header": "Our action plan (Written Statement of Action) | Central Bedfordshire Council",
    "footer": URL + "    {page}/{pages}",
    "blocks": _blocks(),
}

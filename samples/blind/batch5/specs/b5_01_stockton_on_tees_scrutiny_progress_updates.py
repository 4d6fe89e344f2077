"""Stockton-on-Tees Borough Council, Adult Services and Health Select Committee, 13 December 2016: Six-Monthly
Progress Updates on Previously Agreed Recommendations (scrutiny review recommendations tracker, with the
departments' progress and an assessment of progress 1-4 for each agreed action).

Source: "Six-Monthly Progress Updates on Previously Agreed Recommendations", Adult Services and Health Select
Committee, 13 December 2016 (copy at https://docest.com/doc/348200/six-monthly-progress-updates-on-previously-agreed-recommendations),
found with the pages search.

Visible in the source: the agenda-item front matter (Agenda Item, committee, date, title), the opening paragraph
asking members to consider the assessments of progress, that the outstanding recommendations come from three
reviews (Home Care, Access to GP / Urgent and Emergency Care, Licensing and Public Health) in Appendices 1-3, the
numbered paragraphs on the monitoring process (action plans after Cabinet, then progress reports, then six-monthly
updates, sign-off at assessment "1"), and the four-point assessment key (1 Achieved (Fully); 2 On Track but not
yet due for completion; 3 Slipped, with an anticipated date and reasons; 4 Not Achieved). Modelled: the layout of
each appendix (a heading per review above its own table; columns Recommendation / Agreed Action / Responsibility /
Date / Progress Update / Assessment of progress; the recommendation number and text in the first column; the
assessment as a bare digit; "Ditto" in the Responsibility column), and the contact-officer block. Every sentence is
our own; names are invented.

Decisions for the gold:
- One action per agreed-action row. The recommendation (column 1, number + text under one heading) is
  area_for_improvement; its number is action_ref (refs restart at 1 in each appendix, as printed); a
  recommendation with two agreed actions prints them as two rows, the second with the recommendation cell merged
  down (rowspan); the refs of those rows are "3a"/"3b" as printed in the Agreed Action cell.
- theme is the review heading above each table ("Review of Home Care"), without the "Appendix N" line above it.
- status comes from the assessment digit read through the document's own key: 1 -> completed, 2 -> on_track,
  3 (Slipped) -> at_risk, 4 (Not Achieved) -> off_track. status_raw is the digit as printed. No RAG (no colours).
- "Ditto" in Responsibility repeats the post above (lead_officers copied from the row above).
- A progress cell saying "Revised completion date: April 2017" gives revised_due_date 2017-04-30 (and
  "February 2017" for Licensing 3).
- area_for_improvement is the recommendation text without its leading number; action is the Agreed Action cell
  without its "3a." prefix.
- progress_as_of is the meeting date, 2016-12-13 (no separate "position at" date is printed).
"""

HDR = ["Recommendation", "Agreed Action", "Responsibility", "Date", "Progress Update",
       "Assessment of progress"]
W = [20, 22, 13, 9, 28, 8]


def _t(rows, heading, app):
    return [
        {"kind": "para", "text": app, "bold": True, "align": "right"},
        {"kind": "heading", "text": heading, "level": 2},
        {"kind": "table", "columns": HDR, "widths": W, "repeat_header": True, "rows": rows},
    ]


HOME_CARE = [
    ["1. That the Council's new home care contract includes a minimum visit length of 30 minutes, except where a "
     "shorter call is agreed for a specific task.",
     "Include a 30 minute minimum call length in the specification for the re-tendered home care service.",
     "Head of Adult Strategy", "April 2017",
     "The draft specification includes the minimum call length. Tender documents are due to be issued in January "
     "2017.", "2"],
    ["2. That providers are required to pay care workers for their travel time between visits.",
     "Make payment of travel time a condition of the new framework and check it through contract monitoring.",
     "Ditto", "April 2017",
     "Included in the draft conditions. Providers were told about the requirement at the market engagement event "
     "in October.", "2"],
    [{"text": "3. That the Council works with providers to improve the recruitment and retention of care staff.",
      "rowspan": 2},
     "3a. Hold a joint recruitment campaign with local providers.",
     "Workforce Development Manager", "September 2016",
     "A joint campaign ran through the summer, with two recruitment fairs held in Stockton and Billingham. "
     "Complete.", "1"],
    [None, "3b. Develop a shared induction programme for new care workers.",
     "Workforce Development Manager", "December 2016",
     "The programme has been drafted but the training provider withdrew in November. A new provider is being "
     "sought. Revised completion date: April 2017.", "3"],
    ["4. That service users are given the name of their regular care worker and told when a different worker "
     "will visit.",
     "Require providers to give each service user a named care worker and advance notice of any change.",
     "Head of Adult Strategy", "Ongoing",
     "Monitoring visits found most providers doing this. Two providers have been asked to improve.", "2"],
    ["5. That the outcome of the home care re-tender is reported to the Select Committee.",
     "Report the outcome of the tender to the Committee.",
     "Service Manager, Commissioning", "June 2017",
     "Not yet due.", "2"],
]

GP_ACCESS = [
    ["1. That the Clinical Commissioning Group publicises the range of services available from community "
     "pharmacies.",
     "Run a winter campaign promoting pharmacy services with the Clinical Commissioning Group.",
     "Director of Public Health", "December 2016",
     "The winter campaign started in November across libraries, GP surgeries and social media. Complete.", "1"],
    ["2. That GP practices are encouraged to offer online booking of appointments.",
     "Work with the Clinical Commissioning Group to increase the number of practices offering online booking.",
     "Director of Public Health", "March 2017",
     "Most practices now offer online booking; the remaining six have been contacted.", "2"],
    ["3. That information about the Urgent Care Centre is made clearer on the Council's website.",
     "Update the health pages of the Council's website.",
     "Communications Manager", "Autumn 2016",
     "The website redesign has been delayed and the pages have not yet been updated.", "4"],
    ["4. That the Committee receives an update on the review of urgent care services in the Borough.",
     "Provide an update to the Committee when the review concludes.",
     "Director of Public Health", "Spring 2017",
     "The review is expected to conclude in February 2017.", "2"],
]

LICENSING = [
    ["1. That the Council's Statement of Licensing Policy refers to the public health objectives of the "
     "Council.",
     "Add a public health section when the Statement of Licensing Policy is next reviewed.",
     "Licensing Manager", "January 2017",
     "Consultation on the revised Statement closed in November and it will go to Council in January.", "2"],
    ["2. That public health data on alcohol-related hospital admissions is shared with the Licensing Committee.",
     "Provide a yearly summary of alcohol-related health data to the Licensing Committee.",
     "Public Health Intelligence Manager", "Annually",
     "The first summary was given to the Licensing Committee in September. Complete.", "1"],
    ["3. That Public Health becomes a routine consultee on new premises licence applications.",
     "Set up a process for Public Health to comment on new licence applications.",
     "Licensing Manager / Director of Public Health", "September 2016",
     "A process has been agreed but staff changes mean it has not yet started. Revised completion date: February 2017.",
     "3"],
]

PAPER = {
    "stem": "b5_01_stockton_on_tees_scrutiny_progress_updates",
    "council": "Stockton-on-Tees Borough Council",
    "source": {
        "council": "Stockton-on-Tees Borough Council",
        "kind": "scrutiny review recommendations: six-monthly progress updates (assessment 1-4)",
        "year": 2016,
        "title": "Six-Monthly Progress Updates on Previously Agreed Recommendations, Adult Services and Health "
                 "Select Committee, 13 December 2016",
        "url": "https://docest.com/doc/348200/six-monthly-progress-updates-on-previously-agreed-recommendations",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid", "text"],
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.8},
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "Agenda Item", "bold": True, "align": "right"},
        {"kind": "para", "text": "Adult Services and Health Select Committee", "bold": True},
        {"kind": "para", "text": "13 December 2016", "bold": True},
        {"kind": "heading", "text": "Six-Monthly Progress Updates on Previously Agreed Recommendations",
         "level": 1},
        {"kind": "para", "text": "Summary", "bold": True},
        {"kind": "para", "text": "Members are asked to consider the assessments of progress set out in the "
                                 "attached updates on recommendations agreed after earlier scrutiny reviews. "
                                 "Recommendations remain outstanding from the reviews of Home Care (Appendix 1), "
                                 "Access to GP and Urgent Care (Appendix 2) and Licensing and Public Health "
                                 "(Appendix 3)."},
        {"kind": "para", "text": "Progress Updates", "bold": True},
        {"kind": "para", "text": "1. Once Cabinet has considered a scrutiny report, the recommendations it "
                                 "accepts are monitored until they have been carried out."},
        {"kind": "para", "text": "2. Services first prepare an Action Plan showing how each agreed "
                                 "recommendation will be taken forward. A Progress Report follows at an agreed "
                                 "date, with evidence from the department and an assessment of progress for "
                                 "every recommendation. If the Select Committee agrees, recommendations "
                                 "assessed as '1' are then signed off as complete."},
        {"kind": "para", "text": "3. Recommendations not signed off after the first Progress Report are "
                                 "reported to each Select Committee every six months until they are."},
        {"kind": "para", "text": "4. Progress is assessed on the following scale:"},
        {"kind": "table", "columns": ["Assessment", "Definition"], "widths": [25, 75], "repeat_header": False,
         "rows": [
             ["1 Achieved (Fully)", "The evidence shows that the recommendation has been fully carried out "
                                    "within the timescale agreed."],
             ["2 On Track but not yet due for completion", "The evidence shows that the recommendation is "
                                                           "being carried out as planned and the agreed date "
                                                           "has not yet passed."],
             ["3 Slipped", "The evidence shows that progress has slipped. The date by which the "
                           "recommendation is now expected to be achieved, and the reasons for the delay, "
                           "should be given."],
             ["4 Not Achieved", "The evidence shows that the recommendation has not been carried out and "
                                "there are no plans to do so."],
         ]},
        {"kind": "para", "text": "5. The Committee is asked to agree the assessments and to sign off the "
                                 "recommendations assessed as fully achieved."},
        {"kind": "para", "text": "Name of Contact Officer: Joanne Pilkington\nPost Title: Scrutiny Officer\n"
                                 "Telephone No: 01642 526000\nEmail Address: joanne.pilkington@stockton.gov.uk"},
        {"kind": "page_break"},
        *_t(HOME_CARE, "Review of Home Care", "Appendix 1"),
        {"kind": "page_break"},
        *_t(GP_ACCESS, "Review of Access to GP and Urgent Care", "Appendix 2"),
        {"kind": "page_break"},
        *_t(LICENSING, "Review of Licensing and Public Health", "Appendix 3"),
    ],
}

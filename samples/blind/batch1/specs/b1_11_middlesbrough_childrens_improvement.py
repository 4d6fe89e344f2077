"""Middlesbrough Council, Executive, 7 September 2021: the Children's Services Improvement Plan (drawn up
after the Ofsted inspection that judged services inadequate), with progress from February to July 2021.

Structure copied from the plan the Executive report summarises (outcome banners; the Ofsted recommendation
in a merged cell beside the actions that answer it; an accountable officer given by name and post; a
timescale that may say it was revised; % complete and a RAG word; an update at the end of the period);
every sentence rewritten in our own words. The column header is printed on the first page only.
"""

SHADE = "D9E2F3"

PAPER = {
    "stem": "b1_11_middlesbrough_childrens_improvement",
    "council": "Middlesbrough Borough Council",
    "source": {
        "council": "Middlesbrough Borough Council",
        "kind": "ofsted improvement plan progress",
        "year": 2021,
        "title": "Executive 7 September 2021, item 43: Children's Services Improvement Programme: Overview of "
                 "Progress February 2021 - July 2021",
        "url": "https://moderngov.middlesbrough.gov.uk/ieIssueDetails.aspx?IId=10380&Opt=3",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Children's Services Improvement Plan - Executive, 7 September 2021 - page {page}",
    "blocks": [
        {"kind": "para", "text": "Appendix 1", "bold": True, "align": "right"},
        {"kind": "heading", "text": "Middlesbrough Council", "level": 1},
        {"kind": "heading", "text": "Children's Services Improvement Plan 2020/21 and 2021/22: progress February to "
                                    "July 2021", "level": 2},
        {"kind": "para", "text": "Each outcome below answers one or more of the recommendations Ofsted made at the "
                                 "inspection, together with the two added after the focused visit in May 2021. "
                                 "The Improvement Board reviews the plan every month."},
        {
            "kind": "table",
            "columns": ["Ofsted recommendation", "Ref", "Key actions", "Accountable", "Timescale", "% complete",
                        "RAG", "Update at end of July 2021"],
            "widths": [16, 5, 22, 15, 10, 8, 6, 23],
            "repeat_header": False,
            "rows": [
                {"banner": "OUTCOME A: Better outcomes for children through help at the right time", "fill": SHADE},
                [{"text": "Improve the consistency of decisions at the front door so that referrals are acted on "
                          "promptly.", "rowspan": 3}, "A1",
                 "Introduce one set of threshold guidance for all partners working in the Multi-Agency Children's "
                 "Hub (MACH).", "Laura Pike, Head of Early Help", "March 2021", "100%", "Blue",
                 "Guidance launched with partners in March. Audits since then show that decisions are more "
                 "consistent across the hub."],
                [None, "A2", "Audit 20 contact decisions every month and feed the findings back to team managers.",
                 "Tom Reilly, Principal Social Worker", "Monthly", "", "Green",
                 "Audits have taken place every month since February and the findings are discussed at the practice "
                 "forum."],
                [None, "A3", "Recruit two more senior practitioners to the hub.", "Nadia Khan, Service Manager, MACH",
                 "June 2021", "50%", "Amber",
                 "One post has been filled. The second was advertised again in July after no suitable applicants "
                 "came forward."],
                {"banner": "OUTCOME B: Children in need are protected and their plans make progress", "fill": SHADE},
                [{"text": "Strengthen management oversight and supervision so that plans for children in need move "
                          "forward without drift.", "rowspan": 3}, "B1",
                 "Set a standard of supervision every four weeks for all social workers and report compliance "
                 "monthly.", "Claire Dobson, Head of Safeguarding and Care Planning", "April 2021", "100%", "Blue",
                 "Standard in place since April; compliance reached 91% in July."],
                [None, "B2", "Review every child in need plan that has been open for more than nine months.",
                 "Claire Dobson, Head of Safeguarding and Care Planning", "Sept 2021 - revised to Dec 2021", "60%",
                 "Amber", "Reviews were slowed by staff absence. Extra capacity has been agreed from August."],
                [None, "B3", "Train all team managers in the new model for child protection conferences.",
                 "Tom Reilly, Principal Social Worker / Claire Dobson, Head of Safeguarding and Care Planning",
                 "31/10/2021", "40%", "Green", "Four of the ten sessions have been delivered."],
                {"banner": "OUTCOME C: Children in care find permanent homes without delay", "fill": SHADE},
                [{"text": "Reduce delay in securing permanent homes for children in care.", "rowspan": 3}, "C1",
                 "Hold a permanence planning meeting by the second review for every child in care.",
                 "Sam Okafor, Head of Children in Care", "May 2021", "100%", "Blue",
                 "Meetings now take place for every child and the tracker shows none outstanding."],
                [None, "C2", "Increase the number of in-house foster carers by 15.",
                 "Ruth Allen, Fostering Service Manager", "March 2022", "30%", "Amber",
                 "Six new carers have been approved. The recruitment campaign was relaunched in July."],
                [None, "C3", "Track every child with a plan for adoption through a monthly panel.",
                 "Sam Okafor, Head of Children in Care", "Ongoing", "", "Green",
                 "The panel meets monthly and no child has waited longer than the target time since April."],
                {"banner": "OUTCOME D: A stable, skilled and supported workforce", "fill": SHADE},
                [{"text": "Build a stable workforce so that children do not keep changing social worker.",
                  "rowspan": 3}, "D1",
                 "Launch a recruitment and retention package for experienced social workers.",
                 "Mark Hughes, Head of HR", "Feb 2021", "100%", "Blue",
                 "Package launched in February; 11 experienced social workers have joined since then."],
                [None, "D2", "Reduce the share of social workers employed through agencies to below 20%.",
                 "Director of Children's Care", "Q4 2021/22", "45%", "Red",
                 "Agency use rose to 28% in June because of vacancies in the assessment teams."],
                [None, "D3", "Introduce a career pathway from newly qualified social worker to advanced practitioner.",
                 "Tom Reilly, Principal Social Worker", "Summer 2021", "80%", "Green",
                 "Pathway agreed with staff; the pay grades are being confirmed."],
                {"banner": "OUTCOME E: Strong leadership and management oversight of practice", "fill": SHADE},
                [{"text": "Make sure leaders have an accurate view of the quality of practice through audit and "
                          "performance information.", "rowspan": 3}, "E1",
                 "Publish a monthly performance scorecard for the Improvement Board.",
                 "Priya Shah, Head of Performance and Partnerships", "Monthly", "", "Green",
                 "A scorecard has been produced every month since March."],
                [None, "E2", "Complete the audit to excellence programme in every team.",
                 "Director of Children's Care / Head of Quality Assurance", "Dec 2021", "70%", "Green",
                 "Nine of the thirteen teams have completed the programme."],
                [None, "E3", "Hold a practice week each quarter in which senior leaders observe frontline work.",
                 "Executive Director of Children's Services", "Quarterly", "", "Green",
                 "Practice weeks were held in March and June."],
            ],
            "notes": [
                "RAG key: Blue - complete; Green - on track; Amber - some slippage; Red - off track.",
                "Officers are named as contacts; accountability rests with the post shown.",
            ],
        },
    ],
}

"""London Borough of Harrow, Overview and Scrutiny Committee, 28 January 2010: a covering report on how far
the recommendations of completed scrutiny reviews have been put into effect, with the tracker as Appendix A.

Structure copied from the council's report template of the time ("REPORT FOR:", "Date of Meeting:",
"Subject:", "Responsible Officer:", "Exempt:", "Enclosures:", then "Section 1 - Summary and
Recommendations" and "Section 2 - Report") and from a recommendation tracker: the review in a merged cell
down its recommendations, recommendations numbered afresh for each review, the lead officer repeated as
"ditto", and a status word. The reviews are ones Harrow's scrutiny archive lists; every sentence is
rewritten in our own words.
"""

DPDP = "Divisional Director Partnership Development and Performance"

PAPER = {
    "stem": "b1_12_harrow_scrutiny_tracker",
    "council": "London Borough of Harrow",
    "source": {
        "council": "London Borough of Harrow",
        "kind": "scrutiny recommendations tracker",
        "year": 2010,
        "title": "Overview and Scrutiny Committee, 28 January 2010 (agenda reports pack); completed scrutiny "
                 "reviews May 2006 - May 2010 (Council Improvement Programme challenge panel, June 2008; Extended "
                 "schools as community resources, April 2009; Economic development and tourism, November 2006)",
        "url": "http://openlylocal.com/documents/21787.json",
    },
    "producers": ["docx", "pdf-word", "text"],
    "page": {"orientation": "portrait", "font_size": 9},
    "footer": "Overview and Scrutiny Committee - 28 January 2010",
    "blocks": [
        {"kind": "para", "text": "REPORT FOR: OVERVIEW AND SCRUTINY COMMITTEE", "bold": True},
        {"kind": "para", "text": "Date of Meeting: 28 January 2010"},
        {"kind": "para", "text": "Subject: Scrutiny review recommendations - implementation tracker"},
        {"kind": "para", "text": f"Responsible Officer: {DPDP}"},
        {"kind": "para", "text": "Scrutiny Lead Member area: Corporate Effectiveness"},
        {"kind": "para", "text": "Exempt: No"},
        {"kind": "para", "text": "Enclosures: Appendix A - Recommendation tracker"},
        {"kind": "heading", "text": "Section 1 - Summary and Recommendations", "level": 2},
        {"kind": "para", "text": "This report tells the committee how far the recommendations of three completed "
                                 "scrutiny reviews have been carried out, so that members can decide whether any "
                                 "review needs to be followed up."},
        {"kind": "para", "text": "Recommendations: The committee is asked to note the progress shown in Appendix A "
                                 "and to agree which recommendations it wishes to follow up at its meeting in "
                                 "April."},
        {"kind": "heading", "text": "Section 2 - Report", "level": 2},
        {"kind": "para", "text": "2.1 Harrow Council's scrutiny reviews make recommendations to Cabinet, to "
                                 "partners such as NHS Harrow and the Harrow Strategic Partnership, and sometimes to "
                                 "neighbouring boroughs. The London Borough of Brent and the London Borough of "
                                 "Hillingdon were consulted on the economic development review because the visitor "
                                 "economy crosses borough boundaries."},
        {"kind": "para", "text": "2.2 The tracker at Appendix A sets out each recommendation, the response and the "
                                 "action taken, the officer leading it, the date agreed and its status. Of the "
                                 "twelve recommendations, four have been implemented, one is no longer required and "
                                 "the rest are in progress, delayed or not yet started."},
        {"kind": "para", "text": "2.3 Two recommendations have passed the date agreed for them. Officers will attend "
                                 "the April meeting to explain the delay if members wish."},
        {"kind": "heading", "text": "Section 3 - Further Information", "level": 2},
        {"kind": "para", "text": "Contact: Scrutiny Officer, Harrow Civic Centre, Station Road, Harrow HA1 2XY. "
                                 "Tel: 020 8863 5611"},
        {"kind": "para", "text": "Background papers: the final reports of the three reviews listed in Appendix A."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A - Recommendation tracker", "level": 2},
        {
            "kind": "table",
            "columns": ["Review", "No.", "Recommendation", "Response and action taken", "Lead officer", "Date",
                        "Status"],
            "widths": [14, 6, 20, 19, 17, 10, 14],
            "repeat_header": True,
            "rows": [
                [{"text": "Council Improvement Programme - challenge panel (June 2008)", "rowspan": 4}, "1",
                 "That the improvement programme board publishes a single list of projects with a named sponsor for "
                 "each.", "Agreed. The project list is on the intranet and is refreshed each quarter.", DPDP,
                 "Sept 2008", "Implemented"],
                [None, "2", "That every project reports its benefits, and not only its milestones, to the board.",
                 "Agreed. A benefits template is in use; 12 of the 19 projects now report benefits.", "ditto",
                 "Mar 09", "In progress"],
                [None, "3", "That scrutiny receives an update on the programme every six months.",
                 "Agreed. Updates were received in March and September 2009.", "ditto", "Six monthly",
                 "Implemented"],
                [None, "4", "That staff are briefed on the programme at team meetings.",
                 "Briefings have been replaced by articles in the new staff magazine.", "Head of Communications",
                 "Dec 2008", "No longer required"],
                [{"text": "Extended schools as community resources (April 2009)", "rowspan": 4}, "1",
                 "That the council maps the community use of every school site in the borough.",
                 "Agreed. Mapping is finished for primary schools; secondary schools will follow.",
                 "Extended Schools Manager", "Summer 2009", "Delayed"],
                [None, "2", "That the charges made to community groups for using school premises are made "
                 "consistent.", "Agreed in part. A draft charging framework has been shared with head teachers.",
                 "ditto", "April 2010", "In progress"],
                [None, "3", "That each school's website names a contact for community lettings.", "Agreed.", "ditto",
                 "End of March 2010", "Not started"],
                [None, "4", "That the Children's Trust reviews the funding of extended services every year.",
                 "Agreed. The first review took place in October 2009.", "Corporate Director Children's Services",
                 "Annually", "Implemented"],
                [{"text": "Economic development and tourism (November 2006)", "rowspan": 4}, "1",
                 "That the council agrees a visitor strategy with neighbouring boroughs.",
                 "Agreed. A joint strategy with two neighbouring boroughs is in draft.",
                 "Economic Development Manager", "2009/10", "In progress"],
                [None, "2", "That a business advice surgery is held in each town centre every month.",
                 "Agreed. Surgeries run in Harrow town centre and Wealdstone; the others start in April.", "ditto",
                 "Monthly", "In progress"],
                [None, "3", "That empty shop units are offered for short-term community and arts use.",
                 "Agreed. Revised target date from Autumn 2009 to June 2010 to match the review of the council's "
                 "leases.", "Head of Property Services", "Autumn 2009", "Delayed"],
                [None, "4", "That a town centre manager post is created.", "Agreed. The post was filled in March 2009.",
                 "Economic Development Manager", "Jan 2009", "Implemented"],
            ],
            "notes": ["Status: Implemented; In progress; Delayed; Not started; No longer required."],
        },
    ],
}

"""Gedling Borough Council, Overview and Scrutiny Committee, February 2016: progress on the recommendations of
the scrutiny review 'Reducing Unemployment in the Borough' (all accepted or partly accepted by Cabinet).

Structure copied from the real tracker kind (a covering report, then a numbered recommendation table with the
Cabinet response, the lead officer by name and post, the original and revised timescales and a progress column
whose first words give the status; the column headings printed on the first page only; a sign-off under the
table). Every sentence is rewritten in our own words and the officers' names are invented.
"""

PAPER = {
    "stem": "b1_05_gedling_scrutiny_tracker",
    "council": "Gedling Borough Council",
    "source": {
        "council": "Gedling Borough Council",
        "kind": "scrutiny recommendations tracker",
        "year": 2016,
        "title": "Overview and Scrutiny Committee: progress report on the implementation of the recommendations of "
                 "the Reducing Unemployment in the Borough scrutiny review (announced in the Scrutiny Work Programme "
                 "2015/2016 item for the February meeting)",
        "url": "https://democracy.gedling.gov.uk/mgAi.aspx?ID=3434",
    },
    "producers": ["docx", "pdf-word", "text", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 10},
    "blocks": [
        {"kind": "heading", "text": "GEDLING BOROUGH COUNCIL", "level": 1},
        {"kind": "para", "text": "Report to Overview and Scrutiny Committee", "bold": True},
        {"kind": "para", "text": "Subject: Scrutiny review of reducing unemployment in the borough - progress on "
                                 "recommendations"},
        {"kind": "para", "text": "Date: 22 February 2016"},
        {"kind": "para", "text": "Author: Scrutiny Officer"},
        {"kind": "para", "text": "Purpose of the report", "bold": True},
        {"kind": "para", "text": "To tell the committee what has happened to each recommendation of its review of "
                                 "unemployment in the borough since Cabinet agreed its response. Some recommendations "
                                 "rely on partners, in particular Nottinghamshire County Council, Jobcentre Plus and "
                                 "the D2N2 Local Enterprise Partnership."},
        {"kind": "para", "text": "Recommendation", "bold": True},
        {"kind": "para", "text": "That the committee notes the progress set out in the table below and decides "
                                 "whether any recommendation needs further review."},
        {
            "kind": "table",
            "columns": ["No.", "Recommendation", "Cabinet response", "Lead officer", "Original timescale",
                        "Revised timescale", "Progress update"],
            "widths": [4, 27, 14, 15, 9, 9, 22],
            "repeat_header": False,
            "rows": [
                ["1", "That the Council and Jobcentre Plus hold a jobs fair each year in Arnold and another in "
                      "Netherfield.", "Accepted", "R. Ashcroft - Economic Development Manager", "Annually", "",
                 "Ongoing - the first Arnold jobs fair was held in October 2015 with 40 employers taking part; the "
                 "Netherfield fair is being planned for the spring."],
                ["2", "That the Council creates its own apprenticeship scheme with at least five places a year.",
                 "Accepted", "D. Wakeling - Human Resources Manager", "April 2015", "September 2015",
                 "Completed - six apprentices began work in September 2015 in four different services."],
                ["3", "That the Council uses its contracts to ask suppliers to offer local jobs and training.",
                 "Partly accepted - for contracts over \u00a3100,000 only", "J. Robinson - Corporate Procurement "
                 "Officer", "December 2015", "",
                 "In progress - a social value clause has been drafted and will first be used in the leisure "
                 "contract tender."],
                ["4", "That a directory of local training providers is published on the Council's website.",
                 "Accepted", "S. Patel - Communications Manager", "July 2015", "",
                 "Completed - the directory has been online since July 2015 and is refreshed each quarter."],
                ["5", "That the Council presses the D2N2 Local Enterprise Partnership for skills funding to be spent "
                      "in the borough.", "Accepted", "R. Ashcroft - Economic Development Manager", "Ongoing", "",
                 "Ongoing - the Leader set out the borough's needs at the November meeting of the LEP board."],
                ["6", "That a work club is set up in each of the three wards with the highest unemployment.",
                 "Partly accepted - two clubs now, a third if funding is found",
                 "R. Ashcroft - Economic Development Manager", "March 2016", "",
                 "In progress - work clubs are open in Netherfield and Killisick; no funding has yet been found "
                 "for a third."],
                ["7", "That young people who are not in education, employment or training are offered work "
                      "experience at the Council.", "Accepted", "D. Wakeling - Human Resources Manager",
                 "September 2015", "March 2016",
                 "Delayed - placements were paused while staff moved offices and will restart in March."],
                ["8", "That the Council supports the Gedling Access Road as a way of opening up land for new "
                      "employment.", "Accepted", "M. Hill - Planning Policy Manager", "2016/17", "",
                 "Ongoing - the County Council expects work on the road to begin in 2017."],
                ["9", "That business rate relief for new small businesses is promoted to people starting a "
                      "business.", "Accepted", "K. Evans - Revenues Manager", "June 2015", "",
                 "Completed - a leaflet and a web page were published in June 2015."],
                ["10", "That a mentoring scheme pairs established employers with new businesses.", "Not accepted",
                 "R. Ashcroft - Economic Development Manager", "N/A", "",
                 "No longer required - mentoring is now offered to new firms by the LEP's Growth Hub."],
                ["11", "That the Council holds an annual event to celebrate local employers.", "Accepted",
                 "R. Ashcroft - Economic Development Manager", "Annually", "",
                 "Not started - a date is to be agreed with the Chamber of Commerce."],
                ["12", "That the committee receives a report on progress with these recommendations after six "
                       "months.", "Accepted", "L. Morris - Scrutiny Officer", "February 2016", "",
                 "Completed - this report."],
            ],
            "notes": ["Lead officers are shown by name and post.",
                      "Report agreed by: Director of Organisational Development and Democratic Services, "
                      "10 February 2016.",
                      "Civic Centre, Arnot Hill Park, Arnold, Nottingham NG5 6LU"],
        },
    ],
}

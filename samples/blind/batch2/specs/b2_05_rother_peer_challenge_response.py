"""Rother District Council, LGA Corporate Peer Challenge: recommendations and the Council's response (Cabinet, 2022).

Copies the structure the real report had: a covering report to Cabinet from the Chief Executive on the
peer challenge of March 2022 (the five core components named in its body), with the twelve
recommendations and identified actions in a response table at Appendix 2, to which members asked for a
column marking each recommendation "Implemented, Part-Implemented or Not Implemented". The front matter
labels and the table's other column headings were not visible in the source and follow Rother's usual
report layout as far as we know it. Every sentence is our own; the names are invented.
"""

PAPER = {
    "stem": "b2_05_rother_peer_challenge_response",
    "council": "Rother District Council",
    "source": {
        "council": "Rother District Council",
        "kind": "peer challenge action plan (recommendations and response)",
        "year": 2022,
        "title": "Local Government Association - Corporate Peer Challenge (Cabinet decision, recommendations and "
                 "identified actions at Appendix 2)",
        "url": "https://rother.moderngov.co.uk/ieDecisionDetails.aspx?AIId=3981",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium", "text"],
    "page": {"orientation": "portrait", "font_size": 9},
    "footer": "rdc/cabinet/221003/lgapeerchallenge          {page}",
    "blocks": [
        {"kind": "heading", "text": "Rother District Council", "level": 1},
        {"kind": "para", "text": "Report to:        Cabinet"},
        {"kind": "para", "text": "Date:               3 October 2022"},
        {"kind": "para", "text": "Title:               Local Government Association \u2013 Corporate Peer Challenge"},
        {"kind": "para", "text": "Report of:        Chief Executive"},
        {"kind": "para", "text": "Cabinet Member: Councillor Dawson"},
        {"kind": "para", "text": "Ward(s):          All"},
        {"kind": "para", "text": "Purpose of Report: To set out the recommendations of the Corporate Peer Challenge "
                                 "and the actions the Council has identified in response."},
        {"kind": "para", "text": "Officer Recommendation(s): It be RESOLVED: That the Corporate Peer Challenge "
                                 "feedback report be received and the responses at Appendix 2 be agreed."},
        {"kind": "heading", "text": "Introduction", "level": 2},
        {"kind": "para", "text": "1. A peer team arranged by the Local Government Association spent four days with "
                                 "the Council in March 2022. The finished feedback report arrived on 6 September "
                                 "2022 and is at Appendix 1."},
        {"kind": "para", "text": "2. The team looked at the five core components of every peer challenge: local "
                                 "priorities and outcomes; organisational and place leadership; governance and "
                                 "culture; financial planning and management; and capacity for improvement. It "
                                 "met members, staff and partners, including East Sussex County Council and "
                                 "Wealden District Council."},
        {"kind": "para", "text": "3. The report makes twelve recommendations. Appendix 2 sets out the action "
                                 "identified for each, who leads it and by when. A follow-up visit by the peer "
                                 "team is expected within a year. Enquiries: Town Hall, London Road, "
                                 "Bexhill-on-Sea, East Sussex TN39 3JX."},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 2 \u2013 Corporate Peer Challenge: Recommendations and Identified "
                                    "Actions", "level": 2},
        {
            "kind": "table",
            "columns": ["No.", "Peer Challenge Recommendation", "Identified Action(s)", "Lead Officer",
                        "Timescale", "Implemented / Part-Implemented / Not Implemented"],
            "widths": [5, 27, 30, 14, 12, 12],
            "repeat_header": True,
            "rows": [
                ["1", "Turn the Corporate Plan into a clear, shared vision for Rother that partners can sign up "
                      "to.",
                 "\u2022 Hold a visioning workshop with partners and town and parish councils\n"
                 "\u2022 Publish a short vision statement for the district",
                 "Chief Executive", "March 2023", "Part-Implemented"],
                ["2", "Set out a clear plan to reach financial sustainability and reduce the use of reserves to "
                      "balance the budget.",
                 "\u2022 Agree a Financial Stability Programme with savings and income targets\n"
                 "\u2022 Report progress to every Cabinet meeting",
                 "Chief Finance Officer", "Revised from December 2022 to March 2023", "Part-Implemented"],
                ["3", "Review the risks and returns of the property investment strategy in the light of the "
                      "economy after the pandemic.",
                 "The Property Investment Panel will test each investment against a revised risk appetite.",
                 "Chief Finance Officer and Head of Estates", "March 2023", "Not Implemented"],
                ["4", "Create a Capital Programme Board to oversee the major projects.",
                 "Widen the role of the existing Corporate Programme Board, which now also oversees the "
                 "Financial Stability Programme.",
                 "Deputy Chief Executive", "September 2022", "Implemented"],
                ["5", "Give staff clarity on the future ways of working after the pandemic.",
                 "\u2022 Agree a hybrid working policy\n"
                 "\u2022 Survey staff on the new arrangements after six months",
                 "Head of Human Resources", "January 2023", "Part-Implemented"],
                ["6", "Look again at capacity in the senior management team and whether extra resource is "
                      "needed to deliver the priorities.",
                 "The Chief Executive will review the senior structure and bring proposals to Council.",
                 "Chief Executive", "Spring 2023", "Not Implemented"],
                ["7", "Review the constitution and scheme of delegation so that decision making is clear and "
                      "timely.",
                 "\u2022 Set up a cross-party constitution review group\n"
                 "\u2022 Take a revised scheme of delegation to Council",
                 "Monitoring Officer", "Ongoing", "Part-Implemented"],
                ["8", "Prepare a regeneration strategy for the towns of the district.",
                 "To be taken forward through the Economic Recovery Plan, which will come to Cabinet.",
                 "Head of Economic Development", "2023/24", "Not Implemented"],
                ["9", "Develop the role of councillors as community leaders in their wards.",
                 "\u2022 Add a community leadership module to the member development programme\n"
                 "\u2022 Publish a councillors' guide to working with partners",
                 "Democratic Services Manager", "Summer 2023", "Part-Implemented"],
                ["10", "Build on the Climate Change Strategy by setting targets that can be measured.",
                 "Publish a yearly carbon report with targets for the Council's own emissions.",
                 "Environment and Policy Manager", "Annual \u2013 first report June 2023", "Not Implemented"],
                ["11", "Make more use of performance data to track delivery of the Corporate Plan.",
                 "Introduce quarterly performance reports to Cabinet and to the Overview and Scrutiny Committee.",
                 "Head of Policy and Performance", "Quarterly from November 2022", "Part-Implemented"],
                ["12", "Improve internal communications so that staff understand the Council's priorities.",
                 "\u2022 Monthly all-staff briefings by the Chief Executive\n"
                 "\u2022 Launch a new staff intranet",
                 "Communications Manager", "Monthly / intranet by April 2023", "Part-Implemented"],
            ],
            "notes": ["Progress against each action will be reported to the Overview and Scrutiny Committee every "
                      "six months."],
        },
    ],
}

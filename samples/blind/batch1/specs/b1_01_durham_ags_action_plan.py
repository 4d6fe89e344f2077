"""Durham County Council, Audit Committee, 6 June 2008: a covering report on the issues for the 2007/08
Annual Governance Statement, with an appendix giving progress on the 2006/07 Governance Action Plan.

Structure copied from the real paper (covering report of the Head of Internal Audit and Risk Management,
numbered paragraphs, then a table grouped by the CIPFA/SOLACE governance principles as banner rows);
every sentence rewritten in our own words.
"""

PAPER = {
    "stem": "b1_01_durham_ags_action_plan",
    "council": "Durham County Council",
    "source": {
        "council": "Durham County Council",
        "kind": "annual governance statement action plan",
        "year": 2008,
        "title": "Audit Committee 6 June 2008, item A4: Issues for Inclusion with the 2007/08 Annual Governance "
                 "Statement (Appendix 2: progress on the 2006/07 Governance Action Plan)",
        "url": "https://democracy.durham.gov.uk/CeListDocuments.aspx?MID=2657&RD=A4%20Issues%20for%20Inclusion"
               "%20with%20the%202007%20-%2008%20Annual%20Governance%20Statement&DF=06%2f06%2f2008&A=1&R=0",
    },
    "producers": ["docx", "pdf-word", "text"],
    "page": {"orientation": "portrait", "font_size": 10},
    "footer": "Audit Committee - 6 June 2008 - Item A4",
    "blocks": [
        {"kind": "heading", "text": "DURHAM COUNTY COUNCIL", "level": 1},
        {"kind": "para", "text": "Audit Committee", "bold": True},
        {"kind": "para", "text": "6 June 2008", "bold": True},
        {"kind": "para", "text": "Item A4"},
        {"kind": "heading", "text": "Issues for Inclusion with the 2007/08 Annual Governance Statement", "level": 2},
        {"kind": "para", "text": "Report of the Head of Internal Audit and Risk Management", "italic": True},
        {"kind": "para", "text": "Purpose of the Report", "bold": True},
        {"kind": "para", "text": "1. This report tells Members which governance issues are proposed for this "
                                 "year's Annual Governance Statement (AGS). The AGS will go to the County Council "
                                 "with the Statement of Accounts on 26 June 2008."},
        {"kind": "para", "text": "2. The AGS is prepared each year and gives a view on whether the Council's "
                                 "internal control environment and its corporate governance arrangements follow "
                                 "proper practice and work as intended."},
        {"kind": "para", "text": "3. The Corporate Risk Management Group will consider the proposed issues on "
                                 "3 June 2008, alongside a summary of how far the 2006/07 Governance Action Plan has "
                                 "been delivered (Appendix 2). Some issues are long-standing and were found through "
                                 "Internal Audit's review, a governance questionnaire sent to Members and officers, "
                                 "and interviews with service management teams."},
        {"kind": "para", "text": "4. The review has taken account of the move to a single unitary council for "
                                 "County Durham on 1 April 2009. Work with Durham City Council and the other district "
                                 "councils on the Local Government Review will affect when some actions can be "
                                 "finished, and this is noted against the actions concerned."},
        {"kind": "para", "text": "Recommendation", "bold": True},
        {"kind": "para", "text": "5. Members are asked to note the progress shown in Appendix 2 and to comment on "
                                 "the issues proposed for the 2007/08 AGS."},
        {"kind": "para", "text": "Contact: J. Harker, Internal Audit and Risk Management, County Hall, Durham "
                                 "DH1 5UL. Tel: 0191 383 3000"},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix 2", "level": 2},
        {"kind": "para", "text": "Progress made against the 2006/07 Governance Action Plan", "bold": True},
        {
            "kind": "table",
            "columns": ["Ref", "Issue identified", "Action agreed", "Responsible Officer", "Target Date",
                        "Progress as at 31 May 2008"],
            "widths": [7, 19, 23, 16, 13, 22],
            "repeat_header": True,
            "rows": [
                {"banner": "Principle 1 - Focusing on the purpose of the Council and on outcomes for the community"},
                ["G1", "The quality of performance data is weak in some services.",
                 "Extend the data quality policy to every service grouping and check that it is followed through "
                 "internal audit work.",
                 "Head of Policy and Performance", "March 2008",
                 "Complete. The policy was adopted by the Corporate Management Team in January 2008 and compliance "
                 "checks are part of the 2008/09 audit plan."],
                ["G2", "Service plans do not always show how they support the Council Plan.",
                 "Issue new service planning guidance that asks every plan to show its link to corporate "
                 "priorities.",
                 "Head of Policy and Performance", "30 September 2007",
                 "In progress. The guidance has been issued; three service groupings have still to update their "
                 "plans and the target date has been revised to 30 June 2008."],
                {"banner": "Principle 3 - Promoting values and upholding high standards of conduct and behaviour"},
                ["G3", "The register of officers' interests is not refreshed each year.",
                 "Remind all officers every April of their duty to declare interests, and keep one central "
                 "register.",
                 "Head of Legal and Democratic Services", "April 2008",
                 "Complete. The reminder went out on 1 April 2008 and returns are held by Legal Services."],
                ["G4", "Too few Members have attended training on the code of conduct.",
                 "Run refresher training on the code of conduct for all Members, repeating the session for those "
                 "who could not attend.",
                 "ditto", "December 2007",
                 "Ongoing. Two sessions have been held and 41 Members have still to attend; another session is "
                 "arranged for July 2008."],
                {"banner": "Principle 4 - Taking informed and transparent decisions, subject to effective scrutiny "
                           "and managing risk"},
                ["G5", "Service risk registers are not reviewed every quarter in all service groupings.",
                 "Report each service risk register to the Corporate Risk Management Group every quarter.",
                 "Corporate Risk Manager", "Quarterly",
                 "On target. Registers for all six service groupings were received in the last quarter of "
                 "2007/08."],
                ["G6", "Business continuity plans have not been tested.",
                 "Test the business continuity plans of critical services through a desktop exercise.",
                 "Corporate Risk Manager", "31 March 2008",
                 "Not achieved. The exercise could not be held before the year end because of the workload of the "
                 "Local Government Review."],
                ["G7", "Records of key decisions taken by officers under delegated powers are incomplete.",
                 "Publish a register of key officer decisions taken under delegated powers.",
                 "Head of Legal and Democratic Services / County Treasurer", "June 2008",
                 "In progress. The template is agreed and the register will go live with the new website."],
                {"banner": "Principle 5 - Developing the capacity and capability of Members and officers"},
                ["G8", "Not every employee has an annual appraisal.",
                 "Make sure every employee has a performance appraisal each year and record completion centrally.",
                 "Head of Human Resources", "Annually",
                 "Some slippage. Just over three quarters of appraisals were recorded for 2007/08, short of the "
                 "target."],
                ["G9", "Not all network users have signed up to the ICT security policy.",
                 "Ask every network user to accept the ICT security policy when logging on.",
                 "Head of ICT", "January 2008",
                 "Complete. An acceptance screen has been shown at log-on since January 2008."],
                ["G10", "There is no development programme for the Members of the new unitary council.",
                 "Agree a development programme for the councillors elected in May 2008.",
                 "Head of Legal and Democratic Services and Head of Human Resources", "May / June 2008",
                 "On target. Induction sessions are under way following the elections on 1 May 2008."],
            ],
            "notes": ["Source: Internal Audit follow-up review, May 2008.",
                      "Actions marked Complete will be removed from the plan once the Audit Committee has noted "
                      "them."],
        },
    ],
}

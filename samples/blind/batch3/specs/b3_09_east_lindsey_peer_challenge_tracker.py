"""East Lindsey District Council, LGA Corporate Peer Challenge Action Plan Tracker, Executive Board,
20 February 2025 (item 72, Appendix B "Action Plan Tracker EB 250220").

The real item (democracy.e-lindsey.gov.uk, ieIssueDetails IId=38641) has the covering report, the LGA feedback
report (Appendix A, peer challenge of 12-14 November 2024) and the council's action plan tracker as a separate
appendix PDF (Appendix B), which is what this sample copies: an appendix on its own, so doc_kind action_plan.
Visible in the source: the meeting, date, appendix title, that the tracker answers the peer team's
recommendations one by one (the minutes cite "Recommendation 2" on communications) and that the council works in
the South & East Lincolnshire Councils Partnership with Boston and South Holland.

Modelled: the layout. The first two columns sit under one spanned heading "Recommendation" (number, then the
recommendation's text, both merged down over that recommendation's rows); the action column is headed
"Key deliverables" with each deliverable's number at the start of its text ("1.1 ..."); the lead column is
headed "Who" and once says "Ditto"; "When" mixes months, quarters, a season, "From April 2025" and "Complete by
end of 2025"; RAG letters on coloured fills; a "Key:" row inside the table as its last row; a running header
naming the meeting. Every sentence is our own; the names are invented.

Decisions for the gold:
- action_ref is the number leading the deliverable's text ("1.1"); the action is the text after it.
- the recommendation text is area_for_improvement; there is no theme.
- "Ditto" in the Who column repeats the post above (Head of Communications).
- "From April 2025" is a start, not a deadline: due_date null. "Complete by end of 2025" -> 2025-12-31 (year).
- status from the RAG letter via the key (C = complete -> completed, rag blue from its blue fill).
- progress_as_of: the meeting date (the progress column has no date of its own).
"""

G = {"text": "G", "fill": "00B050"}
A = {"text": "A", "fill": "FFC000"}
R = {"text": "R", "fill": "FF0000"}
C = {"text": "C", "fill": "5B9BD5"}


def rec(n, text, rows):
    return [{"text": str(n), "rowspan": rows}, {"text": text, "rowspan": rows}]


PAPER = {
    "stem": "b3_09_east_lindsey_peer_challenge_tracker",
    "council": "East Lindsey District Council",
    "source": {
        "council": "East Lindsey District Council",
        "kind": "LGA corporate peer challenge action plan tracker (appendix)",
        "year": 2025,
        "title": "LGA Corporate Peer Challenge report and action plan, Executive Board 20 February 2025, item 72, "
                 "Appendix B - Action Plan Tracker",
        "url": "https://democracy.e-lindsey.gov.uk/ieIssueDetails.aspx?IId=38641&Opt=3&PlanId=0",
    },
    "producers": ["docx", "pdf-word", "pdf-chromium", "pdf-calc"],  # a tracker kept in Excel
    "page": {"orientation": "landscape", "font_size": 9, "margin_cm": 1.5},
    "header": "Executive Board \u2013 20 February 2025 \u2013 Appendix B",
    "footer": "{page}",
    "blocks": [
        {"kind": "para", "text": "East Lindsey District Council", "bold": True},
        {"kind": "heading", "text": "Corporate Peer Challenge Action Plan Tracker", "level": 1},
        {"kind": "para", "text": "Peer challenge held 12\u201314 November 2024. The tracker sets out the council's "
                                 "response to each of the peer team's recommendations, who will lead it, when it will "
                                 "be done and progress so far. It will be reported to Overview Committee every six "
                                 "months until the peer team's progress review."},
        {
            "kind": "table",
            "columns": [{"text": "Recommendation", "colspan": 2}, None, "Key deliverables", "Who", "When", "RAG",
                        "Progress update"],
            "widths": [3, 22, 25, 14, 9, 4, 23],
            "repeat_header": True,
            "rows": [
                rec(1, "Set out a clear, shared story of what the South & East Lincolnshire Councils Partnership is "
                       "for and what it means for East Lindsey residents", 2)
                + ["1.1 Publish a short statement of the partnership's purpose and benefits, agreed by the three "
                   "councils", "Chief Executive", "March 2025", G,
                   "A draft statement has been shared with the leaders of the three councils."],
                [None, None, "1.2 Include partnership performance in the quarterly performance report to Overview "
                             "Committee", "Assistant Director \u2013 Corporate", "Q1 2025/26", G,
                 "The format of the combined report is being designed."],
                rec(2, "Improve communication with residents, staff and members, making more use of digital "
                       "channels", 3)
                + ["2.1 Refresh the communications strategy with a focus on digital and local media",
                   "Head of Communications", "June 2025", A,
                   "Work started in January but has slowed while the team supports the county council elections."],
                [None, None, "2.2 Introduce a monthly members' briefing and a staff newsletter",
                 "Head of Communications", "From April 2025", G,
                 "The format has been agreed and the first issue is planned for April."],
                [None, None, "2.3 Carry out a residents' survey and publish the results", "Ditto", "Autumn 2025", G,
                 "Survey questions are being drafted with the partner councils."],
                rec(3, "Prepare for local government reorganisation while keeping the focus on local services", 2)
                + ["3.1 Set up a reorganisation programme board with members and officers on it",
                   "Leader / Chief Executive", "February 2025", C,
                   "Complete. The board met for the first time on 4 February 2025."],
                [None, None, "3.2 Produce a business continuity plan for key services through the transition",
                 "Deputy Chief Executive \u2013 Corporate Development", "September 2025", G,
                 "Service leads are listing the services that must not be interrupted."],
                rec(4, "Develop the Medium Term Financial Strategy to show how the budget gap from 2026/27 will be "
                       "closed", 2)
                + ["4.1 Agree a savings and income plan for 2026/27 to 2028/29", "Section 151 Officer", "Q3 2025/26",
                   A, "Early options have been identified; the effect of the finance settlement is still being "
                      "worked through."],
                [None, None, "4.2 Review the use of reserves against the council's priorities", "Section 151 Officer",
                 "31/03/2025", G, "The review will be reported to Executive Board with the budget."],
                rec(5, "Strengthen the role of Overview Committee, including scrutiny of partnership decisions", 2)
                + ["5.1 Hold a scrutiny development session for all members with an external facilitator",
                   "Monitoring Officer", "May 2025", G,
                   "A facilitator has been booked for a session after the elections."],
                [None, None, "5.2 Agree a joint scrutiny protocol with the partner councils",
                 "Monitoring Officer / Democratic Services Manager", "Complete by end of 2025", A,
                 "The partner councils have been asked to nominate members to a joint working group and replies are "
                 "awaited."],
                rec(6, "Build capacity and resilience in the workforce, including succession planning for senior "
                       "roles", 2)
                + ["6.1 Publish a partnership workforce strategy focused on recruitment and retention",
                   "Assistant Director \u2013 People Services", "July 2025", G,
                   "Staff focus groups were held in January."],
                [None, None, "6.2 Extend the apprenticeship and graduate schemes",
                 "Assistant Director \u2013 People Services", "Q2 2025/26", G,
                 "Eight apprentices started in 2024/25."],
                rec(7, "Use the district's coastal and visitor economy strengths to attract investment, working with "
                       "Lincolnshire County Council and the Greater Lincolnshire Combined County Authority", 2)
                + ["7.1 Agree investment priorities for the coast with the Combined County Authority",
                   "Assistant Director \u2013 Regeneration", "December 2025", R,
                   "Talks are on hold until the Combined County Authority has agreed its own investment plan."],
                [None, None, "7.2 Complete the Towns Fund projects in Skegness and Mablethorpe",
                 "Assistant Director \u2013 Regeneration", "March 2026", G,
                 "Nine of the twelve projects have started on site."],
                [{"text": "Key: G \u2013 on track; A \u2013 some risk to delivery or timescale; R \u2013 off track, "
                          "action needed; C \u2013 complete", "colspan": 7}],
            ],
        },
    ],
}

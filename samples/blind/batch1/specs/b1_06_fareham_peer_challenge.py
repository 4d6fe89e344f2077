"""Fareham Borough Council, Executive, 3 November 2025: Corporate Peer Challenge Progress Review Position
Statement, with the RAG-rated action plan answering the peer team's ten recommendations.

Structure copied from the real paper (a covering report to the Executive, then the action plan grouped under the
progress review's three theme headings - committees and governance, partnerships and investment, organisational
development - with each recommendation beside its numbered actions and a RAG rating shown by colour only, the key
under the table); every sentence rewritten in our own words.
"""

BL = {"text": "", "fill": "0070C0"}
GR = {"text": "", "fill": "00B050"}
AM = {"text": "", "fill": "FFC000"}
RD = {"text": "", "fill": "FF0000"}
_COLS = ["Rec.", "Peer team recommendation", "Action no.", "Action", "Accountable", "By when", "Commentary", "RAG"]
_W = [5, 17, 6, 19, 14, 8, 26, 5]
HDS = "Head of Democratic Services"
DPR = "Director of Planning and Regeneration"
DFR = "Director of Finance and Resources"
POD = "Head of People and Organisational Development"
KEY = "RAG: Blue - complete; Green - on track; Amber - at risk of slipping; Red - off track."


def _rec(n, text, span):
    return [n, {"text": text, "rowspan": span}] if span > 1 else [n, text]


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows, "notes": [KEY]}


PAPER = {
    "stem": "b1_06_fareham_peer_challenge",
    "council": "Fareham Borough Council",
    "source": {
        "council": "Fareham Borough Council",
        "kind": "peer challenge action plan update",
        "year": 2025,
        "title": "Executive 3 November 2025: Corporate Peer Challenge: Progress Review Position Statement "
                 "(Appendix A: action plan against the CPC recommendations)",
        "url": "https://opencouncil.network/councils/fareham/decisions/176453",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "heading", "text": "FAREHAM BOROUGH COUNCIL", "level": 1},
        {"kind": "para", "text": "Civic Offices, Civic Way, Fareham, Hampshire PO16 7AZ"},
        {"kind": "para", "text": "Report to the Executive for Decision", "bold": True},
        {"kind": "para", "text": "Portfolio: Policy and Resources"},
        {"kind": "para", "text": "Subject: Corporate Peer Challenge: Progress Review Position Statement"},
        {"kind": "para", "text": "Report of: Chief Executive Officer"},
        {"kind": "para", "text": "Date: 3 November 2025"},
        {"kind": "para", "text": "Agenda item: 9(1)"},
        {"kind": "para", "text": "Corporate Priority: Dynamic, Prudent and Progressive Council"},
        {"kind": "para", "text": "Purpose", "bold": True},
        {"kind": "para", "text": "To approve the draft position statement that records what the council has done "
                                 "on each peer challenge recommendation, ahead of the peer team's progress review "
                                 "visit on 9 December 2025."},
        {"kind": "para", "text": "Executive summary", "bold": True},
        {"kind": "para", "text": "The peer team visited in March 2025. It included officers and a councillor from "
                                 "Swale Borough Council, Dover District Council, Hertsmere Borough Council and "
                                 "Norwich City Council. Its report made ten recommendations, which the council "
                                 "answered with the actions in Appendix A. Some actions involve Hampshire County "
                                 "Council and Gosport Borough Council, with whom several services are shared."},
        {"kind": "para", "text": "Recommendation", "bold": True},
        {"kind": "list", "numbered": False, "items": [
            "(a) notes the progress made in delivering the peer challenge recommendations; and",
            "(b) approves the draft Progress Review Position Statement at Appendix A."]},
        {"kind": "page_break"},
        {"kind": "heading", "text": "Appendix A - Corporate Peer Challenge action plan", "level": 2},
        {"kind": "heading", "text": "Theme 1: Committees and governance", "level": 3},
        _table([
            _rec("1", "Review the committee structure so that members can shape policy at an earlier stage.", 2)
            + ["1a", "Set up a policy development panel for each Executive portfolio.", HDS, "March 2026",
               "Panels for housing and for leisure met over the summer; the remaining panels start in January.",
               GR],
            ["", None, "1b", "Agree a forward plan of policy items with the Executive each year.", HDS, "Annually",
             "The first forward plan was agreed by the Executive in July 2025.", BL],
            _rec("2", "Strengthen the part scrutiny plays in holding the Executive to account.", 2)
            + ["2a", "Let the Scrutiny Board set its own work programme.", HDS, "September 2025",
               "The Board agreed a programme chosen by its members at its September meeting.", BL],
            ["", None, "2b", "Offer training in questioning skills to every member who sits on scrutiny.", HDS,
             "Autumn 2025", "Two sessions have been held and a third is booked for late November.", GR],
            _rec("3", "Bring the constitution into line with the new way decisions are made.", 1)
            + ["3a", "Review the whole constitution with a cross-party working group.", "Monitoring Officer",
               "December 2025",
               "The working group has met four times. Some sections will not be ready in time, so the review "
               "has been extended to March 2026.", AM],
        ]),
        {"kind": "heading", "text": "Theme 2: Partnerships and investment", "level": 3},
        _table([
            _rec("4", "Set out a clear long-term vision for the town centre, shared with partners.", 2)
            + ["4a", "Adopt a town centre regeneration framework after public consultation.", DPR, "Spring 2026",
               "Consultation closed in September and drew more than 1,200 responses.", GR],
            ["", None, "4b", "Form a town centre partnership board with local businesses and Hampshire County "
                             "Council.", DPR, "July 2025", "The board first met in July 2025.", BL],
            _rec("5", "Make more of the council's partnerships across the Solent area.", 1)
            + ["5a", "Review the council's part in the Partnership for South Hampshire and put the options to "
                     "the Executive.", "Chief Executive Officer", "Q3 2025/26",
               "An options paper has been drafted for the Executive in December.", GR],
            _rec("6", "Develop an investment strategy that supports regeneration as well as income.", 2)
            + ["6a", "Publish a commercial investment strategy with clear limits on risk.", DFR, "October 2025",
               "Work is paused until the effect of local government reorganisation on borrowing is known.", RD],
            ["", None, "6b", "Set up an officer investment board to look at every proposal.", DFR, "June 2025",
             "The board has met every month since June 2025.", BL],
            _rec("7", "Work with Gosport Borough Council to get more from the services the two councils share.", 1)
            + ["7a", "Review the shared services agreement with Gosport Borough Council.",
               "Deputy Chief Executive Officer", "March 2026",
               "A joint officer group has been formed and has agreed what the review will cover.", GR],
        ]),
        {"kind": "heading", "text": "Theme 3: Organisational development", "level": 3},
        _table([
            _rec("8", "Plan for the workforce the council will need in future.", 2)
            + ["8a", "Write a workforce strategy that covers recruitment, skills and succession.", POD,
               "December 2025", "A draft has gone to managers for their comments.", GR],
            ["", None, "8b", "Introduce a leadership programme for senior and middle managers.", POD, "April 2026",
             "A provider has been appointed and the first group starts in February.", GR],
            _rec("9", "Move faster on the digital transformation of services.", 2)
            + ["9a", "Agree a digital strategy with a rolling programme of service reviews.", "Head of ICT and "
               "Digital", "September 2025", "The Executive approved the strategy in September 2025.", BL],
            ["", None, "9b", "Move the twenty most used customer transactions online.", "Customer Services Manager",
             "2025/26", "Eight transactions have moved so far and two more will follow in December.", AM],
            _rec("10", "Keep the council's culture strong through a period of change.", 1)
            + ["10a", "Run a staff survey and publish the action plan that comes out of it.",
               "Deputy Chief Executive Officer", "November 2025",
               "The survey closed in October and staff will hear the results at the end of November.", GR],
        ]),
    ],
}

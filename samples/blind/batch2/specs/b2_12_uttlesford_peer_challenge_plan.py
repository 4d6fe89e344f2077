"""Uttlesford DC, Corporate Peer Challenge action plan (2025): owners as initials with a key, RAG letters with a key."""

_REC = {
    1: "Step up the council's engagement at regional level so that partners see it taking a stronger, more strategic role",
    2: "Keep the Local Plan to its timetable and build a stable planning service",
    3: "Get a firm grip on the housing repairs service and tenants' experience of it",
    4: "Set out a medium term financial strategy that closes the budget gap without relying on reserves",
    5: "Strengthen the council's governance culture and the scrutiny of decisions",
    6: "Improve communications with residents and staff",
}


def _rec(n, rows):
    return {"text": f"{n}. {_REC[n]}", "rowspan": rows}


PAPER = {
    "stem": "b2_12_uttlesford_peer_challenge_plan",
    "council": "Uttlesford District Council",
    "source": {"council": "Uttlesford District Council", "kind": "peer challenge action plan",
               "year": 2025,
               "title": "LGA Corporate Peer Challenge (3-5 December 2024) recommendations and the council's action plan; progress review feedback 8 December 2025",
               "url": "https://lb2.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-221"},
    "producers": ["docx", "pdf-word", "pdf-reportlab-zebra"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page} of {pages}",
    "blocks": [
        {"kind": "para", "text": "Uttlesford District Council", "bold": True},
        {"kind": "para", "text": "Council Offices, London Road, Saffron Walden, Essex CB11 4ER"},
        {"kind": "para", "text": "Report to: Cabinet"},
        {"kind": "para", "text": "Meeting date: 20 March 2025"},
        {"kind": "para", "text": "Agenda item: 9"},
        {"kind": "para", "text": "Subject: Corporate Peer Challenge \u2013 Action Plan", "bold": True},
        {"kind": "para", "text": "A Local Government Association peer team spent 3 to 5 December 2024 at the council. It spoke to "
                                 "councillors, staff and partners, among them Essex County Council, Braintree District Council and "
                                 "parish councils, and made six recommendations. The plan below sets out what the council will do "
                                 "about each one, who owns each action and when it is due, with a commentary on progress."},
        {"kind": "para", "text": "Key to owners", "bold": True},
        {"kind": "table", "columns": ["Initials", "Post"], "widths": [12, 48], "repeat_header": False, "rows": [
            ["CE", "Chief Executive"],
            ["DCE", "Deputy Chief Executive"],
            ["S151", "Section 151 Officer"],
            ["DP", "Director of Planning"],
            ["HC", "Head of Communications"],
            ["DSM", "Democratic Services Manager"],
        ]},
        {"kind": "table",
         "columns": ["Recommendation", "What we will do", "Owner", "By when", "Commentary", "RAG"],
         "widths": [22, 28, 8, 10, 26, 5],
         "repeat_header": False,
         "rows": [
             [_rec(1, 2), "1.1 Name a lead councillor and a lead officer for each regional partnership and report attendance "
              "to Cabinet", "CE", "June 2025", "Leads were agreed for all eleven partnerships in February.", "B"],
             [None, "1.2 Take part in the Greater Essex devolution and reorganisation working groups", "CE / DCE", "Ongoing",
              "The council is represented at every working group; the next update to Cabinet is due in July.", "G"],
             [_rec(2, 2), "2.1 Submit the Local Plan for examination", "DP", "Q1 2025/26",
              "Consultation on the submission draft has closed and submission is on course for June.", "G"],
             [None, "2.2 Recruit permanent planning officers and cut spending on agency staff", "ditto", "September 2025",
              "Two of the five posts have been filled; the market remains difficult.", "A"],
             [_rec(3, 2), "3.1 Commission an independent review of the housing repairs contract", "DCE", "31 May 2025",
              "The review has been commissioned and its report is expected in May.", "G"],
             [None, "3.2 Publish the tenant satisfaction measures every quarter", "ditto", "Quarterly",
              "The first results will be published in April.", "G"],
             [_rec(4, 2), "4.1 Set a balanced budget for 2026/27 with a savings plan", "S151", "February 2026",
              "Savings options are being worked up with service managers.", "G"],
             [None, "4.2 Review the commercial investment portfolio and its exposure to risk", "S151", "December 2025",
              "Revised completion date from December 2025 to March 2026 so that the review informs the budget.", "A"],
             [_rec(5, 2), "5.1 Agree a member\u2013officer protocol and train all councillors on it", "DSM / CE", "February 2025",
              "The protocol is drafted, but training has not taken place and the target has been missed.", "R"],
             [None, "5.2 Refocus the scrutiny work programme on key decisions", "DSM", "July 2025",
              "Not started \u2013 this waits for the new municipal year.", ""],
             [_rec(6, 2), "6.1 Write a communications strategy with a plan for engaging residents", "HC", "Summer 2025",
              "The draft is out for consultation with staff.", "G"],
             [None, "6.2 Carry out a residents' survey every two years, starting this year", "HC", "Autumn 2025",
              "Procurement of a survey supplier is under way.", "G"],
         ],
         "notes": ["RAG key: B = complete; G = on track; A = some slippage; R = significant delay or not achieved"]},
    ],
}

"""Salford City Council, Cabinet Workplan 2006-07: progress to the second quarter (a corporate workplan).

Copies the printed structure of the real workplan: the title as a running page header, a "Workplan
priority:" line above each table, columns Workplan theme | Ref | Key Milestones | End date | Progress
(Completed/ On Target/ Overdue) | Lead Officer, lettered milestones a), b), ... inside one cell with one
end date and one status line each, lead officers given by personal name only, and a "Draft / Queries
to ... / page N" footer. Every sentence is our own; the names are invented.
"""

_COLS = ["Workplan theme", "Ref", "Key Milestones", "End date", "Progress\nCompleted/ On Target/ Overdue",
         "Lead Officer"]
_WIDTHS = [18, 5, 40, 11, 14, 12]

PAPER = {
    "stem": "b2_01_salford_cabinet_workplan",
    "council": "Salford City Council",
    "source": {
        "council": "Salford City Council",
        "kind": "corporate plan delivery (cabinet workplan progress report)",
        "year": 2006,
        "title": "Cabinet Workplan 2006-07: Progress to second quarter",
        "url": "https://docest.com/doc/538035/cabinet-workplan-2006-07-progress-to-second-quarter",
    },
    "producers": ["docx", "pdf-word", "pdf-reportlab-grid"],
    "page": {"orientation": "landscape", "font_size": 9},
    "header": "Cabinet Workplan 2006-07: Progress to second quarter",
    "footer": "Draft          Queries to Helen Marsh ext 3433          page {page}",
    "blocks": [
        {"kind": "para", "text": "Workplan priority: Directing the right resources to the right places at the right time",
         "bold": True},
        {
            "kind": "table",
            "columns": _COLS,
            "widths": _WIDTHS,
            "repeat_header": True,
            "rows": [
                ["Delivery of the 2006/07 Spending Review", "1",
                 "a) Budget and Efficiency Group to finish its review with Lead Members and Directors\n"
                 "b) Cabinet to consider the Group's proposals and any further work they need\n"
                 "c) Build the agreed outcomes into the medium-term financial strategy\n"
                 "d) Start the Think Efficiency work stream\n"
                 "e) Draw up the Think Efficiency implementation plan",
                 "20 Nov 2006\n30 Nov 2006\n15 Feb 2007\n23 Oct 2006\n31 Mar 2007",
                 "Progressing \u2013 slightly behind target\nOn target\nOn target\nCompleted\nOn target",
                 "Keith Marlow"],
                ["Develop a three to five year budget strategy", "2",
                 "a) Assess what new national issues, the formula grant settlement and the outcome of the "
                 "Council's spending review mean for the budget\n"
                 "b) Put the medium-term financial strategy into effect",
                 "31 Jan 2007\n15 Feb 2007",
                 "On target\nOn target",
                 "Keith Marlow"],
                ["Build a culture of \u201cOne Council, one set of priorities, one budget\u201d", "3",
                 "a) Hold One Council briefings for all staff\n"
                 "b) Agree a set of core values\n"
                 "c) Run the One Council staff survey\n"
                 "d) Prepare an internal communications strategy\n"
                 "e) Prepare the corporate Investors in People implementation plan",
                 "5 Oct 2006\n31 Dec 2006\n31 Dec 2006\n31 Jan 2006\n31 Jan 2006",
                 "Completed\nOn target\nOn target\nOn target\nOn target",
                 "Brenda Sawle"],
                ["Review structures to ensure they are fit for purpose", "4",
                 "a) Complete the organisational reviews identified through the Spending Review and service "
                 "transformation work\n"
                 "b) Assess the effect on structures and agree how the changes will be implemented",
                 "31 Dec 2006\n31 Mar 2007",
                 "On target\nOn target",
                 "Brenda Sawle"],
                ["Maximise access to new external resources", "5",
                 "a) Work out what the Local Area Agreement means for existing and new grant regimes and find "
                 "scope for pooled or aligned budgets\n"
                 "b) Submit the Local Enterprise Growth Initiative bid for Salford\n"
                 "c) Use Local Authority Business Growth Incentive funding to support the regeneration programme",
                 "30 Sep 2006\n31 Jan 2007\n31 Mar 2007",
                 "Completed\nOn target\nOn target",
                 "Keith Marlow"],
                ["Improve procurement across the Council", "6",
                 "a) Adopt a revised corporate procurement strategy\n"
                 "b) Bring every contract over \u00a350,000 onto the corporate contracts register",
                 "31 Jul 2006\n31 Aug 2006",
                 "Completed\nOverdue",
                 "Derek Hallam"],
            ],
        },
        {"kind": "para", "text": "Workplan priority: Improving the way we work for the people of Salford", "bold": True},
        {
            "kind": "table",
            "columns": _COLS,
            "widths": _WIDTHS,
            "repeat_header": True,
            "rows": [
                ["Improve access to council services for customers", "7",
                 "a) Open a second customer contact centre in the west of the city\n"
                 "b) Extend telephone opening hours to 8pm on weekdays\n"
                 "c) Put the ten most requested services online",
                 "31 Oct 2006\n30 Nov 2006\n31 Mar 2007",
                 "On target\nOn target\nOn target",
                 "Amanda Kerr"],
                ["Develop the workforce", "8",
                 "a) Agree the workforce development plan\n"
                 "b) Roll out the management development programme to all third-tier managers",
                 "31 Jul 2006\n31 Mar 2007",
                 "Completed\nOn target",
                 "Brenda Sawle"],
                ["Strengthen performance management", "9",
                 "a) Publish the annual performance plan\n"
                 "b) Introduce quarterly performance clinics for each directorate",
                 "30 Jun 2006\n30 Sep 2006",
                 "Completed\nOn target",
                 "Amanda Kerr"],
                ["Improve information and communications technology", "10",
                 "a) Replace the Council's main telephone system\n"
                 "b) Move the revenues and benefits system onto the new platform",
                 "31 Aug 2006\n31 Dec 2006",
                 "Overdue\nOn target",
                 "Derek Hallam"],
            ],
        },
    ],
}

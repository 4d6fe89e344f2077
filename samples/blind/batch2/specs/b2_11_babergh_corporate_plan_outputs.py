"""Babergh DC, Corporate Plan Outputs 2019/20: theme headings above unnumbered tables, seasonal milestones, 'ditto' leads."""

_COLS = ["Output", "Milestones", "Lead"]
_W = [38, 44, 18]


def _table(rows):
    return {"kind": "table", "columns": _COLS, "widths": _W, "repeat_header": True, "rows": rows}


PAPER = {
    "stem": "b2_11_babergh_corporate_plan_outputs",
    "council": "Babergh District Council",
    "source": {"council": "Babergh District Council", "kind": "corporate plan delivery plan (outputs and milestones)",
               "year": 2019,
               "title": "Appendix One - Corporate Plan Outputs (2019/20 to 2022/23), with the note on seasonal milestones for 2019/20",
               "url": "https://pdfslide.us/documents/corporate-plan-outputs-201920-to-202223-corporate-plan-outputs-201920-to-202223.html"},
    "producers": ["docx", "pdf-word", "text", "pdf-reportlab-rules"],
    "page": {"orientation": "landscape", "font_size": 9},
    "footer": "Page {page}",
    "blocks": [
        {"kind": "para", "text": "APPENDIX ONE", "bold": True, "align": "right"},
        {"kind": "para", "text": "BABERGH DISTRICT COUNCIL \u2013 CABINET \u2013 7 OCTOBER 2019", "bold": True},
        {"kind": "heading", "text": "Corporate Plan Outputs (2019/20 to 2022/23)", "level": 1},
        {"kind": "para", "text": "Note: Seasonal milestones for outputs to be delivered in 2019/20 Summer (June, July, August 2019) "
                                 "Autumn (September, October, November 2019) Winter (December 2019 & January, February 2020) "
                                 "Spring (March, April, May 2020)", "italic": True},
        {"kind": "heading", "text": "Economy Outputs 2019-20", "level": 2},
        _table([
            ["Sudbury town centre vision: redevelop the Hamilton Road site",
             "Programme for on-street bus stops agreed \u2013 Winter; bid for bus stop and junction funding submitted \u2013 "
             "Spring; masterplan for a viable scheme completed \u2013 Spring",
             "Assistant Director \u2013 Economic Development & Regeneration"],
            ["Belle Vue House and Park, Sudbury: bring the house back into use",
             "Early engagement \u2013 Autumn; public consultation on the house and park \u2013 Winter; contracts signed and "
             "planning application submitted \u2013 Spring 2020", "ditto"],
            ["Hadleigh: agree a town centre vision and delivery plan with the Town Council",
             "Draft vision to Cabinet \u2013 Autumn 2019", "ditto"],
            ["Deliver the Brantham regeneration scheme",
             "Reserved matters approved \u2013 Summer 2019; first phase on site \u2013 2020/21", "ditto"],
            ["Launch a start-up grant scheme for new businesses in the district",
             "Scheme open to applications \u2013 Summer 2019", "ditto"],
        ]),
        {"kind": "heading", "text": "Housing Outputs 2019-20", "level": 2},
        _table([
            ["Build 25 new council homes", "15 homes started on site \u2013 Winter; 10 homes completed \u2013 Spring",
             "Assistant Director \u2013 Housing"],
            ["Adopt the Homes and Housing Strategy 2019-2024", "Strategy adopted by Council \u2013 Autumn 2019", "ditto"],
            ["Reduce the use of bed and breakfast for homeless families",
             "No family placed in bed and breakfast for more than six weeks \u2013 Ongoing", "ditto"],
            ["Bring empty homes back into use", "20 empty homes back in use \u2013 2019/20", "ditto"],
        ]),
        {"kind": "heading", "text": "Customers Outputs 2019-20", "level": 2},
        _table([
            ["Open a customer access point in Sudbury library", "Access point open \u2013 Summer 2019",
             "Assistant Director \u2013 Customer Services"],
            ["Move the 20 most used service requests online",
             "First 10 forms online \u2013 Autumn 2019; remaining 10 online \u2013 Spring 2020", "ditto"],
            ["Publish customer service standards", "Standards agreed by Cabinet \u2013 Winter", "ditto"],
        ]),
        {"kind": "heading", "text": "Financially Sustainable Council Outputs 2019-20", "level": 2},
        _table([
            ["Adopt a four year medium term financial strategy", "MTFS approved by Council \u2013 February 2020",
             "Assistant Director \u2013 Corporate Resources"],
            ["Invest in commercial property through the councils' investment company",
             "Business plan for 2020/21 agreed \u2013 Winter; report to Council \u2013 Annually", "ditto"],
            ["Review fees and charges so that discretionary services cover their costs",
             "Review completed \u2013 Q3 2019/20", "ditto"],
        ]),
        {"kind": "para", "text": "Outputs for 2020/21 to 2022/23 will be set out when the plan is refreshed each year."},
    ],
}

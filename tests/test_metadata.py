"""Document metadata from how a paper is laid out: a report to a meeting stays a covering report
however long its appended plan, and a date printed for another purpose is no meeting date."""

from pathlib import Path

import docx

from pipeline.process import process_file

HEAD = ["Ref", "Action", "Lead Officer", "Due", "Progress"]


def _paper(path: Path, lines: list[str], n_rows: int) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + n_rows, cols=len(HEAD))
    for c, h in enumerate(HEAD):
        table.cell(0, c).text = h
    for r in range(1, n_rows + 1):
        row = [f"{r}.1", f"Carry out improvement step {r} with partners and residents across the borough",
               "Head of Housing", "March 2025", "Work has started and the first meetings were held in the autumn. " * 3]
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)
    return path


def test_a_report_to_a_meeting_with_a_long_plan_appended_is_a_covering_report(tmp_path):
    lines = ["Report to: Housing Scrutiny Panel", "Date of meeting: 4 March 2024", "Purpose of the Report",
             "To report progress on the housing improvement plan.", "RECOMMENDATIONS",
             "That the Panel notes the progress set out in the appendix."]  # fmt: skip
    result = process_file(_paper(tmp_path / "report.docx", lines, 12), "report.docx")
    assert result.document["doc_kind"] == "covering_report"
    assert str(result.document["meeting_date"]) == "2024-03-04"
    assert len(result.actions) == 12


def test_a_plan_whose_only_dates_are_a_letter_and_a_deadline_has_no_meeting_date(tmp_path):
    lines = ["Housing Improvement Plan", "Prepared in response to the regulator's letter dated 3 May 2019",
             "Phase one \u2013 by 30 September 2019"]  # fmt: skip
    result = process_file(_paper(tmp_path / "plan.docx", lines, 4), "plan.docx")
    assert result.document["meeting_date"] is None
    assert result.document["doc_kind"] == "action_plan"
    assert all(a["progress_as_of"] is None for a in result.actions)


def test_a_heading_line_dates_the_progress_before_a_sentence_does(tmp_path):
    lines = ["Report to: Audit Committee", "Date of meeting: 14 September 2023",
             "1.1 This report describes the progress made to the end of July 2023 on every open action.",
             "Outstanding recommendations as at 30 June 2023"]  # fmt: skip
    result = process_file(_paper(tmp_path / "followup.docx", lines, 3), "followup.docx")
    assert {str(a["progress_as_of"]) for a in result.actions} == {"2023-06-30"}


def test_a_column_of_what_people_will_see_is_an_outcome_not_an_area_or_progress():
    from pipeline.assembly import assemble
    from tests.test_assembly import _doc, _table

    doc = _doc(_table([["Ref", "Action", "Lead", "What people will notice"],
                       ["1", "Resurface the worst footpaths", "Head of Highways", "Smoother, safer pavements"],
                       ["2", "Add more bins in the parks", "Parks Manager", "Less litter on the grass"]]))  # fmt: skip
    actions = assemble(doc)
    assert [(a.area, a.parts[0].text("progress")) for a in actions] == [(None, ""), (None, "")]


def test_a_yes_no_column_links_to_no_priority():
    from pipeline.assembly import assemble
    from tests.test_assembly import _doc, _table

    doc = _doc(_table([["Ref", "Action", "Lead", "Target", "Council priority?"],
                       ["A1", "Insulate the depot", "Facilities Manager", "Dec-21", "Yes"],
                       ["A2", "Buy two electric vans", "Fleet Manager", "2022/23", "No"]]))  # fmt: skip
    assert [a.parts[0].text("priority") for a in assemble(doc)] == ["", ""]


def test_the_title_past_a_web_path_a_marking_and_a_date_line_even_when_it_names_a_year(tmp_path):
    """A web page's path ('Home > Council > Plans') and a protective marking are no title, and a
    title naming its financial year ('Recycling Review 2024/25') is no date line."""
    lines = ["This document was classified as: OFFICIAL", "Home > Council and democracy > Plans and strategies",
             "EXECUTIVE", "12 MARCH 2025", "Recycling Review 2024/25", "Purpose of the Report"]  # fmt: skip
    doc = process_file(_paper(tmp_path / "p.docx", lines, 3), "p.docx").document
    assert doc["report_title"] == "Recycling Review 2024/25"


def test_the_subject_row_of_a_details_box_is_the_title(tmp_path):
    document = docx.Document()
    box = document.add_table(rows=3, cols=2)
    for r, (label, value) in enumerate([("Meeting", "Overview and Scrutiny Committee"), ("Subject", "Leisure Centre Improvement Plan"),
                                        ("Wards", "All")]):  # fmt: skip
        box.cell(r, 0).text, box.cell(r, 1).text = label, value
    document.add_paragraph("Purpose of the Report")
    document.add_paragraph("To report progress on the plan.")
    path = tmp_path / "box.docx"
    document.save(path)
    assert process_file(path, "box.docx").document["report_title"] == "Leisure Centre Improvement Plan"

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

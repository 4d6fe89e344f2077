"""The cross-council benchmarking notebook, executed on an output of the samples (nine councils;
the blind samples are left out: they are scored by bench/accuracy.py, and double the run)."""

import json
import shutil

import pandas as pd
import pytest

from pipeline.ingest import ingest

from .conftest import SAMPLES

pytest.importorskip("nbclient")


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    from pipeline.report import execute

    out = tmp_path_factory.mktemp("bench-out")
    papers = tmp_path_factory.mktemp("samples")
    for sub in SAMPLES.iterdir():
        if sub.is_dir() and sub.name not in ("blind", "gold"):
            shutil.copytree(sub, papers / sub.name)
    ingest(papers, out, workers=2)
    return out, execute(out)


def _outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def test_notebook_runs_without_error_and_draws_every_figure(executed):
    out, nb = executed
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.get("output_type") == "error"]
    figures = [o for o in outputs if "image/png" in o.get("data", {})]
    # council shares, status by theme category, role families, and one per plan seen in two reports
    actions = pd.read_parquet(out / "actions.parquet").dropna(subset=["action_key", "progress_as_of"])
    plans = actions["action_key"].str.rsplit(":", n=1).str[0]
    tracked = (actions.groupby(plans)["progress_as_of"].nunique() > 1).sum()
    assert tracked >= 1, "the samples hold one plan in two progress reports"
    assert len(figures) == 3 + tracked
    assert pd.read_parquet(out / "actions.parquet")["council"].nunique() >= 3


def test_summary_table_equals_numbers_computed_from_parquet(executed):
    out, nb = executed
    text = "".join(o.get("text", "") for o in _outputs(nb) if o.get("output_type") == "stream")
    summary = json.loads(text.split("SUMMARY_JSON:", 1)[1].splitlines()[0])

    actions = pd.read_parquet(out / "actions.parquet")
    assert set(summary) == set(actions["council"].dropna())
    for council, row in summary.items():
        mine = actions[actions["council"] == council]
        known = mine["is_overdue"].dropna()
        assert row["actions"] == len(mine)
        assert row["share_completed"] == pytest.approx(
            (mine["status"] == "completed").sum() / len(mine), abs=1e-6
        )
        assert row["share_revised"] == pytest.approx(
            mine["revised_due_date"].notna().sum() / len(mine), abs=1e-6
        )
        if len(known):
            assert row["share_overdue"] == pytest.approx(known.astype(bool).sum() / len(known), abs=1e-6)
        else:
            assert row["share_overdue"] is None


def test_html_report_has_the_figures_inline(executed, tmp_path):
    from pipeline.report import to_html

    _, nb = executed
    html = tmp_path / "report.html"
    to_html(nb, html)
    page = html.read_text(encoding="utf-8")
    assert page.count("<img") == 4 and page.count('src="data:image/png;base64') == 4

"""Writes notebooks/cross_council_benchmarking.ipynb (cells kept here as code, so changes review as a diff).

Run from the repository root: python notebooks/build_notebook.py
"""

import nbformat as nbf

nb = nbf.v4.new_notebook()
md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
cells = [
    md(
        "# Cross-council benchmarking of improvement plans\n\n"
        "How far each council has got with its improvement or action plan, read from the canonical dataset that "
        "`committee-papers ingest` writes, loaded with `pipeline.load.load` (typed frames). Every figure and table below "
        "is computed from `actions` and `documents`; "
        "set `OUT` in the next cell (or the environment variable `COMMITTEE_PAPERS_OUT`) to run it on another output folder."
    ),
    code(
        '# Parameters\nimport os\nOUT = os.environ.get("COMMITTEE_PAPERS_OUT", "../output")',
        metadata={"tags": ["parameters"]},
    ),
    code(
        "%matplotlib inline\n"
        "import sys\n"
        "from pathlib import Path\n\n"
        "import matplotlib\n"
        "import matplotlib.pyplot as plt\n"
        "import pandas as pd\n\n"
        "try:\n"
        "    from pipeline.load import load\n"
        "except ImportError:  # opened from a clone without `pip install -e .`\n"
        "    sys.path.insert(0, str(Path.cwd().resolve().parent))\n"
        "    from pipeline.load import load\n\n"
        'pd.set_option("display.precision", 3)\n'
        "# typed frames: dates as datetime64, nullable Int64 and boolean, lists as Python lists\n"
        "data = load(OUT)\n"
        "actions, documents = data.actions, data.documents\n"
        'actions["council"] = actions["council"].fillna("(council unknown)").astype(str)\n'
        'NO_ACTIONS = "No actions in this output, so nothing to chart: see \'Papers read\' below for what was read."\n'
        'STATUS_ORDER = ["completed", "on_track", "at_risk", "off_track", "not_started", "cancelled", "unknown"]\n'
        'STATUS_COLOURS = {"completed": "#1f77b4", "on_track": "#2ca02c", "at_risk": "#ff9f1c", "off_track": "#d62728",\n'
        '                  "not_started": "#9e9e9e", "cancelled": "#5c5c5c", "unknown": "#dddddd"}\n'
        "print(f\"{len(actions)} actions from {actions['source_file'].nunique()} papers of {actions['council'].nunique()} councils; \"\n"
        '      f"{len(documents)} papers read in all")\n'
        "if actions.empty:\n"
        "    print(NO_ACTIONS)"
    ),
    md(
        "## Where each council stands\n\n"
        "One row per council: how many actions its papers hold, and the share completed, overdue (deadline passed, "
        "not completed or cancelled, among actions with both a deadline and a progress date) and with a revised "
        "deadline (slippage)."
    ),
    code(
        "def council_summary(a: pd.DataFrame) -> pd.DataFrame:\n"
        '    g = a.groupby("council")\n'
        "    return pd.DataFrame({\n"
        '        "actions": g.size(),\n'
        '        "share_completed": g["status"].apply(lambda s: (s == "completed").mean()),\n'
        '        "share_overdue": g["is_overdue"].apply(lambda s: s.dropna().astype(bool).mean() if s.notna().any() else float("nan")),\n'
        '        "share_revised": g["revised_due_date"].apply(lambda s: s.notna().mean()),\n'
        '    }).sort_values("actions", ascending=False)\n\n'
        "summary = council_summary(actions)\n"
        'print("SUMMARY_JSON:" + summary.round(6).to_json(orient="index"))\n'
        "summary"
    ),
    code(
        "def plot_shares(summary):\n"
        "    fig, ax = plt.subplots(figsize=(10, 0.5 * len(summary) + 1.5))\n"
        '    shares = summary[["share_completed", "share_overdue", "share_revised"]].fillna(0).iloc[::-1]\n'
        '    shares.plot.barh(ax=ax, color=["#1f77b4", "#d62728", "#ff9f1c"], width=0.8)\n'
        '    ax.set_title("Completed, overdue and revised actions by council")\n'
        '    ax.set_xlabel("Share of the council\'s actions")\n'
        '    ax.set_ylabel("Council")\n'
        "    ax.set_xlim(0, 1)\n"
        '    ax.legend(["completed", "overdue", "revised deadline"], loc="lower right")\n'
        "    plt.tight_layout()\n"
        "    plt.show()\n\n"
        "plot_shares(summary) if len(summary) else print(NO_ACTIONS)"
    ),
    md(
        "## Status mix by theme category\n\n"
        "Themes are named differently by every council; `theme_category` maps them onto the five components of the "
        "LGA Corporate Peer Challenge, so the mix of statuses compares across councils."
    ),
    code(
        'mix = pd.crosstab(actions["theme_category"].fillna("(no category)"), actions["status"], normalize="index")\n'
        "mix = mix[[s for s in STATUS_ORDER if s in mix.columns]]\n"
        'counts = actions["theme_category"].fillna("(no category)").value_counts().rename("actions")\n'
        "display(mix.join(counts))\n\n"
        "def plot_mix(mix):\n"
        "    fig, ax = plt.subplots(figsize=(10, 0.5 * len(mix) + 1.5))\n"
        "    mix.plot.barh(stacked=True, ax=ax, color=[STATUS_COLOURS[s] for s in mix.columns], width=0.8)\n"
        '    ax.set_title("Status of actions by theme category (all councils)")\n'
        '    ax.set_xlabel("Share of actions in the category")\n'
        '    ax.set_ylabel("Theme category")\n'
        "    ax.set_xlim(0, 1)\n"
        '    ax.legend(title="status", bbox_to_anchor=(1.01, 1), loc="upper left")\n'
        "    plt.tight_layout()\n"
        "    plt.show()\n\n"
        "plot_mix(mix) if len(mix) else print(NO_ACTIONS)"
    ),
    md(
        "## Who leads the actions\n\n"
        "Lead posts grouped into role families (chief executive, director, head of service, manager, member body, "
        "management team): the share of each council's actions that name at least one post of each family."
    ),
    code(
        'families = actions[["council", "lead_role_families"]].explode("lead_role_families").dropna()\n'
        'lead = pd.crosstab(families["council"], families["lead_role_families"])\n'
        'lead = lead.div(actions.groupby("council").size().reindex(lead.index), axis=0)\n'
        "display(lead.round(2))\n\n"
        "def plot_lead(lead):\n"
        "    fig, ax = plt.subplots(figsize=(10, 0.5 * len(lead) + 1.5))\n"
        '    lead.iloc[::-1].plot.barh(ax=ax, width=0.8, colormap="tab10")\n'
        '    ax.set_title("Role families leading actions, by council")\n'
        '    ax.set_xlabel("Share of the council\'s actions naming a post of the family")\n'
        '    ax.set_ylabel("Council")\n'
        '    ax.legend(title="role family", bbox_to_anchor=(1.01, 1), loc="upper left")\n'
        "    plt.tight_layout()\n"
        "    plt.show()\n\n"
        "plot_lead(lead) if len(lead) else print(\"No action names a lead post of a known family.\" if len(actions) else NO_ACTIONS)"
    ),
    md(
        "## How statuses moved between progress reports\n\n"
        "Where the same plan appears in several progress reports, `action_key` links each action across them. For each "
        "such plan: the number of actions in each status at each report date."
    ),
    code(
        'dated = actions.dropna(subset=["action_key", "progress_as_of"]).copy()\n'
        'dated["plan"] = dated["action_key"].str.rsplit(":", n=1).str[0]\n'
        'dated = dated.sort_values("progress_as_of").drop_duplicates(["action_key", "progress_as_of"], keep="last")\n'
        'reports = dated.groupby("plan")["progress_as_of"].nunique()\n'
        "tracked = reports[reports > 1].index.tolist()\n"
        "if not tracked:\n"
        '    print("No plan appears in more than one progress report in this output.")\n'
        "for plan in tracked:\n"
        '    p = dated[dated["plan"] == plan]\n'
        '    moves = pd.crosstab(p["progress_as_of"].dt.strftime("%Y-%m-%d"), p["status"])\n'
        "    moves = moves[[s for s in STATUS_ORDER if s in moves.columns]]\n"
        '    first, last = p[p["progress_as_of"] == p["progress_as_of"].min()], p[p["progress_as_of"] == p["progress_as_of"].max()]\n'
        '    change = first.set_index("action_ref")["status"].rename("first report").to_frame().join(\n'
        '        last.set_index("action_ref")["status"].rename("latest report"), how="outer")\n'
        "    display(change)\n"
        "    fig, ax = plt.subplots(figsize=(8, 4))\n"
        "    moves.plot.bar(stacked=True, ax=ax, color=[STATUS_COLOURS[s] for s in moves.columns], rot=0)\n"
        "    ax.set_title(f\"Status of actions at each report: {p['council'].iloc[0]} ({plan.split(':')[1]})\")\n"
        '    ax.set_xlabel("Progress reported as of")\n'
        '    ax.set_ylabel("Actions")\n'
        "    ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))\n"
        '    ax.legend(title="status", bbox_to_anchor=(1.01, 1), loc="upper left")\n'
        "    plt.tight_layout()\n"
        "    plt.show()"
    ),
    md(
        "## Papers read\n\nEvery input file, and whether it was read in full; failures say why in `errors.csv`."
    ),
    code(
        'documents.groupby(["file_format", "parse_status"], dropna=False).size().rename("papers").to_frame()'
    ),
]
nb["cells"] = cells
nb["metadata"]["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbf.write(nb, "notebooks/cross_council_benchmarking.ipynb")
print("written")

"""Shared fixtures: the sample papers and one ingest of them per format, made once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = SAMPLES / "gold"

# Hypothesis runs a bounded number of examples in CI so the suite stays well inside its time budget.
try:
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.register_profile(
        "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.load_profile("ci" if os.environ.get("CI") else "dev")
except ImportError:  # pragma: no cover
    pass


@pytest.fixture(scope="session")
def ingested(tmp_path_factory):
    """ingest(fmt) -> output folder of `committee-papers ingest samples/<fmt>`, run once per format."""
    from pipeline.cli import main

    cache: dict[str, Path] = {}

    def run(fmt: str) -> Path:
        if fmt not in cache:
            out = tmp_path_factory.mktemp(f"out-{fmt}")
            assert main(["ingest", str(SAMPLES / fmt), "--out", str(out), "--quiet"]) == 0
            cache[fmt] = out
        return cache[fmt]

    return run

"""Random bytes under every paper extension: each such file is failed or partial, never ok with garbage,
and the good paper beside them keeps exactly its rows."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import ingest

from .conftest import SAMPLES

GOOD = SAMPLES / "text" / "001_7622686e2fdd218b.txt"
MAGIC = {".pdf": b"%PDF-1.4\n", ".docx": b"PK\x03\x04", ".doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"}
SUFFIXES = (".pdf", ".docx", ".doc", ".txt", ".text", ".html", "")
# noise that is not text: a NUL and C0 controls in every 16 bytes, whatever hypothesis draws
NOISE = st.binary(min_size=64, max_size=4096).map(
    lambda b: b"".join(b[i : i + 16] + b"\x00\x01\x02\x03" for i in range(0, len(b), 16))
)


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clean-in")
    shutil.copy(GOOD, folder / GOOD.name)
    out = tmp_path_factory.mktemp("clean-out")
    ingest(folder, out, workers=0)
    return pd.read_parquet(out / "actions.parquet")


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=st.lists(NOISE, min_size=len(SUFFIXES), max_size=len(SUFFIXES)), with_magic=st.booleans())
def test_random_bytes_are_never_ok_and_leave_other_rows_alone(tmp_path_factory, clean, noise, with_magic):
    folder = tmp_path_factory.mktemp("fuzz-in")
    shutil.copy(GOOD, folder / GOOD.name)
    names = []
    for suffix, data in zip(SUFFIXES, noise, strict=True):
        name = f"noise{suffix}"  # no extension: plain 'noise'
        (folder / name).write_bytes((MAGIC.get(suffix, b"") if with_magic else b"") + data)
        names.append(name)
    out = tmp_path_factory.mktemp("fuzz-out")
    ingest(folder, out, workers=1, file_timeout=120)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert sorted(docs.index) == sorted([*names, GOOD.name])
    for name in names:
        assert docs.loc[name, "parse_status"] in ("failed", "partial"), (name, docs.loc[name, "error"])
        assert docs.loc[name, "error"] and "\n" not in docs.loc[name, "error"]
    actions = pd.read_parquet(out / "actions.parquet")
    pd.testing.assert_frame_equal(actions[actions["source_file"] == GOOD.name].reset_index(drop=True), clean)

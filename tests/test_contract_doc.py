"""The contract in the repository (schemas/README.md) and the schema (schemas/canonical.py) cannot drift.

Every `## <table>` section of the document has a markdown table whose first column names the
columns (in backticks, several to a cell allowed) and whose second gives the type (`str`,
`enum`, `date`, `int`, `float`, `bool`, `list[str]`, with `/null` when null is allowed). Every
table and column of the schema must be there with that type, and nothing else; every enum value
of the schema must appear in its table's section.
"""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

from schemas.canonical import SCHEMA_VERSION, TABLES

from .conftest import ROOT

DOC = ROOT / "schemas" / "README.md"
FIX = "document it in schemas/README.md (a row in that table's section) or change schemas/canonical.py"


def sections(text: str) -> dict[str, str]:
    """`## name` sections whose heading is a single identifier: one per table."""
    parts = re.split(r"^## +(.+?) *$", text, flags=re.M)
    return {
        head: body for head, body in zip(parts[1::2], parts[2::2], strict=True) if re.fullmatch(r"\w+", head)
    }


def documented_columns(section: str) -> dict[str, str]:
    """column -> type cell, from the section's markdown tables headed `| column | type | ...`."""
    columns: dict[str, str] = {}
    in_table = False
    for line in section.splitlines():
        cells = (
            [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else None
        )
        if cells is None:
            in_table = False
            continue
        if cells[0] == "column" and len(cells) > 1 and cells[1] == "type":
            in_table = True
            continue
        if not in_table or set(cells[0]) <= set("-: "):
            continue
        for name in re.findall(r"`([^`]+)`", cells[0]):
            columns[name] = cells[1]
    return columns


def expected_type(t: pa.DataType, enum, nullable: bool) -> set[str]:
    if pa.types.is_list(t):
        base = {"list[str]"}
    elif pa.types.is_string(t):
        base = {"enum"} if enum else {"str"}
    elif pa.types.is_date(t):
        base = {"date"}
    elif pa.types.is_integer(t):
        base = {"int"}
    elif pa.types.is_floating(t):
        base = {"float"}
    elif pa.types.is_boolean(t):
        base = {"bool"}
    else:
        base = {str(t)}
    return {b + "/null" for b in base} if nullable else base


@pytest.fixture(scope="module")
def doc() -> dict[str, str]:
    return sections(DOC.read_text(encoding="utf-8"))


def test_every_schema_table_is_documented_and_nothing_else(doc):
    assert set(TABLES) - set(doc) == set(), f"tables not in schemas/README.md: {FIX}"
    assert set(doc) - set(TABLES) == set(), "schemas/README.md documents tables the schema does not have"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_columns_and_types_agree(doc, table):
    documented = documented_columns(doc.get(table, ""))
    schema = {c.name: c for c in TABLES[table]}
    assert [n for n in schema if n not in documented] == [], f"{table}: columns missing from the doc; {FIX}"
    assert [n for n in documented if n not in schema] == [], f"{table}: the doc has columns the schema lacks"
    wrong = {
        n: (documented[n], sorted(expected_type(c.type, c.enum, c.nullable)))
        for n, c in schema.items()
        if re.sub(r"\s", "", documented[n]) not in expected_type(c.type, c.enum, c.nullable)
    }
    assert wrong == {}, f"{table}: type in the doc vs the schema"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_enum_value_is_documented(doc, table):
    section = doc.get(table, "")
    missing = {
        c.name: [v for v in c.enum if f"`{v}`" not in section] for c in TABLES[table] if c.enum is not None
    }
    assert {k: v for k, v in missing.items() if v} == {}


def test_schema_version_and_pointers():
    text = DOC.read_text(encoding="utf-8")
    assert f"`schema_version` {SCHEMA_VERSION}" in text, "bump the version in schemas/README.md too"
    assert "schemas/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_parser_reads_what_it_should():
    text = "## actions\n\n| column | type | rule |\n|---|---|---|\n| `a`, `b` | int/null | x |\n\n## Files in OUT\n"
    assert list(sections(text)) == ["actions"]
    assert documented_columns(sections(text)["actions"]) == {"a": "int/null", "b": "int/null"}

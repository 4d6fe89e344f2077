"""Typed pandas frames of an output folder, in one call: `load(OUT)["actions"]` or `load(OUT).actions`.

`pd.read_parquet` gives dates as Python `date` objects in object columns, lists as numpy arrays
and integer columns with nulls as float. `load` gives, for every table the folder holds (each
`*.parquet`, a file or a partitioned folder, and the CSV of a schema table written only as CSV,
such as `errors.csv`):

- dates as `datetime64` (null: NaT), integers as nullable `Int64`, booleans as nullable `boolean`
  (null: pd.NA), floats as float64 (null: NaN), strings as Python str (null: None);
- lists as Python lists of str;
- the columns of schemas/canonical.py in its order and with its types (a partition column read
  back from folder names included), then any other column the file holds.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from schemas.canonical import TABLES, arrow_schema

__all__ = ["Dataset", "load", "read_table"]


class Dataset(dict):
    """Table name -> DataFrame; tables are attributes too (`data.actions`)."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no table {name!r} in this output (tables: {', '.join(self)})") from None


def load(out_dir: str | Path) -> Dataset:
    """Every table of an output folder written by `committee-papers ingest`, as typed DataFrames."""
    out = Path(out_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"output folder not found: {out}")
    paths = {p.name[: -len(".parquet")]: p for p in sorted(out.glob("*.parquet")) if not p.name.startswith(".")}
    for name in TABLES:
        if name not in paths and (out / f"{name}.csv").is_file():
            paths[name] = out / f"{name}.csv"
    return Dataset({name: read_table(path, name) for name, path in paths.items()})


def read_table(path: str | Path, name: str | None = None) -> pd.DataFrame:
    """One table (Parquet file, partitioned Parquet folder, or a schema table's CSV) as a typed frame.

    `name` is the table's name in the schema (default: the file's stem); a table the schema does
    not know is typed from its own Arrow types.
    """
    path = Path(path)
    name = name or path.name.split(".")[0]
    table = _read_csv(path, name) if path.suffix == ".csv" else _read_parquet(path)
    if name in TABLES:
        table = _conform(table, arrow_schema(TABLES[name]))
    return to_pandas(table)


def _read_parquet(path: Path) -> pa.Table:
    import pyarrow.dataset as ds

    if path.is_dir():  # partitioned Hive-style: council=.../part-N.parquet
        return ds.dataset(path, format="parquet", partitioning="hive").to_table()
    return ds.dataset(path, format="parquet").to_table()


def _read_csv(path: Path, name: str) -> pa.Table:
    """A schema table's CSV: empty cells are null, lists are split on '; ' (how the writers join them)."""
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv

    schema = arrow_schema(TABLES[name]) if name in TABLES else pa.schema([])
    scalar = {f.name: f.type for f in schema if not pa.types.is_list(f.type)}
    lists = {f.name: f.type for f in schema if pa.types.is_list(f.type)}
    table = pcsv.read_csv(
        path,
        convert_options=pcsv.ConvertOptions(
            column_types={**scalar, **{n: pa.string() for n in lists}},
            strings_can_be_null=True,
            null_values=[""],
            true_values=["true"],
            false_values=["false"],
        ),
    )
    for col, typ in lists.items():
        if col in table.column_names:
            split = pc.split_pattern(pc.fill_null(table[col], ""), "; ")
            empty = pc.equal(pc.list_value_length(split), 1) & pc.equal(pc.list_element(split, 0), "")
            split = pc.if_else(empty, pa.scalar([], typ), split)
            table = table.set_column(table.column_names.index(col), col, split.cast(typ))
    return table


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """The schema's columns first, in its order and types; then the file's own extra columns."""
    columns, fields = [], []
    for f in schema:
        if f.name in table.column_names:
            col = table[f.name]
            if pa.types.is_dictionary(col.type):  # a partition column read back from folder names
                col = col.cast(col.type.value_type)
            columns.append(col.cast(f.type))
            fields.append(pa.field(f.name, f.type))
    for col_name in table.column_names:
        if col_name not in schema.names:
            columns.append(table[col_name])
            fields.append(table.schema.field(col_name))
    return pa.Table.from_arrays(columns, schema=pa.schema(fields))


def _is_int(t: pa.DataType) -> bool:
    return pa.types.is_integer(t)


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """Arrow -> pandas with the types above, column by column."""
    data = {}
    for f in table.schema:
        col, t = table[f.name], f.type
        if pa.types.is_date(t) or pa.types.is_timestamp(t):
            series = col.to_pandas(date_as_object=False)
        elif _is_int(t):
            series = col.to_pandas(types_mapper={t: pd.Int64Dtype()}.get).astype("Int64")
        elif pa.types.is_boolean(t):
            series = col.to_pandas(types_mapper={t: pd.BooleanDtype()}.get)
        elif pa.types.is_list(t) or pa.types.is_large_list(t):
            series = pd.Series(col.to_pylist(), dtype=object)
        elif pa.types.is_dictionary(t):
            series = pd.Series(col.cast(t.value_type).to_pylist(), dtype=object)
        elif pa.types.is_string(t) or pa.types.is_large_string(t):
            series = pd.Series(col.to_pylist(), dtype=object)
        else:
            series = col.to_pandas()
        data[f.name] = series.reset_index(drop=True)
    return pd.DataFrame(data, index=pd.RangeIndex(table.num_rows))

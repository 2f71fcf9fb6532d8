"""Records for analysts: a typed pandas DataFrame (`to_frame`) and Parquet files (`quotes export`).

JSON has no integer-or-null type that pandas keeps: `pd.read_json(lines=True)` reads `cue_start`
(null when a quote has no cue) as float. Here the offsets are nullable integers and the dates are
dates, the same in the DataFrame and in the Parquet file (which DuckDB and Spark read as such).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Optional

import orjson

from ..records import Quote

INTEGERS = ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end", "date_start", "date_end", "index")
DATES = ("date", "published")
FLOATS = ("confidence",)
# every column of the Parquet file, in record order: strings unless named above; `meta` as JSON text
COLUMNS = ("doc_id", "kind", "text", "start", "end", "cue", "cue_start", "cue_end", "speaker", "speaker_mention",
           "speaker_start", "speaker_end", "speaker_type", "speaker_role", "date", "date_text", "date_start",
           "date_end", "date_basis",
           "confidence", "index", "published", "outlet", "title", "url", "meta", "fallback", "speaker_id",
           "quote_id")


def _dicts(records: Iterable[Any]) -> list[dict]:
    return [r.to_dict() if isinstance(r, Quote) else dict(r) for r in records]


def as_date(value) -> Optional[dt.date]:
    """The day of an ISO date or date-time string ('2022-11-08', '2022-11-08T10:00:00'); None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def to_frame(records: Iterable[Any]):
    """A DataFrame of Quotes or record dicts: offsets as Int64, `date`/`published` as datetime64."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("quotes.to_frame needs pandas: pip install 'quotes-id[pandas]'") from e
    df = pd.DataFrame(_dicts(records))
    for c in INTEGERS:
        if c in df:
            df[c] = df[c].astype("Int64")
    for c in DATES:
        if c in df:
            df[c] = pd.to_datetime(df[c].map(as_date), errors="coerce")
    return df


def arrow_schema():
    import pyarrow as pa

    def kind(c):
        if c in INTEGERS:
            return pa.int64()
        if c in DATES:
            return pa.date32()
        if c in FLOATS:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c, kind(c), nullable=c not in ("kind", "text", "start", "end")) for c in COLUMNS])


def _column(rows: list[dict], c: str) -> list:
    if c in DATES:
        return [as_date(r.get(c)) for r in rows]
    if c == "meta":
        return [orjson.dumps(r["meta"]).decode() if r.get("meta") is not None else None for r in rows]
    if c in INTEGERS or c in FLOATS:
        return [r.get(c) for r in rows]
    return [None if r.get(c) is None else str(r[c]) for r in rows]


def write_parquet(records: Iterable[Any], path: str) -> int:
    """Write the records to `path` as Parquet (every column of COLUMNS, typed); returns the row count."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ImportError("Parquet export needs pyarrow: pip install 'quotes-id[parquet]'") from e
    rows = _dicts(records)
    schema = arrow_schema()
    try:
        import pandas as pd
    except ImportError:
        table = pa.table({c: pa.array(_column(rows, c), type=schema.field(c).type) for c in COLUMNS}, schema=schema)
    else:
        # through pandas, so that the file's pandas metadata says Int64: pandas then reads the
        # offsets back as integers (null where there is none) instead of floats
        df = pd.DataFrame({c: pd.array(_column(rows, c), dtype="Int64") if c in INTEGERS
                           else pd.Series(_column(rows, c), dtype=object) for c in COLUMNS})
        table = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
    pq.write_table(table, path)
    return len(rows)

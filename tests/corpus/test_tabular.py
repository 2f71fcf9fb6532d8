"""`quotes export` / `quotes.export`: Parquet with typed columns, read back by pandas and DuckDB."""
import datetime as dt
import json

import pytest
from click.testing import CliRunner
from conftest import CORPUS

import quotes
from quotes.cli import main

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("export")
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for k, p in enumerate(sorted(CORPUS.glob("*.txt"))):
            art = {"id": p.stem, "text": p.read_text(encoding="utf-8"), "outlet": "Warta", "title": p.stem}
            if k % 2:
                art["published"] = "2023-03-07"
            fh.write(json.dumps(art) + "\n")
    out, linked = tmp_path / "q.jsonl", tmp_path / "linked.jsonl"
    assert CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--analyzer", "rules"]).exit_code == 0
    assert CliRunner().invoke(main, ["link", str(out), "-o", str(linked)]).exit_code == 0
    return linked


def test_export_command_and_library_write_the_same_typed_table(tmp_path, linked):
    import pandas as pd

    pq = tmp_path / "quotes.parquet"
    r = CliRunner().invoke(main, ["export", str(linked), "-o", str(pq)])
    assert r.exit_code == 0, r.output
    records = list(quotes.read_records(str(linked)))
    assert quotes.export(records, str(tmp_path / "lib.parquet")) == len(records)
    df = pd.read_parquet(pq)
    assert df.equals(pd.read_parquet(tmp_path / "lib.parquet"))
    assert len(df) == len(records) and list(df["doc_id"]) == [q.doc_id for q in records]
    for c in ("start", "end", "cue_start", "speaker_start", "index"):
        assert pd.api.types.is_integer_dtype(df[c]), (c, df[c].dtype)
    assert df["cue_start"].isna().any()  # quotes without a cue stay null, the column stays integer
    assert list(df["cue_start"].astype("Int64")) == [q.cue_start if q.cue_start is not None else pd.NA for q in records]
    dated = next(q for q in records if q.date)
    row = df[(df["doc_id"] == dated.doc_id) & (df["index"] == dated.index)].iloc[0]
    assert pd.Timestamp(row["date"]).date() == dt.date.fromisoformat(dated.date)
    assert set(df["published"].dropna()) == {dt.date(2023, 3, 7)}
    assert df["quote_id"].notna().all()


def test_duckdb_reads_dates_as_dates_and_offsets_as_integers(tmp_path, linked):
    duckdb = pytest.importorskip("duckdb")
    pq = tmp_path / "quotes.parquet"
    assert CliRunner().invoke(main, ["export", str(linked), "-o", str(pq)]).exit_code == 0
    con = duckdb.connect()
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{pq}')").fetchall())
    assert types["date"] == "DATE" and types["published"] == "DATE"
    assert types["start"] == "BIGINT" and types["cue_start"] == "BIGINT" and types["confidence"] == "DOUBLE"
    n, days = con.execute(f"SELECT count(*), count(DISTINCT date) FROM '{pq}' WHERE date >= DATE '2022-01-01'").fetchone()
    assert n > 0 and days > 0
    for doc_id, start, end, text in con.execute(f"SELECT doc_id, start, \"end\", text FROM '{pq}'").fetchall():
        assert (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")[start:end] == text


def test_export_wants_a_parquet_file_name(tmp_path, linked):
    r = CliRunner().invoke(main, ["export", str(linked), "-o", str(tmp_path / "q.csv")])
    assert r.exit_code == 2 and "expected a file name ending in .parquet" in r.output


def test_read_json_gives_floats_and_the_documented_fix_gives_integers(tmp_path, linked):
    import pandas as pd

    assert pd.read_json(linked, lines=True)["cue_start"].dtype == "float64"  # why the fix exists
    df = pd.read_json(linked, lines=True, dtype_backend="numpy_nullable")
    assert str(df["cue_start"].dtype) == "Int64"

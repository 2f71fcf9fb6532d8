"""The JSON Schema of an output record, shipped in the package, and a validator for files."""
from __future__ import annotations

import functools
import json
from importlib import resources


def schema_text() -> str:
    return resources.files("quotes").joinpath("data").joinpath("record.schema.json").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def schema() -> dict:
    return json.loads(schema_text())


def problems(record: dict) -> list[str]:
    """What is wrong with one record (empty when valid). Checks the schema and span consistency."""
    import jsonschema

    out = [e.message for e in jsonschema.Draft202012Validator(schema()).iter_errors(record)]
    if not out and record["end"] < record["start"]:
        out.append("end is before start")
    if not out and len(record["text"]) != record["end"] - record["start"]:
        out.append("text length does not match start/end")
    return out


def validate_file(path) -> list[tuple[int, str]]:
    """(line, problem) for every problem of a JSON lines file of records ('-' for stdin)."""
    import sys

    bad = []
    fh = sys.stdin.buffer if str(path) == "-" else open(path, "rb")
    try:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except ValueError as e:
                bad.append((n, f"bad JSON: {e}"))
                continue
            if not isinstance(rec, dict):
                bad.append((n, "not a JSON object"))
                continue
            for p in problems(rec):
                bad.append((n, p))
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
    return bad

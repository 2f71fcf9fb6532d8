"""The record `quotes` emits for every quote: a small frozen attrs class, flat for pandas."""
from __future__ import annotations

from typing import Any, Iterator, Optional

import attrs

KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organization", "unnamed", "document")  # document: a writing with no named author


@attrs.frozen(slots=True)
class Quote:
    """One quote found in one article. Every span is a Python str slice of the input text."""

    doc_id: Optional[str]
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    text: str
    start: int
    end: int
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker: Optional[str] = None
    speaker_mention: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    speaker_type: Optional[str] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(SPEAKER_TYPES))
    )
    speaker_role: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    date_basis: Optional[str] = None
    confidence: float = 0.5
    index: int = 0  # position of the quote in its article, 0-based
    published: Optional[str] = None  # the article's, as given
    outlet: Optional[str] = None
    meta: Optional[dict] = None
    # corpus-level, set by `quotes link` (speaker_ids, quote_ids); None from `extract`
    speaker_id: Optional[str] = None
    quote_id: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d = attrs.asdict(self, recurse=False)
        for k in ("meta", "published", "outlet", "speaker_id", "quote_id"):
            if d[k] is None:
                del d[k]
        return d


def to_json(q: Quote) -> bytes:
    import orjson

    return orjson.dumps(q.to_dict())


class RecordError(ValueError):
    """A line of a records file that is not a JSON object: names the file and line."""

    def __init__(self, source: str, line: int, reason: str) -> None:
        super().__init__(f"{source}:{line}: {reason}")
        self.source, self.line, self.reason = source, line, reason


def read_records(path: str, on_error=None) -> Iterator[dict]:
    """The records of a JSON lines file ('.gz' too, '-' for stdin), one dict each.

    A bad line raises RecordError, or, with `on_error`, is handed to it and skipped, so one broken
    line does not cost the rest of the file.
    """
    import gzip
    import sys

    import orjson

    if path == "-":
        fh = sys.stdin.buffer
    elif str(path).endswith(".gz"):
        fh = gzip.open(path, "rb")
    else:
        fh = open(path, "rb")
    try:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = orjson.loads(raw)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
            except ValueError as e:
                err = RecordError(str(path), n, f"bad record: {e}")
                if on_error is None:
                    raise err from None
                on_error(err)
                continue
            yield rec
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()

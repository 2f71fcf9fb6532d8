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
    date_start: Optional[int] = None  # where date_text stands in the input
    date_end: Optional[int] = None
    date_basis: Optional[str] = None
    confidence: float = 0.5
    index: int = 0  # position of the quote in its article, 0-based
    # the article's metadata, as given in the input (None when not given)
    published: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    meta: Optional[dict] = None  # other input keys, with --keep-meta
    # "rules" when the article ran out of time with the chosen analyzer and was extracted again
    # from the rules analysis; None otherwise
    fallback: Optional[str] = None
    # corpus-level, set by `quotes link` (speaker_ids, quote_ids); None from `extract`
    speaker_id: Optional[str] = None
    quote_id: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        """The record as a flat dict, the same as its JSON line: keys that are None only because
        the input did not give them (metadata, fallback, link ids) are left out; a linked record
        keeps `speaker_id: null` (an unnamed speaker)."""
        d = attrs.asdict(self, recurse=False)
        for k in OPTIONAL:
            if d[k] is None and not (k == "speaker_id" and self.quote_id is not None):
                del d[k]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Quote":
        """A Quote from a record dict (a JSON line of `quotes extract` or `quotes link`).

        Keys that are not fields of Quote go under `meta`, so that nothing is lost. Raises
        ValueError for a dict that is not a record (a missing or mistyped required key).
        """
        missing = [k for k in REQUIRED if k not in d]
        if missing:
            raise ValueError("not a quote record: no " + ", ".join(repr(k) for k in missing))
        known = {k: v for k, v in d.items() if k in FIELDS}
        extra = {k: v for k, v in d.items() if k not in FIELDS}
        if extra:
            known["meta"] = {**(known.get("meta") or {}), **extra}
        for k in ("start", "end"):
            if not isinstance(known[k], int) or isinstance(known[k], bool):
                raise ValueError(f"not a quote record: {k!r} is not an integer")
        try:
            return cls(**known)
        except (TypeError, ValueError) as e:
            raise ValueError(f"not a quote record: {e}") from None


FIELDS = frozenset(a.name for a in attrs.fields(Quote))
OPTIONAL = ("published", "outlet", "title", "url", "meta", "fallback", "speaker_id", "quote_id")
REQUIRED = ("doc_id", "kind", "text", "start", "end")


@attrs.frozen(slots=True)
class ArticlePeople:
    """One line of `quotes people`: everyone an article mentions (`names.inventory.Entry`s, with
    offsets into the input), and the article's metadata as for a Quote."""

    doc_id: Optional[str]
    people: tuple = ()
    published: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    meta: Optional[dict] = None
    fallback: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d = {"doc_id": self.doc_id, "people": [e.to_dict() for e in self.people]}
        for k in ("published", "outlet", "title", "url", "meta", "fallback"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        return d


class RecordError(ValueError):
    """A line of a records file that is not a JSON object: names the file and line."""

    def __init__(self, source: str, line: int, reason: str) -> None:
        super().__init__(f"{source}:{line}: {reason}")
        self.source, self.line, self.reason = source, line, reason


class NotRecordsError(ValueError):
    """A file given as records that holds something else (articles, for example)."""


def read_records(path: str, on_error=None) -> Iterator[Quote]:
    """The records of a JSON lines file ('.gz' too, '-' for stdin), as Quotes.

    A bad line raises RecordError, or, with `on_error`, is handed to it and skipped, so one broken
    line does not cost the rest of the file. A file whose first object is not a record (an
    articles file, for example) raises NotRecordsError: nothing in it can be used.
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
    name = "<stdin>" if path == "-" else str(path)
    first = True
    try:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = orjson.loads(raw)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
            except ValueError as e:
                err = RecordError(name, n, f"bad record: {e}")
                if on_error is None:
                    raise err from None
                on_error(err)
                continue
            try:
                q = Quote.from_dict(rec)
            except ValueError as e:
                if first:
                    hint = " (it looks like an articles file)" if "text" in rec and "kind" not in rec else ""
                    raise NotRecordsError(
                        f"{name}:{n}: {e}{hint}; expected the quote records that `quotes extract` writes") from None
                err = RecordError(name, n, f"bad record: {e}")
                if on_error is None:
                    raise err from None
                on_error(err)
                continue
            first = False
            yield q
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()

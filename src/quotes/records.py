"""The record `quotes` emits for every quote: a small frozen attrs class, flat for pandas."""
from __future__ import annotations

from typing import Any, Optional

import attrs

KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organization", "unnamed")


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

    def to_dict(self) -> dict[str, Any]:
        d = attrs.asdict(self, recurse=False)
        for k in ("meta", "published", "outlet"):
            if d[k] is None:
                del d[k]
        return d


def to_json(q: Quote) -> bytes:
    import orjson

    return orjson.dumps(q.to_dict())

"""Who said what, and when, in Indonesian news.

    import quotes
    for q in quotes.extract(text, published="2022-11-08"):
        print(q.speaker, q.cue, q.text, q.date)

Importing this package is cheap: Stanza and torch load on the first call that needs them.
"""
from __future__ import annotations

from typing import Iterator, Optional

from .records import Quote, read_records

__version__ = "0.1.0"
__all__ = ["Quote", "extract", "extract_many", "link", "read_records", "speaker_table", "to_frame", "__version__"]


def extract(text: str, published=None, doc_id: Optional[str] = None, *, pipeline=None) -> list[Quote]:
    """All quotes in one article. `published` (ISO date) anchors relative dates and missing years."""
    from .engine import extract_text

    return extract_text(text, doc_id=doc_id, published=published, pipeline=pipeline)


def extract_many(articles, *, pipeline=None) -> Iterator[Quote]:
    """Quotes of many articles: `articles` yields dicts with `id`, `text` and optional `published`."""
    from .engine import extract_text

    for a in articles:
        yield from extract_text(a["text"], doc_id=a.get("id"), published=a.get("published"), pipeline=pipeline)


def speaker_table(records):
    """The speakers of a corpus, one per person across articles (`quotes speakers`): a SpeakerTable
    with `.speakers` (most quoted first) and `.id_for(record)`."""
    from .speaker_ids import speaker_table as table

    return table(records)


def link(records, threshold: float = 0.6) -> list[dict]:
    """The records as dicts with `speaker_id` and `quote_id` added (`quotes link`)."""
    from .quote_ids import link as link_records

    return link_records(records, threshold=threshold)


def to_frame(records):
    """A pandas DataFrame of Quote records or record dicts (needs the `pandas` extra)."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("quotes.to_frame needs pandas: pip install 'quotes-id[pandas]'") from e
    rows = [r.to_dict() if isinstance(r, Quote) else dict(r) for r in records]
    return pd.DataFrame(rows)

"""One article as the template needs it: its text in marked pieces, legends, and the bad records.

Everything here is data; the HTML is in templates/article.html.j2. The pieces tile the text
exactly (see segments.py), so the template writes them one after another and nothing else.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Hashable, Mapping, NamedTuple, Optional, Sequence

import attrs

from .palette import MORE_SLOT, article_colours, colour_class, colour_hex
from .records import NAMED, UNNAMED, kind_of, record_day, speaker_key
from .segments import Segment, build_segments, spans_of

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9.-]")


class Piece(NamedTuple):
    """A run of text and the marks on it; `cls` is None for unmarked text (a NamedTuple, like
    Segment: there is one per piece of every article)."""
    text: str
    cls: Optional[str] = None
    q: str = ""  # covering quotes (record positions), innermost first
    cue: str = ""
    spk: str = ""
    target: str = ""  # id of a quote's first piece: its permalink and keyboard stop
    date: str = ""  # shown after a quote's last piece: the day of every quote ending here


@attrs.frozen
class LegendItem:
    label: str
    count: int
    colour: str  # hex, for the dot
    cls: str  # c0..c8, cm, cx


@attrs.frozen
class BadRow:
    k: int
    index: Any
    start: Any
    end: Any
    speaker: Any
    text: Any


@attrs.frozen
class ArticleView:
    anchor: str
    doc_id: str
    heading: str
    outlet: Optional[str]
    published: Optional[str]
    url: Optional[str]  # http(s) only: a link the reader may follow, never a resource
    back: str
    n_quotes: int
    named: tuple[LegendItem, ...]
    unnamed: tuple[LegendItem, ...]
    no_speaker: int
    crowded: bool  # more speakers than colours: the least quoted share the `more` style
    pieces: tuple[Piece, ...]
    bad: tuple[BadRow, ...]
    records: Sequence[dict]


def anchor_of(doc_id: str) -> str:
    # injective: '_' only ever appears as the escape delimiter, so two ids never share an anchor
    return "doc-" + _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", doc_id)


def date_label(rec: Mapping, published) -> tuple[str, str]:
    """The words shown after a quote: its day, or the day it was published, or 'no date'."""
    d = record_day(rec, published)
    if d.day is None:
        return "no date", "nodate"
    return (d.day, "") if d.own else (f"published {d.day}", "pub")


def _ids(ks: tuple[int, ...]) -> str:
    return str(ks[0]) if len(ks) == 1 else " ".join(map(str, ks))


def pieces_of(text: str, segments: Sequence[Segment], records: Sequence[dict], anchor: str,
              colours: Mapping[Optional[Hashable], Optional[int]], keys: Sequence[Optional[Hashable]],
              published) -> list[Piece]:
    """The segments as pieces for the template (written for speed: one per piece of every article)."""
    ending: dict[int, list[int]] = {}  # piece -> the quotes that end in it
    for k, i in {k: i for i, seg in enumerate(segments) for k in seg.q}.items():
        ending.setdefault(i, []).append(k)
    quote_cls = {k: f"q k-{kind_of(r)} q{colour_class(colours[keys[k]])}" for k, r in enumerate(records)}
    first_seen: set[int] = set()
    out = []
    for i, (start, end, q, cue, spk) in enumerate(segments):
        if not (q or cue or spk):
            out.append(Piece(text[start:end]))
            continue
        cls = ""
        target = date = ""
        if q:
            cls = quote_cls[q[0]] + (" nest" if len(q) > 1 else "")
            new = [k for k in q if k not in first_seen]
            if new:
                first_seen.update(new)
                target = f"q-{anchor}-{new[0]}"
            if i in ending:
                labels = [date_label(records[k], published) for k in sorted(ending[i])]
                date = " · ".join(dict.fromkeys(t for t, _ in labels))
                if labels[0][1]:
                    cls += f" d-{labels[0][1]}"
        if cue:
            cls += " cue"
        if spk:
            cls += f" spk s{colour_class(colours[keys[spk[0]]])}"
        out.append(Piece(text[start:end], cls.lstrip(), _ids(q) if q else "", _ids(cue) if cue else "",
                         _ids(spk) if spk else "", target, date))
    return out


def legends(keys: Sequence[Optional[Hashable]], colours: Mapping[Optional[Hashable], Optional[int]]
            ) -> tuple[tuple[LegendItem, ...], tuple[LegendItem, ...], int]:
    """Named speakers, unnamed ones (apart: `quotes speakers` does not count them), quotes without."""
    counts = Counter(keys)
    groups: dict[str, list[LegendItem]] = {NAMED: [], UNNAMED: []}
    for key, n in sorted(((k, n) for k, n in counts.items() if k is not None), key=lambda kv: (-kv[1], kv[0][1])):
        slot = colours[key]
        groups[key[0]].append(LegendItem(key[1], n, colour_hex(slot), colour_class(slot)))
    return tuple(groups[NAMED]), tuple(groups[UNNAMED]), counts.get(None, 0)


def _opt_str(v) -> Optional[str]:
    return None if v is None or v == "" else str(v)


def article_view(article: Mapping, records: Sequence[dict], anchor: str, back: str) -> ArticleView:
    """`article`: id, text (already a str) and optional title, outlet, published, url."""
    text = article["text"]
    spans, bad = spans_of(records, text)
    skip = set(bad)
    keys = [speaker_key(r) for r in records]
    colours = article_colours(k for i, k in enumerate(keys) if i not in skip)
    for k in keys:  # a record that cannot be placed still has a speaker for the panel
        colours.setdefault(k, None)
    shown_keys = [k for i, k in enumerate(keys) if i not in skip]
    named, unnamed, no_speaker = legends(shown_keys, colours)
    published = article.get("published")
    url = article.get("url")
    return ArticleView(
        anchor=anchor, doc_id=article["id"],
        heading=_opt_str(article.get("title")) or article["id"],
        outlet=_opt_str(article.get("outlet")), published=_opt_str(published),
        url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        back=back, n_quotes=len(records), named=named, unnamed=unnamed, no_speaker=no_speaker,
        crowded=MORE_SLOT in colours.values(),
        pieces=tuple(pieces_of(text, build_segments(len(text), spans), records, anchor, colours, keys, published)),
        bad=tuple(BadRow(k, records[k].get("index"), records[k].get("start"), records[k].get("end"),
                         records[k].get("speaker"), records[k].get("text")) for k in bad),
        records=records,
    )

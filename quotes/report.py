"""`quotes view`: one self-contained HTML report of articles with their quotes highlighted.

The page carries its own CSS and JS (quotes/data/report.css, report.js) and loads nothing from
the network, so it can be mailed around or opened from an archive years later. Article text and
record values are scraped and hostile: every one goes through `escape_text` or `_attr`, and the
records the page's script reads are JSON in which `<` can never close the script element.

Offsets in the records are Python str (code point) offsets. The text is written unchanged into a
`white-space: pre-wrap` container, cut into non-overlapping segments at every span boundary, so
a quote's offsets are the code point positions of its segments in the container's text; the page
checks this itself on load and writes what it found into `#rendered-spans` (tests read it).

More than `page_size` articles go into numbered page files beside the summary, rendered one page
at a time, so a 10,000-article report never holds more than two pages of articles in memory.
"""
from __future__ import annotations

import html
import itertools
import json
import re
import zlib
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import attrs
import orjson

from . import __version__
from .records import KINDS

# strong colours, one per speaker hash bucket; the light tints are mixed from them
PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#8f5fb5", "#2a9d8f",
    "#d37295", "#b6992d", "#9d7660", "#3f6fd8", "#c8553d", "#6a8f2b",
)
NO_SPEAKER = "#8a8f98"
TOP_SPEAKERS = 20
SPARSE_DAYS = 60
BUSIEST_DAYS = 5
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9.-]")


# --- records ---------------------------------------------------------------------------------

@attrs.frozen
class Grouped:
    by_doc: dict[Optional[str], list[dict]]
    unusable: int  # records that are not even a dict


def group_records(records: Iterable[dict]) -> Grouped:
    """Records by doc_id, in file order (doc_ids are compared as strings, like the article reader's)."""
    by_doc: dict[Optional[str], list[dict]] = {}
    unusable = 0
    for r in records:
        if not isinstance(r, dict):
            unusable += 1
            continue
        d = r.get("doc_id")
        by_doc.setdefault(None if d is None else str(d), []).append(r)
    return Grouped(by_doc, unusable)


def speaker_key(rec: dict) -> Optional[str]:
    """What a speaker's colour and count go by: the resolved id when there is one, else the name."""
    for k in ("speaker_id", "speaker"):
        v = rec.get(k)
        if v is not None and v != "":
            return str(v)
    return None


def speaker_labels(records: Iterable[dict]) -> dict[Optional[str], str]:
    """The name to show for each speaker key: its most frequent name (an id may cover several)."""
    names: dict[Optional[str], Counter[str]] = {}
    for r in records:
        names.setdefault(speaker_key(r), Counter())[speaker_label(r)] += 1
    return {k: max(c.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for k, c in names.items()}


def speaker_label(rec: dict) -> str:
    name = rec.get("speaker")
    return str(name) if name not in (None, "") else str(rec.get("speaker_id") or "(no speaker)")


def colour_index(key: Optional[str]) -> Optional[int]:
    # crc32, not hash(): Python salts str hashes per process and colours must not change between runs
    if key is None:
        return None
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % len(PALETTE)


def article_colours(records: Iterable[dict]) -> dict[Optional[str], Optional[int]]:
    """Palette slot of each speaker of one article: its hash slot, or the next free one.

    Plain hashing would give two speakers of one article the same colour often (12 colours);
    the most quoted speakers choose first, so they keep their hash colour from article to article.
    """
    counts = Counter(speaker_key(r) for r in records)
    taken: set[int] = set()
    slots: dict[Optional[str], Optional[int]] = {None: None}
    for key in sorted((k for k in counts if k is not None), key=lambda k: (-counts[k], k)):
        slot = colour_index(key)
        free = [s for s in range(slot, slot + len(PALETTE)) if s % len(PALETTE) not in taken]
        slot = free[0] % len(PALETTE) if free else slot
        taken.add(slot)
        slots[key] = slot
    return slots


def colour_class(slot: Optional[int]) -> str:
    return "cx" if slot is None else f"c{slot}"


def colour_hex(slot: Optional[int]) -> str:
    return NO_SPEAKER if slot is None else PALETTE[slot]


def kind_of(rec: dict) -> str:
    k = rec.get("kind")
    return k if k in KINDS else "other"


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def span_fits(start, end, n: int) -> bool:
    return _is_int(start) and _is_int(end) and 0 <= start < end <= n


def offsets_match(rec: dict, text: str) -> bool:
    """A record can be highlighted only if its offsets cut exactly its `text` out of the article."""
    s, e = rec.get("start"), rec.get("end")
    return span_fits(s, e, len(text)) and text[s:e] == rec.get("text")


# --- segments --------------------------------------------------------------------------------

@attrs.frozen
class Span:
    role: str  # "q" (quote), "cue" or "spk" (speaker mention)
    k: int  # position of the record in its article's record list
    start: int
    end: int


@attrs.frozen
class Segment:
    start: int
    end: int
    q: tuple[int, ...] = ()  # covering quotes, innermost (shortest) first
    cue: tuple[int, ...] = ()
    spk: tuple[int, ...] = ()


def spans_of(records: Sequence[dict], text: str) -> tuple[list[Span], list[int]]:
    """The spans to mark, and the positions of the records whose offsets do not fit the text.

    A bad cue or speaker span only loses its mark; the quote itself is still highlighted.
    """
    spans: list[Span] = []
    bad: list[int] = []
    n = len(text)
    for k, r in enumerate(records):
        if not offsets_match(r, text):
            bad.append(k)
            continue
        spans.append(Span("q", k, r["start"], r["end"]))
        for role, a, b in (("cue", "cue_start", "cue_end"), ("spk", "speaker_start", "speaker_end")):
            if span_fits(r.get(a), r.get(b), n):
                spans.append(Span(role, k, r[a], r[b]))
    return spans, bad


def build_segments(n: int, spans: Iterable[Span]) -> list[Segment]:
    """Cut [0, n) at every span boundary; each piece lists every span covering it.

    A sweep over the boundaries keeps this linear in the number of pieces times the nesting
    depth, so an article with thousands of records does not go quadratic.
    """
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    cuts = sorted({0, n, *starts, *ends})
    active: dict[Span, None] = {}  # insertion-ordered set
    out = []
    for a, b in itertools.pairwise(cuts):
        for s in ends.get(a, ()):
            active.pop(s, None)
        for s in starts.get(a, ()):
            active[s] = None
        quotes = sorted((s for s in active if s.role == "q"), key=lambda s: (s.end - s.start, -s.start, s.k))
        out.append(Segment(
            a, b,
            q=tuple(s.k for s in quotes),
            cue=tuple(sorted({s.k for s in active if s.role == "cue"})),
            spk=tuple(sorted({s.k for s in active if s.role == "spk"})),
        ))
    return out


# --- HTML pieces -----------------------------------------------------------------------------

def escape_text(s: str) -> str:
    """HTML text that the browser's DOM holds as exactly `s`, code point for code point.

    The parser would turn CR and CRLF into LF before tokenising, but not a character reference,
    so CR is written as one. (NUL cannot be represented at all; it becomes U+FFFD, same length.)
    """
    return html.escape(s, quote=False).replace("\r", "&#13;").replace("\x00", "\ufffd")


def _attr(v) -> str:
    return html.escape("" if v is None else str(v), quote=True).replace("\r", "&#13;")


def anchor_of(doc_id: str) -> str:
    # injective: '_' only ever appears as the escape delimiter, so two ids never share an anchor
    return "doc-" + _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", doc_id)


def script_json(obj) -> str:
    """JSON to put inside <script>: '<', '>' and '&' only occur in strings, so escaping them is lossless."""
    try:
        raw = orjson.dumps(obj, default=str).decode("utf-8")
    except TypeError:  # an int beyond 64 bits, from a caller of the Python API
        raw = json.dumps(obj, default=str, ensure_ascii=False)
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_segments(text: str, segments: Sequence[Segment], records: Sequence[dict], anchor: str,
                    colours: dict[Optional[str], Optional[int]]) -> str:
    parts = []
    first_seen: set[int] = set()
    for seg in segments:
        chunk = escape_text(text[seg.start:seg.end])
        if not (seg.q or seg.cue or seg.spk):
            parts.append(chunk)
            continue
        cls, attrs_ = [], []
        if seg.q:
            inner = records[seg.q[0]]
            cls += ["q", f"k-{kind_of(inner)}", f"q{colour_class(colours.get(speaker_key(inner)))}"]
            if len(seg.q) > 1:
                cls.append("nest")
            attrs_.append(f'data-q="{" ".join(map(str, seg.q))}"')
            new = [k for k in seg.q if k not in first_seen]
            if new:
                # the first piece of a quote is its permalink target and its keyboard stop
                first_seen.update(new)
                attrs_.append(f'id="q-{anchor}-{new[0]}" tabindex="0" role="button"')
        if seg.cue:
            cls.append("cue")
            attrs_.append(f'data-cue="{" ".join(map(str, seg.cue))}"')
        if seg.spk:
            cls += ["spk", f"s{colour_class(colours.get(speaker_key(records[seg.spk[0]])))}"]
            attrs_.append(f'data-spk="{" ".join(map(str, seg.spk))}"')
        parts.append(f'<span class="{" ".join(cls)}" {" ".join(attrs_)}>{chunk}</span>')
    return "".join(parts)


def kinds_legend() -> str:
    items = "".join(
        f'<span class="lg"><span class="sw q k-{k} qcx">{k}</span></span>' for k in KINDS
    )
    return (f'{items}<span class="lg"><span class="sw cue">cue</span></span>'
            f'<span class="lg"><span class="sw spk scx">speaker</span></span>')


def speakers_legend(records: Sequence[dict], colours: dict[Optional[str], Optional[int]]) -> str:
    counts = Counter(speaker_key(r) for r in records)
    labels = speaker_labels(records)
    items = []
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], labels[kv[0]])):
        items.append(f'<span class="lg"><i class="dot" style="background:{colour_hex(colours.get(key))}"></i>'
                     f'{_attr(labels[key])} <b>{n}</b></span>')
    return "".join(items)


def _meta_line(article: dict, n_quotes: int) -> str:
    bits = [f'<code>{_attr(article["id"])}</code>']
    for k in ("outlet", "published"):
        if article.get(k) not in (None, ""):
            bits.append(_attr(article[k]))
    bits.append(f"{n_quotes} quote{'s' if n_quotes != 1 else ''}")
    url = article.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        # a link the reader may follow, never a resource the page loads
        bits.append(f'<a href="{_attr(url)}" rel="noopener noreferrer nofollow">source</a>')
    return " · ".join(bits)


def render_bad(records: Sequence[dict], bad: Sequence[int]) -> str:
    if not bad:
        return ""
    rows = "".join(
        f'<tr data-rec="{k}" tabindex="0"><td>{_attr(records[k].get("index"))}</td>'
        f'<td>{_attr(records[k].get("start"))}–{_attr(records[k].get("end"))}</td>'
        f'<td>{_attr(records[k].get("speaker"))}</td><td class="qt">{_attr(records[k].get("text"))}</td></tr>'
        for k in bad
    )
    return (f'<details class="bad" open><summary>{len(bad)} record{"s" if len(bad) != 1 else ""}: '
            f'offsets do not match the text (not highlighted)</summary>'
            f'<table><thead><tr><th>index</th><th>offsets</th><th>speaker</th><th>text</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></details>')


def render_article(article: dict, records: Sequence[dict], spans: Sequence[Span], bad: Sequence[int],
                   anchor: str, back: str) -> str:
    """One article: header, legends, the marked-up text, the records that could not be placed."""
    text = article["text"]
    colours = article_colours(records)
    body = render_segments(text, build_segments(len(text), spans), records, anchor, colours)
    title = article.get("title")
    heading = _attr(title) if title not in (None, "") else _attr(article["id"])
    skip = set(bad)
    shown = [r for k, r in enumerate(records) if k not in skip]
    legend = (f'<div class="legend"><div class="row"><span class="lg-h">Marks</span>{kinds_legend()}</div>'
              + (f'<div class="row"><span class="lg-h">Speakers</span>{speakers_legend(shown, colours)}</div>'
                 if shown else "") + "</div>")
    return (
        f'<article class="doc" id="{anchor}" data-doc="{_attr(article["id"])}">'
        f'<header><h2>{heading}</h2><p class="meta">{_meta_line(article, len(records))}'
        f' · <a href="{back}">index</a></p></header>'
        f'{legend}'
        f'<div class="text" lang="id" data-doc="{_attr(article["id"])}">{body}</div>'
        f'{render_bad(records, bad)}'
        f'<script type="application/json" class="recs">{script_json(list(records))}</script>'
        f'</article>\n'
    )


# --- summary ---------------------------------------------------------------------------------

@attrs.frozen
class Entry:
    """What the index and the summary need of one article, without its text."""
    doc_id: str
    anchor: str
    href: str
    title: Optional[str]
    outlet: Optional[str]
    published: Optional[str]
    n_quotes: int


def iso_day(v) -> Optional[str]:
    if not isinstance(v, str) or not _ISO_DAY.match(v):
        return None
    try:
        return date.fromisoformat(v[:10]).isoformat()
    except ValueError:
        return None


def record_day(rec: dict, article_published) -> Optional[str]:
    """The day a quote was said: its own date, else the day it (or its article) was published."""
    for v in (rec.get("date"), rec.get("published"), article_published):
        d = iso_day(v)
        if d:
            return d
    return None


@attrs.frozen
class Summary:
    n_articles: int
    n_quotes: int
    kinds: dict[str, int]
    speakers: list[tuple[str, str, int]]  # key, label, count (top ones)
    n_speakers: int
    per_day: dict[str, int]
    undated: int
    without_article: int
    bad_offsets: int
    unusable: int


def summarize(entries: Sequence[Entry], grouped: Grouped, bad_offsets: int) -> Summary:
    seen = {e.doc_id: e for e in entries}
    kinds: Counter[str] = Counter()
    speakers: Counter[Optional[str]] = Counter()
    per_day: Counter[str] = Counter()
    undated = without = 0
    for doc_id, recs in grouped.by_doc.items():
        if doc_id not in seen:
            without += len(recs)
            continue
        for r in recs:
            kinds[kind_of(r)] += 1
            key = speaker_key(r)
            if key is not None:
                speakers[key] += 1
            day = record_day(r, seen[doc_id].published)
            if day:
                per_day[day] += 1
            else:
                undated += 1
    labels = speaker_labels(r for d, recs in grouped.by_doc.items() if d in seen for r in recs)
    top = sorted(speakers.items(), key=lambda kv: (-kv[1], labels[kv[0]]))[:TOP_SPEAKERS]
    return Summary(
        n_articles=len(entries), n_quotes=sum(kinds.values()), kinds=dict(kinds),
        speakers=[(k, labels[k], n) for k, n in top], n_speakers=len(speakers),
        per_day=dict(per_day), undated=undated, without_article=without, bad_offsets=bad_offsets,
        unusable=grouped.unusable,
    )


def render_cards(s: Summary) -> str:
    cards = [("articles", s.n_articles, ""), ("quotes", s.n_quotes, "")]
    cards += [(k, s.kinds.get(k, 0), f"k-{k}") for k in KINDS]
    if s.kinds.get("other"):
        cards.append(("unknown kind", s.kinds["other"], "warn"))
    cards.append(("speakers", s.n_speakers, ""))
    for label, n in (("records without article", s.without_article),
                     ("offsets do not match the text", s.bad_offsets),
                     ("unusable records", s.unusable)):
        if n:
            cards.append((label, n, "warn"))
    return '<div class="cards">' + "".join(
        f'<div class="card {cls}"><div class="n">{n:,}</div><div class="l">{_attr(label)}</div></div>'
        for label, n, cls in cards
    ) + "</div>"


def render_speakers_chart(s: Summary) -> str:
    if not s.speakers:
        return '<p class="empty">No speakers.</p>'
    top = s.speakers[0][2]
    rows = "".join(
        f'<div class="bar-row"><span class="bar-l" title="{_attr(label)}">{_attr(label)}</span>'
        f'<span class="bar-t"><span class="bar" style="width:{100 * n / top:.1f}%">'
        f'</span></span><span class="bar-n">{n:,}</span></div>'
        for key, label, n in s.speakers
    )
    more = s.n_speakers - len(s.speakers)
    note = f'<p class="note">and {more:,} more speaker{"s" if more != 1 else ""}</p>' if more > 0 else ""
    return f'<div class="bars">{rows}</div>{note}'


def render_timeline(per_day: dict[str, int], undated: int, width: int = 480, height: int = 170) -> str:
    note = (f'<p class="note">{undated:,} undated quote{"s" if undated != 1 else ""} not shown.</p>'
            if undated else "")
    if not per_day:
        return f'<p class="empty">No dated quotes.</p>{note}'
    peak = max(per_day.values())
    left, right, top, bottom = 14 + 7 * len(f"{peak:,}"), 14, 12, 26  # room for the peak's label
    pw, ph = width - left - right, height - top - bottom
    days = sorted(per_day)
    d0, d1 = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (d1 - d0).days + 1
    step = pw / span
    bw = max(4.0, min(28.0, step * 0.8))
    bars = []
    for d in days:
        n = per_day[d]
        h = max(1.0, ph * n / peak)
        x = left + ((date.fromisoformat(d) - d0).days + 0.5) * step - bw / 2
        tip = f'<title>{d}: {n:,} quote{"s" if n != 1 else ""}</title>'
        bars.append(f'<rect x="{x:.1f}" y="{top + ph - h:.1f}" width="{bw:.1f}" height="{h:.1f}" rx="1">{tip}</rect>')
        if len(days) <= SPARSE_DAYS:
            # a few thin bars over a long range are hard to see; a dot on top finds the eye
            bars.append(f'<circle cx="{x + bw / 2:.1f}" cy="{top + ph - h:.1f}" r="4">{tip}</circle>')
    base = top + ph
    labels = [(left, "start", days[0])]
    if span > 1:
        labels.append((left + pw, "end", days[-1]))
    if span > 20:
        mid = date.fromordinal(d0.toordinal() + span // 2).isoformat()
        labels.append((left + pw / 2, "middle", mid))
    xlabels = "".join(f'<text x="{x:.1f}" y="{base + 17}" text-anchor="{a}">{t}</text>' for x, a, t in labels)
    grid = (f'<line class="grid" x1="{left}" x2="{left + pw}" y1="{top}" y2="{top}"/>'
            f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak:,}</text>'
            f'<text x="{left - 6}" y="{base + 4}" text-anchor="end">0</text>')
    return (f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="quotes per day from {days[0]} to {days[-1]}">{grid}'
            f'<line class="axis" x1="{left}" x2="{left + pw}" y1="{base}" y2="{base}"/>'
            f'{"".join(bars)}{xlabels}</svg>{note}')


def render_busiest(per_day: dict[str, int], n: int = BUSIEST_DAYS) -> str:
    if len(per_day) < 2:
        return ""
    top = sorted(per_day.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    rows = "".join(f'<tr><td>{d}</td><td class="num">{c:,}</td></tr>' for d, c in top)
    return f'<h3 class="minor">Busiest days</h3><table class="mini">{rows}</table>'


def render_index(entries: Sequence[Entry], page_links: Sequence[tuple[str, str]] = ()) -> str:
    rows = "".join(
        f'<tr><td><a href="{_attr(e.href)}"><code>{_attr(e.doc_id)}</code></a></td>'
        f'<td>{_attr(e.title)}</td><td>{_attr(e.outlet)}</td><td>{_attr(e.published)}</td>'
        f'<td class="num{" zero" if not e.n_quotes else ""}">{e.n_quotes:,}</td></tr>'
        for e in entries
    )
    pages = ""
    if page_links:
        pages = '<nav class="pages">Pages: ' + " ".join(
            f'<a href="{_attr(h)}">{_attr(t)}</a>' for t, h in page_links) + "</nav>"
    return (f'<section id="index"><div class="index-head"><h2>Articles</h2>'
            f'<input type="search" id="filter" placeholder="Filter articles…" aria-label="Filter articles">'
            f'</div>{pages}<table class="index"><thead><tr><th>id</th><th>title</th><th>outlet</th>'
            f'<th>published</th><th class="num">quotes</th></tr></thead><tbody>{rows}</tbody></table></section>')


def render_summary(s: Summary, entries: Sequence[Entry], page_links: Sequence[tuple[str, str]] = ()) -> str:
    return (
        f'<section class="summary" id="top"><h1>Quotes report</h1>'
        f'<p class="sub">{s.n_articles:,} article{"s" if s.n_articles != 1 else ""} · '
        f'{s.n_quotes:,} quote{"s" if s.n_quotes != 1 else ""}</p>'
        f'{render_cards(s)}'
        f'<div class="grid2"><div class="box"><h2>Top speakers</h2>{render_speakers_chart(s)}</div>'
        f'<div class="box"><h2>Quotes per day</h2>{render_timeline(s.per_day, s.undated)}'
        f'{render_busiest(s.per_day)}</div></div>'
        f'</section>{render_index(entries, page_links)}'
    )


# --- pages -----------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotes {version}">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<header class="top"><div class="wrap"><a class="brand" href="{home}">quotes <span>report</span></a>
<nav>{nav}</nav></div></header>
<main class="wrap">
{body}
</main>
<aside id="panel" hidden aria-live="polite"><div class="panel-head"><h3 id="panel-title"></h3>
<button type="button" id="panel-close" aria-label="Close">×</button></div><div id="panel-body"></div></aside>
<div id="hovercard" hidden></div>
<script type="application/json" id="rendered-spans">[]</script>
<script>
{js}
</script>
</body>
</html>
"""


@attrs.frozen
class Assets:
    css: str
    js: str


def load_assets() -> Assets:
    data = resources.files("quotes").joinpath("data")
    css = data.joinpath("report.css").read_text(encoding="utf-8") + palette_css()
    return Assets(css, data.joinpath("report.js").read_text(encoding="utf-8"))


def palette_css() -> str:
    """One class per colour for quotes (qcN) and speaker marks (scN); cx is 'no speaker'."""
    rules = []
    for name, c in [*((f"c{i}", c) for i, c in enumerate(PALETTE)), ("cx", NO_SPEAKER)]:
        rules.append(f".q{name}{{--qc:{c};--ql:{_tint(c, .78)};--qll:{_tint(c, .88)}}}"
                     f".s{name}{{--sc:{c}}}")
    return "\n".join(rules) + "\n"


def _tint(hex_colour: str, white: float) -> str:
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(v + (255 - v) * white):02x}" for v in rgb)


def render_page(assets: Assets, title: str, body: str, nav: str = "", home: str = "#top") -> str:
    # str.format would trip over the braces of the CSS and JS, so fill the slots one by one
    page = PAGE
    for slot, value in (("{version}", _attr(__version__)), ("{title}", _attr(title)), ("{home}", _attr(home)),
                        ("{nav}", nav), ("{css}", assets.css), ("{js}", assets.js), ("{body}", body)):
        page = page.replace(slot, value, 1)
    return page


def page_nav(index_href: str, prev_href: Optional[str], next_href: Optional[str], label: str) -> str:
    prev = (f'<a href="{_attr(prev_href)}" rel="prev">← Previous</a>' if prev_href
            else '<span class="off">← Previous</span>')
    nxt = f'<a href="{_attr(next_href)}" rel="next">Next →</a>' if next_href else '<span class="off">Next →</span>'
    return f'<a href="{_attr(index_href)}">Index</a>{prev}<span class="here">{_attr(label)}</span>{nxt}'


def _with_next(items: Iterable) -> Iterator[tuple[object, bool]]:
    it = iter(items)
    try:
        cur = next(it)
    except StopIteration:
        return
    for nxt in it:
        yield cur, True
        cur = nxt
    yield cur, False


def _chunks(items: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


class _Articles:
    """Gives each article its anchor and index entry as it is rendered (anchors must stay unique)."""

    def __init__(self, grouped: Grouped):
        self.grouped = grouped
        self.entries: list[Entry] = []
        self.bad_offsets = 0
        self._anchors: Counter[str] = Counter()

    def render(self, article: dict, href_prefix: str, back: str) -> str:
        doc_id = str(article.get("id"))
        text = article.get("text")
        article = {**article, "id": doc_id, "text": text if isinstance(text, str) else ""}
        base = anchor_of(doc_id)
        self._anchors[base] += 1
        # '~' is escaped by anchor_of, so a repeated id's anchor cannot collide with another id's
        anchor = base if self._anchors[base] == 1 else f"{base}~{self._anchors[base]}"
        records = self.grouped.by_doc.get(doc_id, [])
        spans, bad = spans_of(records, article["text"])
        self.bad_offsets += len(bad)
        html_ = render_article(article, records, spans, bad, anchor, back)
        self.entries.append(Entry(
            doc_id, anchor, f"{href_prefix}#{anchor}", _opt_str(article.get("title")),
            _opt_str(article.get("outlet")), _opt_str(article.get("published")), len(records),
        ))
        return html_


def _opt_str(v) -> Optional[str]:
    return None if v is None else str(v)


def write_report(articles: Iterable[dict], records: Iterable[dict], out: Path, page_size: int = 500) -> list[Path]:
    """Write the report for `articles` (dicts with id, text, optional title/url/outlet/published).

    Up to `page_size` articles: everything in `out`. More: the summary and index in `out` and the
    articles in `<stem>-pages/0001.html`, ... Returns the files written, `out` first.
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    assets = load_assets()
    grouped = group_records(records)
    state = _Articles(grouped)
    pages_dir = out.parent / f"{out.stem}-pages"
    it = iter(articles)
    head = list(itertools.islice(it, page_size + 1))
    if len(head) <= page_size:
        body = "".join(state.render(a, "", "#index") for a in head)
        s = summarize(state.entries, grouped, state.bad_offsets)
        _write(out, render_page(assets, "Quotes report", render_summary(s, state.entries) + body))
        _remove_stale_pages(pages_dir, set())
        return [out]

    pages_dir.mkdir(exist_ok=True)
    written: list[Path] = []
    index_href = f"../{out.name}"
    for n, (chunk, has_next) in enumerate(_with_next(_chunks(itertools.chain(head, it), page_size)), 1):
        name = f"{n:04d}.html"
        first = len(state.entries) + 1
        body = "".join(state.render(a, f"{pages_dir.name}/{name}", f"{index_href}#index") for a in chunk)
        label = f"Page {n} · articles {first:,}–{len(state.entries):,}"
        nav = page_nav(f"{index_href}#index", f"{n - 1:04d}.html" if n > 1 else None,
                       f"{n + 1:04d}.html" if has_next else None, label)
        page = render_page(assets, f"Quotes report · {label}",
                           f'<h1 class="page-title">{_attr(label)}</h1>{body}'
                           f'<nav class="pager">{nav}</nav>', nav=nav, home=index_href)
        written.append(_write(pages_dir / name, page))
    _remove_stale_pages(pages_dir, {p.name for p in written})
    links = [(str(i), f"{pages_dir.name}/{p.name}") for i, p in enumerate(written, 1)]
    s = summarize(state.entries, grouped, state.bad_offsets)
    _write(out, render_page(assets, "Quotes report", render_summary(s, state.entries, links)))
    return [out, *written]


def _write(path: Path, page: str) -> Path:
    # a lone surrogate (possible in a str built in Python) must not abort the whole report
    path.write_bytes(page.encode("utf-8", "replace"))
    return path


def _remove_stale_pages(pages_dir: Path, keep: set[str]) -> None:
    # a previous, longer report left pages that nothing links to any more; only our numbered
    # pages are removed, and the folder only if that leaves it empty
    if not pages_dir.is_dir():
        return
    for p in pages_dir.glob("[0-9][0-9][0-9][0-9]*.html"):
        if p.name not in keep and p.stem.isdigit():
            p.unlink()
    if not keep and not any(pages_dir.iterdir()):
        pages_dir.rmdir()

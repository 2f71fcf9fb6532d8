"""The report's first page as data: counts, top speakers, unnamed speakers, quotes per day, index.

Named speakers are counted and merged across articles by `speaker_ids.speaker_table`, the very
function behind `quotes speakers`, so the two commands give the same number. Unnamed speakers
("perempuan itu", "seorang warga") are no one in particular: they are listed apart, by phrase.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

import attrs

from ..corpus.speaker_ids import speaker_table
from ..records import KINDS
from .records import NAMED, Grouped, kind_of, record_day, speaker_class, speaker_name
from .timeline import Timeline, timeline

TOP_SPEAKERS = 20
TOP_UNNAMED = 12
BUSIEST_DAYS = 5


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


@attrs.frozen
class Bar:
    label: str
    title: str  # the hover text: the speaker id and every name merged into it
    n: int
    width: float  # percent of the longest bar


@attrs.frozen
class Card:
    label: str
    n: int
    cls: str = ""
    title: str = ""


@attrs.frozen
class Summary:
    n_articles: int
    n_quotes: int
    kinds: dict[str, int]
    speakers: tuple[Bar, ...]  # the most quoted named speakers
    n_speakers: int  # named speakers, as `quotes speakers` counts them
    unnamed: tuple[Bar, ...]  # the most frequent unnamed phrases
    n_unnamed_phrases: int
    n_unnamed_quotes: int
    no_speaker: int
    per_day: dict[str, int]
    undated: int
    without_article: int
    bad_offsets: int
    unusable: int

    @property
    def cards(self) -> tuple[Card, ...]:
        cards = [Card("articles", self.n_articles), Card("quotes", self.n_quotes)]
        cards += [Card(k, self.kinds.get(k, 0), f"k-{k}") for k in KINDS]
        if self.kinds.get("other"):
            cards.append(Card("unknown kind", self.kinds["other"], "warn"))
        cards.append(Card("speakers", self.n_speakers, "",
                          "named speakers, merged across articles as `quotes speakers` counts them"))
        cards.append(Card("quotes by unnamed speakers", self.n_unnamed_quotes, "soft",
                          "speakers described, not named (\u201cperempuan itu\u201d): not counted as speakers"))
        if self.no_speaker:
            cards.append(Card("quotes without speaker", self.no_speaker, "soft"))
        for label, n in (("records without article", self.without_article),
                         ("offsets do not match the text", self.bad_offsets),
                         ("unusable records", self.unusable)):
            if n:
                cards.append(Card(label, n, "warn"))
        return tuple(cards)

    @property
    def more_speakers(self) -> int:
        return self.n_speakers - len(self.speakers)

    @property
    def more_unnamed(self) -> int:
        return self.n_unnamed_phrases - len(self.unnamed)

    @property
    def chart(self) -> Optional[Timeline]:
        return timeline(self.per_day) if self.per_day else None

    @property
    def busiest(self) -> tuple[tuple[str, int], ...]:
        if len(self.per_day) < 2:
            return ()
        return tuple(sorted(self.per_day.items(), key=lambda kv: (-kv[1], kv[0]))[:BUSIEST_DAYS])


def _bars(rows: Sequence[tuple[str, str, int]]) -> tuple[Bar, ...]:
    top = max((n for _, _, n in rows), default=1)
    return tuple(Bar(label, title, n, 100 * n / top) for label, title, n in rows)


def summarize(entries: Sequence[Entry], grouped: Grouped, bad_offsets: int) -> Summary:
    seen = {e.doc_id: e for e in entries}
    kinds: Counter[str] = Counter()
    per_day: Counter[str] = Counter()
    unnamed: dict[str, Counter[str]] = {}  # lower-cased phrase -> its spellings
    undated = without = no_speaker = 0
    named: list[dict] = []
    for doc_id, recs in grouped.by_doc.items():
        if doc_id not in seen:
            without += len(recs)
            continue
        for r in recs:
            kinds[kind_of(r)] += 1
            cls = speaker_class(r)
            if cls is None:
                no_speaker += 1
            elif cls == NAMED:
                named.append(r)
            else:
                name = speaker_name(r)
                unnamed.setdefault(name.lower(), Counter())[name] += 1
            day = record_day(r, seen[doc_id].published).day
            if day:
                per_day[day] += 1
            else:
                undated += 1
    # the records of unnamed speakers would change nothing: speaker_table skips them as well
    table = speaker_table(named)
    top = table.speakers[:TOP_SPEAKERS]
    phrases = sorted(((max(c, key=lambda s: (c[s], s)), sum(c.values())) for c in unnamed.values()),
                     key=lambda pn: (-pn[1], pn[0].lower()))
    return Summary(
        n_articles=len(entries), n_quotes=sum(kinds.values()), kinds=dict(kinds),
        speakers=_bars([(s.name, " · ".join((s.id, *s.names)), s.quotes) for s in top]),
        n_speakers=len(table.speakers),
        unnamed=_bars([(p, p, n) for p, n in phrases[:TOP_UNNAMED]]), n_unnamed_phrases=len(phrases),
        n_unnamed_quotes=sum(n for _, n in phrases), no_speaker=no_speaker,
        per_day=dict(per_day), undated=undated, without_article=without, bad_offsets=bad_offsets,
        unusable=grouped.unusable,
    )

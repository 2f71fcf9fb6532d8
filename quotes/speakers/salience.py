"""Salience: what a reader knows of each person named before a quote, for the speaker chooser.

A reader takes the person the passage is about: usually the one quoted last, unless somebody else
has since become the subject of the story ("Desi menilai, ... "...," katanya."), and never a place,
a date, an organisation, a document, or a person named only inside a prepositional phrase
("kepada Budi"). Here the people mentioned before a position are listed (speakers already
resolved, capitalised names as `names.persons` reads them), each described by the features
below; `chooser` weighs them with everything else it knows. One feature counts, over raw news,
how often a name's words fill the speaker's slot after a verb of saying (speaker_words.tsv):
people do, clubs, apps and agencies written as often do not.
Pure functions of the analysis, the position and the speakers resolved before it.
"""
from __future__ import annotations

import bisect
import math
import re
from typing import Callable, Optional, Sequence

import attrs

from ..names.persons import PersonMention
from ..names.who_speaks import can_speak, places, speaker_words
from ..nlp.analysis import Analysis

FEATURES = (
    "last_speaker",      # the person quoted last
    "speaker_recency",   # 1 / rank among the distinct speakers, most recent first (0: never quoted)
    "speaker_count",     # how many quotes they were given
    "char_distance",     # log distance from their last mention or quote to the position
    "sentence_distance",  # sentences between (capped at 10)
    "since_last_quote",  # named after the end of the last quote
    "new_subject",       # ... as the subject of a sentence or of a verb of saying
    "subject",           # their last mention opens its sentence and a lower-case verb follows
    "says",              # their last mention is followed (or preceded) by a verb of saying
    "titled",            # introduced with a title or job ("Kepala Dinas X Budi")
    "apposition",        # introduced with an apposition ("Budi, kuasa hukum Y, ...")
    "oblique",           # their last mention sits in a prepositional phrase ("kepada Budi")
    "mentions",          # how often the article named them so far
    "same_paragraph",    # their last mention is in the paragraph of the position
    "recent_rank",       # 1 / rank by the recency of the last mention among the candidates
    "latest_subject",    # the last person brought in as a subject or with a verb of saying
    "common_words",      # share of the name's words the article also writes in lower case
    "place_like",        # a word of the name is a place, or a mention follows "di" / "ke" / "dari"
    "first_person",      # the first person the article names
    "ner_person",        # the entity model tagged a mention as a person
    "ner_other",         # ... as an organisation or a place
    "speaker_words",     # how often raw news writes the name's words right after a verb of saying
)


@attrs.frozen(slots=True)
class Said:
    """A quote already attributed: who said it, where the quote is, where the speaker is named."""
    name: str
    type: Optional[str]
    start: int
    end: int
    kind: str = "direct"
    named_at: Optional[int] = None
    role: Optional[str] = None


@attrs.frozen(slots=True)
class Candidate:
    name: str
    type: str
    features: tuple[float, ...]
    start: int  # the last mention (or quote) of them before the position
    end: int


# ---------------------------------------------------------------- candidates and features
def _canonical(canonical: Callable[[str], str], text: str) -> str:
    full = canonical(text)
    # a "fullest form" of five words or more has swallowed a headline or an organisation
    return full if len(full.split()) <= 4 or len(text.split()) >= len(full.split()) else text


# How far back (characters) a pronoun's referent is looked for. A reader finds it in the passage
# before; reading every earlier mention and quote made an article cost its quotes times its
# mentions (a 2.7 MB article never finished). Three times the longest news article at hand, so an
# ordinary article is read whole.
WINDOW = 20_000


def _within(name: str, roles: str) -> bool:
    """"pihak X" after "Creative Director X Adelina": a name inside a person's title is their employer."""
    return name in roles and bool(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", roles))


class Memo:
    """What `candidates` reads once per article: the name of each mention text, the sentence of a
    position, a name's own features, a run of mentions' features. Kept by the caller for one
    article, its mentions and a `canonical` whose answers do not change meanwhile."""

    def __init__(self) -> None:
        self.names: dict[int, tuple[str, bool]] = {}  # a mention's number -> the name it reads as, can it speak
        self.sentences: dict[int, int] = {}  # a position -> its sentence
        self.named: dict[str, tuple] = {}  # a name -> (its words' share written in lower case, a place word)
        self.runs: dict[tuple, tuple] = {}  # (name, first and last mention's number) -> `_run_features`


def _run_features(ms: Sequence[PersonMention]) -> tuple:
    """What a name's mentions say, whatever the position: (titled, apposition, a person to the
    entity model, something else to it, after "di" / "ke" / "dari", the starts of those that are
    a subject or say, how often named)."""
    return (float(any(m.titled for m in ms)), float(any(m.apposition for m in ms)),
            float(any(m.ner == "PERSON" for m in ms)), float(any(m.ner not in (None, "PERSON") for m in ms)),
            any(m.locative for m in ms), [m.start for m in ms if m.subject or m.says],
            min(1.0, math.log1p(len(ms)) / math.log(20)))


def candidates(an: Analysis, pos: int, history: Sequence[Said], canonical: Callable[[str], str],
               mentions: Sequence[PersonMention], memo: Optional[Memo] = None) -> list[Candidate]:
    """The people a pronoun at `pos` may stand for, each with its feature vector (FEATURES order).
    `memo`: what the article's quotes read again and again (`Memo`), None: read here."""
    memo = Memo() if memo is None else memo
    names = memo.names

    def name_of(k: int) -> tuple[str, bool]:
        if k not in names:
            name = _canonical(canonical, mentions[k].text)
            names[k] = (name, can_speak(name, "person"))
        return names[k]

    groups: dict[str, list[int]] = {}  # a name -> the numbers of its mentions
    order: list[str] = []
    # only the passage before the position (both are in reading order): see WINDOW
    history = history[bisect.bisect_left(history, pos - WINDOW, key=lambda h: h.start):]
    lo = bisect.bisect_left(mentions, pos - WINDOW, key=lambda m: m.start)
    hi = bisect.bisect_right(mentions, pos, key=lambda m: m.end)
    near = [(k, mentions[k], *(names[k] if k in names else name_of(k))) for k in range(lo, hi)]
    # an "organisation" the article gives a job title is a person ("Creative Director X Adelina")
    orgs = {h.name for h in history if h.type == "organization"} - {h.name for h in history if h.role} - {
        name for _, m, name, _ in near if m.role}
    # (a role that lists people, "Raden Wirosono dan Angelina", is a misreading: left out)
    roles = " | ".join(r for r in [x[1].role for x in near] + [h.role for h in history]
                       if r and " dan " not in r)
    inside: dict[str, bool] = {}  # _within per name: a name recurs in many mentions and quotes

    def within(name: str) -> bool:
        if name not in inside:
            inside[name] = _within(name, roles)
        return inside[name]

    for k, m, name, speaks in near:
        if not speaks or name in orgs or within(name):
            continue
        order += [] if name in groups else [name]
        groups.setdefault(name, []).append(k)
    said = [h for h in history if h.start < pos and not within(h.name)
            and can_speak(h.name, "person" if h.type == "organization" and h.name not in orgs else h.type)]
    kinds: dict[str, str] = {}
    for h in said:
        kinds.setdefault(h.name, "unnamed" if h.type == "unnamed" else "person")
        order += [] if h.name in groups else [h.name]
        groups.setdefault(h.name, [])
    if not groups:
        return []
    speakers = list(dict.fromkeys(h.name for h in reversed(said)))
    speaker_rank = {n: k for k, n in enumerate(speakers)}  # (distinct: a name's place in the list)
    last_quote_end = max((h.end for h in history if h.start < pos), default=0)
    cur_sent = an.sentence_of(pos)
    first = order[0] if order and groups[order[0]] else None
    rows = []
    quoted: dict[str, list[Said]] = {}
    for h in said:
        quoted.setdefault(h.name, []).append(h)
    lower, text, sentences = an.lower, an.text, memo.sentences
    for name in groups:
        ks = groups[name]
        ms = [mentions[k] for k in ks]
        quotes = quoted.get(name, [])
        # the last mention or quote (the first of those ending last)
        start, end = None, None
        for m in ms:
            if end is None or m.end > end:
                start, end = m.start, m.end
        for h in quotes:
            if end is None or h.end > end:
                start, end = h.named_at if h.named_at is not None else h.start, h.end
        end = min(end, pos)
        last = ms[-1] if ms else None
        if name not in memo.named:
            words = name.split()
            memo.named[name] = (sum(w in lower or w.lower() in lower for w in words) / len(words),
                                any(w.lower() in places() for w in words))
        plain, place_word = memo.named[name]
        key = (name, ks[0], ks[-1]) if ks else None
        if key not in memo.runs:
            memo.runs[key] = _run_features(ms)
        titled, apposition, ner_person, ner_other, locative, cue_starts, n_mentions = memo.runs[key]
        cues = cue_starts + [h.named_at for h in quotes if h.named_at is not None]
        at = max(0, end - 1)
        if at not in sentences:
            sentences[at] = an.sentence_of(at)
        since = [m for m in ms if m.start >= last_quote_end]
        f = {
            "last_speaker": float(bool(speakers) and speakers[0] == name),
            "speaker_recency": 1.0 / (speaker_rank[name] + 1) if name in speaker_rank else 0.0,
            "speaker_count": min(1.0, math.log1p(len(quotes)) / math.log(10)),
            "char_distance": min(1.0, math.log1p(max(0, pos - end)) / math.log(5000)),
            "sentence_distance": min(10, max(0, cur_sent - sentences[at])) / 10,
            "since_last_quote": float(bool(since)),
            "new_subject": float(any(m.subject or m.says for m in since)),
            "subject": float(last is not None and last.subject),
            "says": float(last is not None and last.says),
            "titled": titled,
            "apposition": apposition,
            "oblique": float(last is not None and last.oblique),
            "mentions": n_mentions,
            "same_paragraph": float(text.find("\n", end, pos) < 0),
            "first_person": float(name == first),
            "ner_person": ner_person,
            "ner_other": ner_other,
            "common_words": plain,
            "place_like": float(place_word or locative),
            "speaker_words": speaker_words(name),
        }
        rows.append((name, kinds.get(name, "person"), f, start, end, max(cues, default=-1)))
    recency = {e: k for k, e in enumerate(sorted({r[4] for r in rows}, reverse=True))}  # end -> its rank
    latest = max(r[5] for r in rows)
    out = []
    for name, kind, f, start, end, cued in rows:
        f["recent_rank"] = 1.0 / (recency[end] + 1)
        f["latest_subject"] = float(cued >= 0 and cued == latest)
        out.append(Candidate(name, kind, tuple(map(f.__getitem__, FEATURES)), start, end))
    return out

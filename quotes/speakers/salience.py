"""Salience: the person "-nya", "ia", "dia" or a quote without a cue stands for.

A reader takes the person the passage is about: usually the one quoted last, unless somebody else
has since become the subject of the story ("Desi menilai, ... "...," katanya."), and never a place,
a date, an organisation, a document, or a person named only inside a prepositional phrase
("kepada Budi"). Here the people mentioned before a quote are listed (speakers already resolved,
capitalised names as `names.persons` reads them), each is described by a few
features, and a small linear model (conditional logistic regression) picks one. Its weights are
learned by scripts/train_salience.py from gold articles and from raw news where the name a writer
gave after the verb is hidden ("...," ujar Budi -> "...," ujarnya), and ship in
quotes/data/salience.json. One feature counts, over raw news, how often a name's words fill the
speaker's slot after a verb of saying (speaker_words.tsv): people do, clubs, apps and agencies
written as often do not.
Pure functions of the analysis, the position and the speakers resolved before it.
"""
from __future__ import annotations

import bisect
import functools
import json
import math
import re
from importlib import resources
from typing import Callable, Optional, Sequence

import attrs

from ..names.persons import PersonMention, person_mentions
from ..names.who_speaks import can_speak, places, speaker_words
from ..nlp.analysis import Analysis

FEATURES = (
    "rules_choice",      # the hand-written rules' pick (the model learns when to overrule them)
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
    "unnamed",           # a speaker the article never names ("seorang warga")
    "organisation",      # an organisation: only ever the rules' pick, which the model may overrule
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


@attrs.frozen(slots=True)
class Referent:
    name: str
    type: str
    probability: float
    start: int
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
    """"pihak X" after "Creative Director X Adelaide": a name inside a person's title is their employer."""
    return name in roles and bool(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", roles))


def candidates(an: Analysis, pos: int, history: Sequence[Said], canonical: Callable[[str], str],
               mentions: Sequence[PersonMention], prior: Optional[str] = None) -> list[Candidate]:
    """The people a pronoun at `pos` may stand for, each with its feature vector (FEATURES order).
    `prior` is the name the caller's rules chose, if any."""
    groups: dict[str, list[PersonMention]] = {}
    order: list[str] = []
    # only the passage before the position (both are in reading order): see WINDOW
    history = history[bisect.bisect_left(history, pos - WINDOW, key=lambda h: h.start):]
    mentions = mentions[bisect.bisect_left(mentions, pos - WINDOW, key=lambda m: m.start):
                        bisect.bisect_right(mentions, pos, key=lambda m: m.end)]
    # an "organisation" the article gives a job title is a person ("Creative Director X Adelaide")
    orgs = {h.name for h in history if h.type == "organization"} - {h.name for h in history if h.role} - {
        _canonical(canonical, m.text) for m in mentions if m.role}
    # (a role that lists people, "Raden Brotoseno dan Angelina", is a misreading: left out)
    roles = " | ".join(r for r in [m.role for m in mentions] + [h.role for h in history]
                       if r and " dan " not in r)
    inside: dict[str, bool] = {}  # _within per name: a name recurs in many mentions and quotes

    def within(name: str) -> bool:
        if name not in inside:
            inside[name] = _within(name, roles)
        return inside[name]

    for m in mentions:
        name = _canonical(canonical, m.text)
        if not can_speak(name, "person") or name in orgs or within(name):
            continue
        order += [] if name in groups else [name]
        groups.setdefault(name, []).append(m)
    said = [h for h in history if h.start < pos and not within(h.name)
            and can_speak(h.name, "person" if h.type == "organization" and h.name not in orgs else h.type)]
    kinds: dict[str, str] = {}
    if prior is not None and prior in orgs:  # an organisation only as the rules' pick
        kinds[prior] = "organization"
        said += [h for h in history if h.name == prior and h.start < pos]
    elif prior is not None and can_speak(prior, "person") and prior not in groups:
        # the rules' pick is a candidate too; a shorter form of it ("Nicholas Salim") is the same person
        short = [n for n in groups if set(n.split()) < set(prior.split())]
        merged = sorted((m for n in short for m in groups.pop(n)), key=lambda m: m.start)
        groups[prior] = merged
        order = [prior if n == short[0] else n for n in order if n not in short[1:]] if short else order + [prior]
    for h in said:
        kinds.setdefault(h.name, "unnamed" if h.type == "unnamed" else "person")
        order += [] if h.name in groups else [h.name]
        groups.setdefault(h.name, [])
    if not groups:
        return []
    speakers = list(dict.fromkeys(h.name for h in reversed(said)))
    last_quote_end = max((h.end for h in history if h.start < pos), default=0)
    cur_sent = an.sentence_of(pos)
    first = order[0] if order and groups[order[0]] else None
    rows = []
    quoted: dict[str, list[Said]] = {}
    for h in said:
        quoted.setdefault(h.name, []).append(h)
    for name in groups:
        ms = groups[name]
        quotes = quoted.get(name, [])
        spans = [(m.start, m.end) for m in ms] + [(h.named_at if h.named_at is not None else h.start, h.end)
                                                  for h in quotes]
        if not spans:  # the rules' pick, never written out as such before the position
            at = an.text.rfind(name.split()[-1], max(0, pos - WINDOW), pos)
            spans = [(at, at + len(name.split()[-1]))] if at >= 0 else [(0, 0)]
        start, end = max(spans, key=lambda s: s[1])
        end = min(end, pos)
        since = [m for m in ms if m.start >= last_quote_end]
        last = ms[-1] if ms else None
        words = name.split()
        cues = [m.start for m in ms if m.subject or m.says] + [h.named_at for h in quotes if h.named_at is not None]
        f = {
            "rules_choice": float(prior is not None and prior == name),
            "last_speaker": float(bool(speakers) and speakers[0] == name),
            "speaker_recency": 1.0 / (speakers.index(name) + 1) if name in speakers else 0.0,
            "speaker_count": min(1.0, math.log1p(len(quotes)) / math.log(10)),
            "char_distance": min(1.0, math.log1p(max(0, pos - end)) / math.log(5000)),
            "sentence_distance": min(10, max(0, cur_sent - an.sentence_of(max(0, end - 1)))) / 10,
            "since_last_quote": float(bool(since)),
            "new_subject": float(any(m.subject or m.says for m in since)),
            "subject": float(last is not None and last.subject),
            "says": float(last is not None and last.says),
            "titled": float(any(m.titled for m in ms)),
            "apposition": float(any(m.apposition for m in ms)),
            "oblique": float(last is not None and last.oblique),
            "mentions": min(1.0, math.log1p(len(ms)) / math.log(20)),
            "same_paragraph": float("\n" not in an.text[end:pos]),
            "first_person": float(name == first),
            "unnamed": float(kinds.get(name) == "unnamed"),
            "organisation": float(kinds.get(name) == "organization"),
            "ner_person": float(any(m.ner == "PERSON" for m in ms)),
            "ner_other": float(any(m.ner not in (None, "PERSON") for m in ms)),
            "common_words": sum(w in an.lower or w.lower() in an.lower for w in words) / len(words),
            "place_like": float(any(w.lower() in places() for w in words) or any(m.locative for m in ms)),
            "speaker_words": speaker_words(name),
        }
        rows.append((name, kinds.get(name, "person"), f, start, end, max(cues, default=-1)))
    recency = sorted({r[4] for r in rows}, reverse=True)
    latest = max(r[5] for r in rows)
    out = []
    for name, kind, f, start, end, cued in rows:
        f["recent_rank"] = 1.0 / (recency.index(end) + 1)
        f["latest_subject"] = float(cued >= 0 and cued == latest)
        out.append(Candidate(name, kind, tuple(f[k] for k in FEATURES), start, end))
    return out


# ---------------------------------------------------------------- the model
@functools.lru_cache(maxsize=None)
def load_weights(neural: bool = False) -> Optional[tuple[float, ...]]:
    """The shipped weights (FEATURES order), or None when the file is missing or for other features.
    Model analyses have weights of their own (salience-neural.json, learned from the candidates
    the entity model shapes), falling back to the rules' weights."""
    data: dict = {}
    for name in (["salience-neural.json"] if neural else []) + ["salience.json"]:
        path = resources.files("quotes").joinpath("data").joinpath(name)
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            break
    return tuple(float(data["weights"][k]) for k in FEATURES) if tuple(data.get("features", ())) == FEATURES else None


def scores(cands: Sequence[Candidate], weights: Sequence[float]) -> list[float]:
    """Softmax probabilities of the candidates under the linear model."""
    raw = [sum(w * x for w, x in zip(weights, c.features)) for c in cands]
    top = max(raw)
    exp = [math.exp(r - top) for r in raw]
    total = sum(exp)
    return [e / total for e in exp]


def choose_referent(an: Analysis, pos: int, history: Sequence[Said], canonical: Callable[[str], str],
                    mentions: Optional[Sequence[PersonMention]] = None, prior: Optional[str] = None,
                    weights: Optional[Sequence[float]] = None) -> Optional[Referent]:
    """The person a pronoun (or a quote without a cue) at character `pos` stands for, or None when
    there is nobody to choose from or no model (the caller then keeps its own rules). `history`:
    the quotes attributed so far; `canonical`: a name's fullest form in the article; `mentions`:
    person_mentions(an, direct quote spans), computed here if not given; `prior`: the speaker the
    caller's own rules picked, a feature the model weighs."""
    weights = weights if weights is not None else load_weights(an.neural)
    if weights is None:
        return None
    cands = candidates(an, pos, history, canonical, person_mentions(an) if mentions is None else mentions, prior)
    if not cands:
        return None
    probs = scores(cands, weights)
    best = max(range(len(cands)), key=lambda k: (probs[k], cands[k].end))
    return Referent(cands[best].name, cands[best].type, probs[best], cands[best].start, cands[best].end)

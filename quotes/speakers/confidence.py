"""How likely a record's speaker is right: a logistic model over what the reading of the quote
and its speaker shows, trained on the gold articles (`quotes train`) and calibrated on their
cross-validated predictions (quotes/data/weights.json). A record's `confidence` is this
probability. Pure functions of the resolved speaker and the article's inventory.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

from ..learn.logit import probability
from ..learn.weights import section
from ..names.inventory import Entry
from ..names.who_speaks import speaker_words
from .resolve import Resolved

PRONOUNS = frozenset("nya -nya ia dia beliau mereka".split())
# the grammar of the candidate, as its hand-set reading gave it (candidates.py): after the quote
# with a name, after with "-nya", before the quote, "menurut", a cue inside or after the clause,
# "X mengatakan" with or without "bahwa", a quote that stands alone
READINGS = (0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6)
FEATURES = (
    "bias",
    "direct", "mixed", "has_cue",
    *(f"reading_{r}" for r in READINGS),
    "no_speaker", "mention_none", "mention_pronoun", "mention_name", "mention_lower",
    "person", "organization", "unnamed",
    "expanded",        # the mention is a shorter form of the name ("Anas" -> "Abdullah Azwar Anas")
    "one_word_name", "long_name",
    "speaker_words",   # how much the name looks like somebody who speaks (raw news)
    "has_role",
    "log_forms",       # how often the article names the speaker
    "log_people",      # how many people the article names
    "log_words",       # the quote's length
    "log_distance",    # characters between the speaker's mention and the quote
    "ambiguous",       # another person of the article shares a word of the name
    "choice_p",        # the chooser's probability for the speaker it picked
    "choice_logit",    # ... as log-odds (capped): the model is sure of some picks, unsure of others
)


def features(r: Resolved, entry: Optional[Entry], people: Sequence[Entry], text: str) -> tuple[float, ...]:
    c, sp, m = r.candidate, r.speaker, r.mention
    written = (m.text if m else "").strip()
    low = written.lower()
    name = sp.name or ""
    words = name.split()
    gap = 0 if m is None else max(0, c.start - m.end, m.start - c.end)
    mine = {w.lower() for w in words}
    others = any(e.name != name and mine & {w.lower() for w in e.name.split()} for e in people)
    p = r.choice.probability if r.choice is not None else 1.0
    return (
        1.0,
        float(c.kind == "direct"), float(c.kind == "mixed"), float(c.cue is not None),
        *(float(abs(c.confidence - v) < 1e-6) for v in READINGS),
        float(not name), float(not written), float(low in PRONOUNS or low.endswith("nya")),
        float(written[:1].isupper()), float(bool(written) and written[:1].islower() and low not in PRONOUNS),
        float(sp.type == "person"), float(sp.type == "organization"), float(sp.type == "unnamed"),
        float(bool(written) and written[:1].isupper() and written != name and written in name),
        float(len(words) == 1), float(len(words) >= 4),
        speaker_words(name) if name else 0.0,
        float(bool(sp.role)),
        math.log1p(len(entry.forms)) if entry else 0.0,
        math.log1p(len(people)),
        math.log1p(len(text[c.start:c.end].split())),
        math.log1p(gap),
        float(others),
        p,
        max(-6.0, min(6.0, math.log(max(p, 1e-6) / max(1 - p, 1e-6)))),
    )


def load(path: Optional[str] = None, neural: bool = False) -> Optional[tuple[float, ...]]:
    """The weights of a `quotes train` file (`path`), else the shipped ones; None when the file
    holds none (then the hand-set readings stand)."""
    return section("confidence", FEATURES, path, neural)


def confidence(x: Sequence[float], weights: Optional[Sequence[float]], hand: float) -> float:
    return round(probability(x, weights), 3) if weights else hand

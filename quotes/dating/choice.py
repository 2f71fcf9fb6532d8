"""Which of a statement's date candidates is its date: its own dateline, its speaker's dated
statement, the day its paragraph opens with, the article's event day, the lead's day, the
dateline of the statement before, a day inside the speaker's own told words, the publication
day, or none. `statement.statement_dates` lists the candidates with what the rules
know of them; a conditional logit model trained on the gold (`quotes train`, weights in
quotes/data/weights.json) picks one. Without weights the rules' order picks (own, speaker,
passage, event, none).
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Optional, Sequence

import attrs

from ..learn.logit import softmax_pick
from ..learn.weights import section
from .dates import DateMention

KINDS = ("own", "speaker", "passage", "event", "lead", "previous", "content", "published", "none")
FEATURES = (
    *(f"is_{k}" for k in KINDS),
    "rules_choice",    # the option the rules' order picks
    "agree",           # how many other options give the same day
    "days_before",     # log days between the day and publication (0 without a publication day)
    "same_as_published",
    "earlier_words",   # "sebelumnya", "kala itu" around the statement (a told, earlier statement)
    "interview",       # the event day is one speaker's interview, not an event
    "torn",            # the speaker is dated on two days
    "several_days",    # the article dates its statements with more than one day
    "direct", "has_cue",
    "position",        # where the statement stands in the article (0 .. 1)
    "log_distance",    # characters between the statement and the date expression
    "today",           # "hari ini", "tadi pagi" around the statement, for the publication day
    "same_previous",   # the statement before with a dateline was the same speaker's
    "says",            # the day stands beside a verb of saying ("mengatakan, Senin (8/11)"), not an event's
)


@attrs.frozen(slots=True)
class Option:
    kind: str  # one of KINDS
    date: Optional[dt.date]
    mention: Optional[DateMention] = None  # the expression it was read from (None: published, none)
    basis: str = ""  # the date_basis a record gets when this option wins
    says: bool = False  # its expression stands beside a verb of saying (statement.says_beside)


@attrs.frozen(slots=True)
class Context:
    """What the rules know of one statement and its article."""

    published: Optional[dt.date]
    earlier: bool
    interview: bool
    torn: bool
    several_days: bool
    direct: bool
    has_cue: bool
    position: float
    start: int
    end: int
    today: bool = False
    same_previous: bool = False


def features(options: Sequence[Option], rules: int, ctx: Context) -> list[tuple[float, ...]]:
    rows = []
    for k, o in enumerate(options):
        agree = sum(1 for j, p in enumerate(options) if j != k and p.date is not None and p.date == o.date)
        days = (ctx.published - o.date).days if ctx.published and o.date else 0
        gap = 0
        if o.mention is not None:
            gap = max(0, ctx.start - o.mention.end, o.mention.start - ctx.end)
        rows.append((
            *(float(o.kind == kind) for kind in KINDS),
            float(k == rules), float(agree),
            math.copysign(math.log1p(abs(days)), days),
            float(ctx.published is not None and o.date == ctx.published),
            float(ctx.earlier and o.kind in ("event", "lead", "published")),
            float(ctx.interview and o.kind in ("event", "lead")),
            float(ctx.torn and o.kind == "speaker"),
            float(ctx.several_days and o.kind != "own"),
            float(ctx.direct), float(ctx.has_cue), ctx.position,
            math.log1p(gap) if o.mention is not None else 0.0,
            float(ctx.today and o.kind == "published"),
            float(ctx.same_previous and o.kind == "previous"),
            float(o.says),
        ))
    return rows


def choose(options: Sequence[Option], rules: int, ctx: Context, weights: Optional[Sequence[float]]) -> Option:
    if not weights:
        return options[rules]
    return options[softmax_pick(features(options, rules, ctx), weights)]


def load(path: Optional[str] = None, neural: bool = False) -> Optional[tuple[float, ...]]:
    """The date weights of a `quotes train` file (`path`), else the shipped ones; None when there
    are none or they did not beat the rules' order on held-out articles (the rules then pick)."""
    return section("dates", FEATURES, path, neural)

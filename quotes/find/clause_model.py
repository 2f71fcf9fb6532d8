"""Is the text after a verb of saying its reported clause or its object? The cue + clause pairs the
rules doubt ("Anas mengungkapkan kekecewaannya ...", "Budi menilai langkah itu ...": no comma, no
"bahwa", a weak verb or no predicate the rules can see) are decided by a logistic model learned
from the gold (`quotes train`, section "clauses" of the weights file); without weights, or where
the model did not beat the rules on held-out articles, the rules' answer (no quote) stands.

The row is read from the words alone (`row`), so the same features serve the rules and the model
analyses; a model analysis adds its part of speech of the clause's first word.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

from ..learn.logit import probability
from ..learn.weights import section
from ..lexicon.words import COMPLEMENTISERS, PRONOUNS, VERB_SHAPE, function_words
from ..nlp.analysis import Analysis

FEATURES = (
    "bias",
    "weak",            # the verb also takes plain objects ("mengungkapkan", "menyampaikan")
    "predicate",       # the rules see a verb or a predicate word in the clause
    "log_words",       # the clause's length
    "first_nya",       # the clause opens with a "-nya" word ("kekecewaannya"): an object
    "first_function",  # ... with a function word ("agar", "untuk", "akan")
    "first_capital",   # ... with a capitalised word (a name: "menilai Anas ...")
    "first_verb_shape",  # ... with a verb-shaped word ("menilai memang perlu ...")
    "first_noun",      # a model analysis tags the first word a noun
    "subject_pronoun",  # the speaker is "ia", "dia", "mereka"
    "subject_name",    # the speaker phrase is capitalised (a name or an organisation)
    "comma_later",     # a comma within the first five words (a clause with its own parts)
    "complementiser_later",  # "bahwa", "agar" further on
)

THRESHOLD = 0.5


def row(an: Analysis, first: int, start: int, end: int, weak: bool, predicate: bool,
        subject: Sequence[int]) -> tuple[float, ...]:
    """The features of the words `start`..`end` after a cue; `first`: their first token."""
    toks = an.tokens
    words = an.text[start:end].split()
    w0 = words[0] if words else ""
    low = w0.lower().strip(",.")
    upos = toks[first].upos if first < len(toks) else None
    sub = [toks[k].text for k in subject]
    head = [w.lower().strip(",.") for w in words[:5]]
    return (
        1.0,
        float(weak),
        float(predicate),
        math.log1p(len(words)),
        float(len(low) > 5 and low.endswith("nya")),
        float(low in function_words()),
        float(w0[:1].isupper()),
        float(bool(VERB_SHAPE.match(low)) and not low.endswith(("an", "nya"))),
        float(upos in ("NOUN", "PROPN")),
        float(len(sub) == 1 and sub[0].lower() in PRONOUNS),
        float(bool(sub) and sub[0][:1].isupper() and sub[0].lower() not in PRONOUNS),
        float(any("," in w for w in words[:5])),
        float(any(w in COMPLEMENTISERS for w in head[1:])),
    )


def load(path: Optional[str] = None, neural: bool = False) -> Optional[tuple[float, ...]]:
    """The clause weights of a `quotes train` file (None: the shipped one), or None."""
    return section("clauses", FEATURES, path, neural)


def says(x: Sequence[float], weights: Optional[Sequence[float]]) -> bool:
    """Does the model read the pair as a quote? Without weights: no (the rules' answer)."""
    return bool(weights) and probability(x, weights) >= THRESHOLD

"""Each candidate's speaker, in reading order.

In: the `find.Candidate`s, the article's `names.NameIndex` and inventory (`names.Entry`). Out:
`resolve.Resolved` per candidate (its `Speaker`: the fullest name, type and role, and where it is
named). The passage's grammar reads what the speaker could be (`resolve`, `passage`: the name a
mention reads as, the subject brought in, the person quoted last, ...), `salience` describes every
person named before the quote, and one trained model (`chooser`, a conditional logit) picks among
the article's people and "no named speaker". `pick` ties the pick to its inventory entry, and
`confidence` says how likely it is right. A new speaker feature goes into `chooser.BASE` (or
`salience.FEATURES`); `quotes train` learns its weight.
"""
from .chooser import FEATURES, Choice, Option, Proposals
from .resolve import (
           Backref,
           Resolved,
           Speaker,
           article_names,
           backrefs,
           speakers,
)

__all__ = ["Backref", "Resolved", "Speaker", "article_names", "backrefs", "speakers", "FEATURES",
           "Choice", "Option", "Proposals"]

"""Each candidate's speaker, in reading order.

In: the `find.Candidate`s, the article's `names.NameIndex`. Out: `resolve.Resolved` per
candidate (its `Speaker`: the fullest name, type and role, and where it is named). A named
mention resolves through the names; a pronoun or a quote without a cue goes first to what the
passage's grammar says (`passage`), then to the salience ranker (`salience.choose_referent`, a
learned linear model). A new speaker feature goes into `salience.FEATURES`.
scripts/train_salience.py trains the ranker through the `salience` module: `FEATURES`,
`candidates` (a position's candidates with their features), `scores`, `choose_referent`.
"""
from .resolve import (
           Backref,
           Chooser,
           Resolved,
           Speaker,
           article_names,
           backrefs,
           speakers,
)
from .salience import FEATURES, Referent, choose_referent

__all__ = ["Backref", "Chooser", "Resolved", "Speaker", "article_names", "backrefs", "speakers", "FEATURES",
           "Referent", "choose_referent"]

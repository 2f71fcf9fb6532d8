"""The learning the stages share: linear models fitted on the gold articles, the folds they are
judged on, and the scoring that runs at extraction time.

In: feature rows (tuples of floats) with their labels and the article (and outlet) each came from.
Out: weights (tuples of floats, shipped as JSON in quotes/data) and scores. `logit` fits logistic
and conditional logistic regression (Newton steps on a convex loss: deterministic, no seed);
`folds` deals whole articles into folds balanced by outlet, so that every estimate is made on
articles the weights never saw. Scoring is pure Python; fitting needs numpy (`quotes train`).
Imports nothing else of the package.
"""
from .folds import grouped_folds
from .logit import fit_binary, fit_conditional, probability, softmax_pick

__all__ = ["grouped_folds", "fit_binary", "fit_conditional", "probability", "softmax_pick"]

"""Folds of whole articles, balanced by outlet: every estimate is made on articles (and, as far as
the outlets allow, on writing) the weights were not fitted on."""
from __future__ import annotations

from typing import Iterable, Optional


def grouped_folds(articles: Iterable[tuple[str, Optional[str]]], k: int = 5) -> dict[str, int]:
    """doc_id -> fold (0..k-1). The articles of each outlet are dealt round the folds in turn,
    continuing where the previous outlet stopped, so each fold holds a share of every outlet and
    the folds differ in size by one at most. Deterministic: sorted by outlet, then doc_id."""
    fold_of: dict[str, int] = {}
    by_outlet: dict[str, list[str]] = {}
    for doc, outlet in articles:
        by_outlet.setdefault(outlet or "-", []).append(doc)
    n = 0
    for outlet in sorted(by_outlet):
        for doc in sorted(by_outlet[outlet]):
            fold_of[doc] = n % k
            n += 1
    return fold_of

"""The clause model's training (`find.clause_model`), for `quotes train`.

Each cue + clause pair the rules doubt (a candidate they leave unsaid, with its `clause_row`) is
one example: right when a reported quote of the gold covers it (overlap of at least half of the
two spans' union, as `matching` pairs quotes). Judged on held-out folds by what it would add to
the records: every pair it says that the gold holds is a quote found, every other one a false
quote; the model is used only if the first outnumber the second there.
"""
from __future__ import annotations

from typing import Sequence

from ..find.clause_model import FEATURES, THRESHOLD
from ..learn import fit_binary
from ..learn.logit import probability
from .matching import overlap

L2_GRID = (0.01, 0.1, 1.0)


def _covered(start: int, end: int, gold: Sequence[dict]) -> bool:
    return any(g.get("kind") != "direct" and g.get("start") is not None and overlap((start, end), (g["start"], g["end"]))
               for g in gold)


def clause_examples(docs: Sequence[dict]) -> list[dict]:
    """The doubted pairs of every gold article, with their rows and labels."""
    from ..find.candidates import candidates
    from ..find.marks import find_spans
    from ..text.paragraphs import paragraphs

    out = []
    for d in docs:
        an = d["an"]
        paras = paragraphs(an.text)
        for c in candidates(an, paras, find_spans(an.text, paras)):
            if not c.emit and c.clause_row:
                out.append({"doc": d["doc"], "x": c.clause_row, "y": _covered(c.start, c.end, d["gold"]["quotes"])})
    return out


def _gain(ex: Sequence[dict], said: Sequence[bool]) -> dict:
    right = sum(1 for e, s in zip(ex, said) if s and e["y"])
    wrong = sum(1 for e, s in zip(ex, said) if s and not e["y"])
    return {"said": right + wrong, "right": right, "wrong": wrong, "net": right - wrong}


def fold_weights(ex: Sequence[dict], fold_of: dict, l2: float, training_docs,
                 share: float = 1.0) -> dict[int, tuple[float, ...]]:
    """Weights per fold, fitted on the examples of the fold's training articles."""
    out = {}
    for f in sorted(set(fold_of.values())):
        keep = training_docs(f, share)
        train = [e for e in ex if e["doc"] in keep]
        if train and len({e["y"] for e in train}) == 2:
            out[f] = fit_binary([e["x"] for e in train], [e["y"] for e in train], l2=l2)
    return out


def _said(ex: Sequence[dict], fold_of: dict, weights: dict) -> list[bool]:
    """What each example's held-out weights say of it (no weights for its fold: unsaid)."""
    return [fold_of[e["doc"]] in weights and probability(e["x"], weights[fold_of[e["doc"]]]) >= THRESHOLD
            for e in ex]


def train_clauses(ex: Sequence[dict], fold_of: dict, training_docs) -> tuple[dict, dict]:
    """The clause model's section of the weights file, and its weights per fold (fitted on the
    other folds: what `quotes train` reads the later examples with); `training_docs(fold,
    share)`: a fold's training articles (the share of them for the learning curve)."""
    by_fold = {l2: fold_weights(ex, fold_of, l2, training_docs) for l2 in L2_GRID}
    by_l2 = {l2: _said(ex, fold_of, w) for l2, w in by_fold.items()}
    l2 = max(L2_GRID, key=lambda v: (_gain(ex, by_l2[v])["net"], v))
    cv = _gain(ex, by_l2[l2])
    curve = [{"share": s, **_gain(ex, _said(ex, fold_of, fold_weights(ex, fold_of, l2, training_docs, s)))}
             for s in (0.25, 0.5, 0.75)]
    curve.append({"share": 1.0, **cv})
    usable = len({e["y"] for e in ex}) == 2
    weights = fit_binary([e["x"] for e in ex], [e["y"] for e in ex], l2=l2) if usable else (0.0,) * len(FEATURES)
    use = usable and cv["net"] > 0
    return {"model": "logistic regression: is a doubted cue + clause pair a quote (quotes/find/clause_model.py)",
            "features": list(FEATURES), "weights": [round(w, 6) for w in weights], "l2": l2,
            "use": use, "examples": len(ex), "quotes_among_them": sum(e["y"] for e in ex),
            "cross_validated": cv, "learning_curve": curve}, (by_fold[l2] if use else {})

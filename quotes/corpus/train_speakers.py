"""The speaker chooser's training (`speakers.chooser`), for `quotes train`.

Each candidate quote that matches a gold quote is one decision: the feature rows of its options
(the article's people and "no named speaker", as the chooser saw them) and which options name the
gold speaker (GUIDELINES.md names; "no named speaker" for a null gold speaker). Decisions whose
gold speaker no option names (the inventory missed the name) are scored but not trained on.
Raw-news examples (`raw_examples`) join the training side of every fold with a smaller weight;
they are never scored. The penalty is chosen on the held-out folds; the learning curve refits on
25/50/75/100% of each fold's training articles.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..learn import fit_conditional, softmax_pick
from ..speakers.chooser import BASE, FEATURES, KINDS
from .matching import same_speaker

L2_GRID = (0.0003, 0.001, 0.003)
RAW_WEIGHT = 0.3  # one raw example against one gold decision: their labels are noisier


def decision(choice, gold_speaker: Optional[str]) -> dict:
    """One gold decision: its options' rows, the options naming the gold speaker, the one picked."""
    names = [o.entry.name if o.entry is not None else o.name for o in choice.options]
    right = {k for k, n in enumerate(names) if same_speaker(n, gold_speaker)}
    return {"rows": [o.row for o in choice.options], "right": right, "picked": choice.picked,
            "kind": choice.options[0].kind}


def _label(d: dict) -> int:
    # the option picked before training when it is right (one of several forms of the right name)
    return d["picked"] if d["picked"] in d["right"] else min(d["right"])


def _fit(decisions: Sequence[dict], raw: Sequence[dict], l2: float) -> tuple[float, ...]:
    data = [(d["rows"], _label(d), 1.0) for d in decisions if d["right"]]
    data += [(r["rows"], r["y"], RAW_WEIGHT) for r in raw]
    # A decision's rows are zero outside its kind's block (chooser.Option.row), so the loss splits
    # into one problem per kind: fitted apart, each Newton step costs a sixteenth of the whole
    # one's. The penalty is scaled so that each part has the whole problem's minimiser:
    # sum_b(loss_b) / N + l2/2 |w|^2 = sum_b (N_b / N) (loss_b / N_b + (l2 N / N_b)/2 |w_b|^2).
    width = len(BASE)
    total = sum(e[2] for e in data)
    weights = [0.0] * len(FEATURES)
    for k in range(len(KINDS)):
        lo, hi = k * width, (k + 1) * width
        part = [([row[lo:hi] for row in rows], y, wt) for rows, y, wt in data if _block(rows) == k]
        if part:
            share = sum(e[2] for e in part)
            weights[lo:hi] = fit_conditional(part, l2=l2 * total / share, steps=100)
    return tuple(weights)


def _block(rows: Sequence[Sequence[float]]) -> Optional[int]:
    """The kind block a decision's rows use (None when every value is zero: such a decision has the
    same loss whatever the weights, and counts only in the total)."""
    width = len(BASE)
    for row in rows:
        for j, v in enumerate(row):
            if v:
                return j // width
    return None


def fold_weights(dex: Sequence[dict], fold_of: dict, raw: Sequence[dict], l2: float,
                 train_docs) -> dict[int, tuple[float, ...]]:
    """Weights per fold, fitted on the training articles of the other folds (`train_docs(fold)`)."""
    out = {}
    for f in sorted(set(fold_of.values())):
        keep = train_docs(f)
        out[f] = _fit([d for d in dex if d["doc"] in keep], raw, l2)
    return out


def accuracy(dex: Sequence[dict], picks: Sequence[int]) -> dict:
    by: dict[str, list] = {}
    for d, p in zip(dex, picks):
        for key in ("all", d["kind"]):
            a = by.setdefault(key, [0, 0])
            a[0] += 1
            a[1] += p in d["right"]
    return {k: round(ok / n, 4) for k, (n, ok) in by.items()}


def cross_validated(dex: Sequence[dict], fold_of: dict, raw: Sequence[dict], l2: float, train_docs) -> list[int]:
    weights = fold_weights(dex, fold_of, raw, l2, train_docs)
    return [softmax_pick(d["rows"], weights[fold_of[d["doc"]]]) for d in dex]


def train_chooser(dex: Sequence[dict], fold_of: dict, raw: Sequence[dict], training_docs) -> dict:
    """The chooser's section of the weights file, with its cross-validated accuracy and learning
    curve; `training_docs(fold, share)`: a fold's training articles."""
    by_l2 = {l2: cross_validated(dex, fold_of, raw, l2, lambda f: training_docs(f, 1.0)) for l2 in L2_GRID}
    l2 = max(L2_GRID, key=lambda v: accuracy(dex, by_l2[v])["all"])
    curve = [{"share": s, **accuracy(dex, cross_validated(dex, fold_of, raw, l2, lambda f, s=s: training_docs(f, s)))}
             for s in (0.25, 0.5, 0.75)] + [{"share": 1.0, **accuracy(dex, by_l2[l2])}]
    weights = _fit(dex, raw, l2)
    return {"model": "conditional logit over a quote's speaker options (quotes/speakers/chooser.py)",
            "features": list(FEATURES), "weights": [round(w, 6) for w in weights], "l2": l2,
            "decisions": len(dex), "raw_examples": len(raw), "raw_weight": RAW_WEIGHT,
            "reachable": round(sum(bool(d["right"]) for d in dex) / max(1, len(dex)), 4),
            "cross_validated": accuracy(dex, by_l2[l2]),
            "untrained": accuracy(dex, [d["picked"] for d in dex]),
            "learning_curve": curve}

"""Learn the salience weights (quotes/data/salience.json) from gold articles.

For every quote whose gold speaker mention is a pronoun, "-nya" or missing, the rules analyzer is
run over the article, the candidates `quotes.salience` lists at that quote are labelled (the one
whose name is the gold speaker's), and a conditional logistic regression is fitted on them.

Training data: ../shared/corpus and the EVEN half of ../shared/corpus2 only. The odd half of
corpus2 is held out for judging, and PFSA-ID (CC BY-NC-SA, evaluation only) is never read here.

    python scripts/train_salience.py            # fit, cross-validate, write quotes/data/salience.json
    python scripts/train_salience.py --dry-run  # fit and report only
    python scripts/train_salience.py --analyzer hybrid   # the weights for model analyses
                                                         # (quotes/data/salience-neural.json)

The ranker reads the candidates an analysis gives: the entity model changes which mentions are
persons, so model analyses get weights of their own, learned from the same articles analysed by
the bundled models ($QUOTES_MODEL_DIR for others).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from quotes import salience
from quotes.attribution import extract_quotes
from quotes.engine import analyze, prepare
from quotes.evaluate import load_gold, match, norm_name, select

SHARED = Path(__file__).resolve().parents[2] / "shared"
SOURCES = ((SHARED / "corpus", None), (SHARED / "corpus2", "even"))
OUT = Path(__file__).resolve().parents[1] / "quotes" / "data" / "salience.json"
PRONOUNS = {"-nya", "nya", "ia", "dia", "beliau"}


def pronoun_like(mention) -> bool:
    """A gold or predicted speaker mention that does not name the speaker."""
    if mention is None:
        return True
    low = mention.lower()
    return low in PRONOUNS or low.endswith("nya")


def agrees(name: str, gold: str) -> int:
    """2: the same name; 1: one is a short form of the other ("Budi" / "Budi Santoso"); 0: not."""
    a, b = norm_name(name), norm_name(gold)
    if not a or not b:
        return 0
    if a == b:
        return 2
    wa, wb = set(a.split()), set(b.split())
    return 1 if wa <= wb or wb <= wa else 0


ANALYZER = "rules"


def examples_of(doc_id: str, text: str, gold: dict, choose=None) -> tuple[list, dict]:
    """Labelled candidate lists of one article, and counts of what could not be labelled."""
    an = analyze([prepare(text)], analyzer=ANALYZER)[0]
    calls = []

    def recorder(an_, pos, history, canonical, mentions, prior=None):
        cands = salience.candidates(an_, pos, history, canonical, mentions, prior)
        calls.append((pos, cands, prior))
        return choose(an_, pos, history, canonical, mentions, prior) if choose else None

    quotes = [q.to_dict() for q in extract_quotes(an, doc_id, gold.get("published"), choose=recorder)]
    golds = gold["quotes"]
    pairs = dict(match(quotes, golds))
    stats = {"calls": len(calls), "no_gold": 0, "not_pronoun": 0, "no_candidate": 0, "unreachable": 0}
    out = []
    for pos, cands, prior in calls:
        k = next((i for i, q in enumerate(quotes)
                  if pronoun_like(q.get("speaker_mention")) and pos in (q["start"], q["speaker_start"])), None)
        if k is None or k not in pairs:
            stats["no_gold"] += 1
            continue
        g = golds[pairs[k]]
        if not pronoun_like(g.get("speaker_mention")) or not g.get("speaker"):
            stats["not_pronoun"] += 1
            continue
        if not cands:
            stats["no_candidate"] += 1
            continue
        fits = [agrees(c.name, g["speaker"]) for c in cands]
        if max(fits) == 0:
            stats["unreachable"] += 1
            continue
        y = max(range(len(cands)), key=lambda i: (fits[i], cands[i].end))
        rules_ok = agrees(prior or "", g["speaker"]) > 0
        out.append({"doc": doc_id, "rows": [list(c.features) for c in cands], "y": y, "rules_ok": rules_ok,
                    "names": [c.name for c in cands], "gold": g["speaker"]})
    return out, stats


def collect(choose=None) -> tuple[list, dict]:
    examples, totals = [], {}
    for folder, split in SOURCES:
        assert "pfsa" not in str(folder).lower() and split != "odd", "held-out data must not be trained on"
        for doc_id, text, gold in select(list(load_gold(folder)), split):
            ex, stats = examples_of(doc_id, text, gold, choose)
            examples += ex
            for k, v in stats.items():
                totals[k] = totals.get(k, 0) + v
    return examples, totals


def fit(examples: Sequence[tuple[Sequence[Sequence[float]], int]], l2: float = 0.1, steps: int = 200
        ) -> tuple[float, ...]:
    """Conditional logistic regression: for each example (the feature rows of its candidates, the
    index of the right one), maximise the softmax probability of the right one, with an L2 penalty.
    Newton steps on a convex loss: deterministic, no seed needed."""
    import numpy as np

    d = len(examples[0][0][0])
    w = np.zeros(d)
    data = [(np.asarray(rows, dtype=float), y) for rows, y in examples]
    n = len(data)
    for _ in range(steps):
        grad = l2 * w
        hess = l2 * np.eye(d)
        for x, y in data:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean = p @ x
            grad = grad + (mean - x[y]) / n
            hess = hess + (x.T @ (p[:, None] * x) - np.outer(mean, mean)) / n
        step = np.linalg.solve(hess, grad)
        w = w - step
        if np.abs(step).max() < 1e-8:
            break
    return tuple(float(v) for v in w)


def accuracy(weights, examples) -> float:
    ok = 0
    for e in examples:
        cands = [salience.Candidate(n, "person", tuple(r), 0, 0) for n, r in zip(e["names"], e["rows"])]
        probs = salience.scores(cands, weights)
        ok += max(range(len(probs)), key=probs.__getitem__) == e["y"]
    return ok / len(examples) if examples else 0.0


def cross_validate(examples, l2: float, folds: int = 5) -> float:
    """Accuracy with whole articles held out (fold = article number mod `folds`)."""
    docs = sorted({e["doc"] for e in examples})
    fold_of = {d: n % folds for n, d in enumerate(docs)}
    ok = total = 0
    for f in range(folds):
        train = [e for e in examples if fold_of[e["doc"]] != f]
        test = [e for e in examples if fold_of[e["doc"]] == f]
        if not train or not test:
            continue
        w = fit([(e["rows"], e["y"]) for e in train], l2=l2)
        ok += accuracy(w, test) * len(test)
        total += len(test)
    return ok / total if total else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, default=0.05)
    ap.add_argument("--rounds", type=int, default=2,
                    help="round 2 records the candidates with round 1's model choosing, as it will at run time")
    ap.add_argument("--without", action="append", default=[], choices=salience.FEATURES,
                    help="leave a feature out (its weight stays 0), to measure what it brings")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--analyzer", default="rules", choices=("rules", "hybrid"),
                    help="the analysis the candidates come from (hybrid: the weights for model analyses)")
    args = ap.parse_args(argv)
    global ANALYZER
    ANALYZER = args.analyzer
    out = OUT if args.analyzer == "rules" else OUT.with_name("salience-neural.json")
    choose = None
    for r in range(args.rounds):
        examples, stats = collect(choose)
        drop = [salience.FEATURES.index(f) for f in args.without]
        for e in examples:
            e["rows"] = [[0.0 if n in drop else v for n, v in enumerate(r)] for r in e["rows"]]
        if not examples:
            print("no training examples", file=sys.stderr)
            return 1
        rules = sum(e["rules_ok"] for e in examples) / len(examples)
        weights = fit([(e["rows"], e["y"]) for e in examples], l2=args.l2)
        cv = cross_validate(examples, args.l2)
        print(f"round {r + 1}: {len(examples)} examples from {len({e['doc'] for e in examples})} articles; "
              f"skipped {stats}; rules choice {rules:.3f}, model train {accuracy(weights, examples):.3f}, "
              f"5-fold by article {cv:.3f}")

        def choose(an, pos, history, canonical, mentions, prior=None, _w=weights):
            return salience.choose_referent(an, pos, history, canonical, mentions, prior, weights=_w)
    for k, v in zip(salience.FEATURES, weights):
        print(f"  {k:18s} {v:+.3f}")
    if not args.dry_run:
        data = {
            "model": "conditional logistic regression over the candidates of one quote (quotes/salience.py)",
            "trained_on": f"../shared/corpus (all) + ../shared/corpus2 even half; {args.analyzer} analyzer",
            "examples": len(examples), "articles": len({e["doc"] for e in examples}), "l2": args.l2,
            "left_out": args.without,
            "features": list(salience.FEATURES),
            "weights": {k: round(v, 4) for k, v in zip(salience.FEATURES, weights)},
        }
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Learn the salience weights (quotes/data/salience.json) from gold articles.

For every quote whose gold speaker mention is a pronoun, "-nya" or missing, the rules analyzer is
run over the article, the candidates `quotes.speakers.salience` lists at that quote are labelled (the one
whose name is the gold speaker's), and a conditional logistic regression is fitted on them.

Training data: ../shared/corpus and the EVEN half of ../shared/corpus2 only. The odd half of
corpus2 is held out for judging, and PFSA-ID (CC BY-NC-SA, evaluation only) is never read here.
With --raw N, also N news articles of ../shared/data/raw (text for training weights, never
shipped): where the writer named the speaker after the verb ('"...," ujar Budi.'), the name is
hidden ('"...," ujarnya.') and the label is the person the name stands for. These examples are
harder than the gold ones (the writer needed the name) and far more numerous (~1,800 from 2,000
articles against ~180); weights learned from them alone score as well on the gold examples as
weights learned from the gold examples.

    python scripts/train_salience.py --raw 2000                     # quotes/data/salience.json
    python scripts/train_salience.py --raw 2000 --analyzer hybrid   # quotes/data/salience-neural.json

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
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Sequence

from quotes.attribution import extract_quotes
from quotes.corpus import load_gold, match, norm_name, select
from quotes.learn import fit_conditional
from quotes.names import can_speak
from quotes.run import analyze, prepare
from quotes.speakers import salience

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


def recording(calls: list, choose=None):
    """A chooser for extract_quotes that appends (position, candidates, the rules' pick) to `calls`
    and then lets `choose` decide (None: the rules)."""
    def recorder(an, pos, history, canonical, mentions, prior=None):
        calls.append((pos, salience.candidates(an, pos, history, canonical, mentions, prior), prior))
        return choose(an, pos, history, canonical, mentions, prior) if choose else None
    return recorder


def labelled(doc_id: str, cands, prior, speaker: str) -> dict | None:
    """One training example: the candidates' features and which of them is `speaker` (the latest
    of the best-agreeing names); None when no candidate is them."""
    fits = [agrees(c.name, speaker) for c in cands]
    if max(fits) == 0:
        return None
    y = max(range(len(cands)), key=lambda i: (fits[i], cands[i].end))
    return {"doc": doc_id, "rows": [list(c.features) for c in cands], "y": y,
            "rules_ok": agrees(prior or "", speaker) > 0, "names": [c.name for c in cands], "gold": speaker}


def _add(totals: dict, stats: dict) -> None:
    for k, v in stats.items():
        totals[k] = totals.get(k, 0) + v


def examples_of(doc_id: str, text: str, gold: dict, choose=None) -> tuple[list, dict]:
    """Labelled candidate lists of one article, and counts of what could not be labelled."""
    an = analyze([prepare(text)], analyzer=ANALYZER)[0]
    calls: list = []
    quotes = [q.to_dict() for q in extract_quotes(an, doc_id, gold.get("published"), choose=recording(calls, choose))]
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
        example = labelled(doc_id, cands, prior, g["speaker"])
        if example is None:
            stats["unreachable"] += 1
            continue
        out.append(example)
    return out, stats


def collect(choose=None) -> tuple[list, dict]:
    examples, totals = [], {}
    for folder, split in SOURCES:
        assert "pfsa" not in str(folder).lower() and split != "odd", "held-out data must not be trained on"
        for doc_id, text, gold in select(list(load_gold(folder)), split):
            ex, stats = examples_of(doc_id, text, gold, choose)
            examples += ex
            _add(totals, stats)
    return examples, totals


# ---------------------------------------------------------------- distant supervision from raw news
# The gold articles give ~180 pronoun examples. Raw news gives thousands more for free: where a
# writer named the speaker after the verb ("...," ujar Budi.), the name is replaced by "-nya"
# ("...," ujarnya.) and the ranker must find Budi among the candidates. The label comes from the
# name the writer gave, not from any gold file; the raw text trains these weights and never ships.
RAW = SHARED / "data" / "raw" / "id-raw.txt.gz"
# the verbs of saying that stand before a speaker's name ('"...," ujar Budi.')
_SAY = r"(?:kata|ujar|ungkap|jelas|tutur|tegas|imbuh|papar|terang|ucap|sebut|tambah|lanjut|pungkas)"
_VERB_BEFORE_NAME = re.compile(r"^[,.!?]?\s*[\"\u201d\u2019']?\s*,?\s*" + _SAY + r"\s+$")
_LOOKS_NEWS = re.compile(r"[\"\u201d]\s*,?\s*(?:ujar|kata|ungkap|jelas|tutur|tegas|imbuh)\s+[A-Z]")


_VERBS = _SAY + r"(?:nya)?"
# the raw text lost its paragraph breaks; online news gives each quotation a paragraph of its own
# and starts a new one after the sentence that attributes it: put the breaks back there, so that
# "same_paragraph" means in raw examples what it means in articles
_BEFORE_QUOTE = re.compile(r"(?<=[.!?\"\u201d])\s+(?=[\"\u201c][A-Z])")
_AFTER_CUE = re.compile(r"([\"\u201d]\s*,?\s*" + _VERBS + r"\b[^.!?\"\u201c\u201d]{0,80}[.!?])\s+(?=[A-Z\"\u201c])")


def paragraphs_back(text: str) -> str:
    """Paragraph breaks where online news puts them (before a quotation, after its attribution)."""
    return _BEFORE_QUOTE.sub("\n\n", _AFTER_CUE.sub("\\1\n\n", text))


def raw_news(n: int, every: int = 3) -> list[tuple[str, str]]:
    """`n` news articles from the raw text (every `every`-th line that looks like an article with a
    quote named after its verb), in file order: deterministic."""
    out: list[tuple[str, str]] = []
    seen = 0
    with gzip.open(RAW, "rt", encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if len(line) < 1500 or len(line) > 20000 or not _LOOKS_NEWS.search(line):
                continue
            seen += 1
            if seen % every == 0:
                out.append((f"raw:{line_no}", paragraphs_back(line.strip())))
                if len(out) >= n:
                    break
    return out


def masked_examples(doc_id: str, text: str, choose=None, per_doc: int = 3) -> tuple[list, dict]:
    """Pronoun examples made from one raw article by hiding names the writer gave after the verb."""
    text = prepare(text)
    an = analyze([text], analyzer=ANALYZER)[0]

    found = extract_quotes(an, doc_id, None, choose=choose)  # None: the rules alone
    eligible = []
    for q in found:
        if (q.kind != "direct" or not q.speaker or pronoun_like(q.speaker_mention) or q.speaker_start is None
                or q.speaker_start < q.end or q.speaker_type != "person"):
            continue
        if not _VERB_BEFORE_NAME.match(text[q.end:q.speaker_start]):
            continue
        # the writer may only say "-nya" of somebody the reader has met
        if not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text[:q.start])
                   for w in q.speaker.split() if len(w) > 2):
            continue
        # a label the reader can trust: a plain name ("YouTube Maia", "Auto Show" are misreadings)
        if not can_speak(q.speaker, "person") or not all(
                re.fullmatch(r"[A-Z][a-z'\-]+\.?|[A-Z]\.?", w) and w.lower() not in an.lower for w in q.speaker.split()):
            continue
        eligible.append(q)
    stats = {"raw_docs": 1, "eligible": len(eligible), "unreachable": 0, "lost": 0}
    out = []
    for n, q in enumerate(eligible[1:per_doc + 1] if len(eligible) > 1 else eligible):  # later ones: met before
        mark = next((ch for ch in text[q.end:q.speaker_start] if ch in "\"\u201d"), None)
        if n % 2 and mark and text[q.speaker_end:q.speaker_end + 1] == ".":
            # every other one loses its cue and name: '"...," ujar Budi.' -> '"...."', a quote
            # without a cue, which the ranker resolves too
            masked = text[:q.end].rstrip(",") + "." + mark + text[q.speaker_end + 1:]
        else:
            cut = len(text[:q.speaker_start].rstrip())
            masked = text[:cut] + "nya" + text[q.speaker_end:]
        an2 = analyze([masked], analyzer=ANALYZER)[0]
        calls: list = []
        again = extract_quotes(an2, doc_id, None, choose=recording(calls, choose))
        hit = next((r for r in again if r.start == q.start
                    and (r.speaker_start is None or pronoun_like(r.speaker_mention))), None)
        call = hit and next((c for c in calls if c[0] in (hit.start, hit.speaker_start)), None)
        if not call or not call[1]:
            stats["lost"] += 1
            continue
        pos, cands, prior = call
        example = labelled(doc_id, cands, prior, q.speaker)
        if example is None:
            stats["unreachable"] += 1
            continue
        out.append(example | {"raw": True})
    return out, stats


def collect_raw(n: int, choose=None) -> tuple[list, dict]:
    examples, totals = [], {}
    for doc_id, text in raw_news(n):
        try:
            ex, stats = masked_examples(doc_id, text, choose)
        except Exception:  # a raw line the analysis cannot take: skip it, count it
            ex, stats = [], {"failed": 1}
        examples += ex
        _add(totals, stats)
    return examples, totals


def fit(examples: Sequence[tuple], l2: float = 0.1, steps: int = 200) -> tuple[float, ...]:
    """Conditional logistic regression (quotes.learn.fit_conditional): for each example (the feature
    rows of its candidates, the index of the right one, optionally a weight), maximise the softmax
    probability of the right one, with an L2 penalty."""
    return fit_conditional(examples, l2=l2, steps=steps)


def accuracy(weights, examples) -> float:
    ok = 0
    for e in examples:
        cands = [salience.Candidate(n, "person", tuple(r), 0, 0) for n, r in zip(e["names"], e["rows"])]
        probs = salience.scores(cands, weights)
        ok += max(range(len(probs)), key=probs.__getitem__) == e["y"]
    return ok / len(examples) if examples else 0.0


def cross_validate(examples, l2: float, folds: int = 5, extra=(), extra_weight: float = 1.0) -> float:
    """Accuracy with whole articles held out (fold = article number mod `folds`); `extra` examples
    (from raw news) are always in training, never tested on."""
    docs = sorted({e["doc"] for e in examples})
    fold_of = {d: n % folds for n, d in enumerate(docs)}
    ok = total = 0
    for f in range(folds):
        train = [e for e in examples if fold_of[e["doc"]] != f]
        test = [e for e in examples if fold_of[e["doc"]] == f]
        if not train or not test:
            continue
        w = fit([(e["rows"], e["y"], 1.0) for e in train] + [(e["rows"], e["y"], extra_weight) for e in extra],
                l2=l2)
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
    ap.add_argument("--raw", type=int, default=0, metavar="N",
                    help="also learn from N raw news articles, names after the verb hidden as '-nya'")
    ap.add_argument("--raw-weight", type=float, default=0.1,
                    help="weight of one raw example against one gold example")
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
        raw, raw_stats = collect_raw(args.raw, choose) if args.raw else ([], {})
        for e in raw:
            e["rows"] = [[0.0 if n in drop else v for n, v in enumerate(r)] for r in e["rows"]]
        rules = sum(e["rules_ok"] for e in examples) / len(examples)
        # the penalty keeps its strength against the gold examples: raw news has no paragraphs,
        # so only gold articles teach "same_paragraph", and a penalty spread over ten times more
        # examples would wipe out what they teach
        l2 = args.l2 * len(examples) / (len(examples) + args.raw_weight * len(raw))
        weights = fit([(e["rows"], e["y"], 1.0) for e in examples]
                      + [(e["rows"], e["y"], args.raw_weight) for e in raw], l2=l2)
        cv = cross_validate(examples, l2, extra=raw, extra_weight=args.raw_weight)
        print(f"round {r + 1}: {len(examples)} examples from {len({e['doc'] for e in examples})} articles; "
              f"skipped {stats}; rules choice {rules:.3f}, model train {accuracy(weights, examples):.3f}, "
              f"5-fold by article {cv:.3f}")
        if raw:
            alone = fit([(e["rows"], e["y"]) for e in raw], l2=l2)
            print(f"  raw news: {len(raw)} examples from {len({e['doc'] for e in raw})} articles {raw_stats}; "
                  f"rules choice there {sum(e['rules_ok'] for e in raw) / len(raw):.3f}; weights from raw "
                  f"alone score {accuracy(alone, examples):.3f} on the gold examples")

        def choose(an, pos, history, canonical, mentions, prior=None, _w=weights):
            return salience.choose_referent(an, pos, history, canonical, mentions, prior, weights=_w)
    for k, v in zip(salience.FEATURES, weights):
        print(f"  {k:18s} {v:+.3f}")
    if not args.dry_run:
        data = {
            "model": "conditional logistic regression over the candidates of one quote (quotes/speakers/salience.py)",
            "trained_on": f"../shared/corpus (all) + ../shared/corpus2 even half; {args.analyzer} analyzer"
                          + (f"; {len(raw)} raw news examples (names hidden as -nya), weight {args.raw_weight}"
                             if raw else ""),
            "examples": len(examples), "articles": len({e["doc"] for e in examples}), "l2": round(l2, 5),
            "raw_examples": len(raw),
            "left_out": args.without,
            "features": list(salience.FEATURES),
            "weights": {k: round(v, 4) for k, v in zip(salience.FEATURES, weights)},
        }
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

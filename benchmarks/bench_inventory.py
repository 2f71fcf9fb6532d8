"""What the inventory of people adds to the rules path, per article and as a share of it.

    python benchmarks/bench_inventory.py                  # the articles of ../shared/corpus*
    python benchmarks/bench_inventory.py --repeat 5 --sizes 20000,80000

In CPU seconds of this process, the rules path (`quotes extract --analyzer rules`: prepare,
analysis, quotes) runs over the same articles twice: as shipped, and with the inventory left out
(attribution given no entries; the runs of capitalised words the inventory shares with the
salience ranker are then read by the ranker alone). The difference is what the inventory adds;
its target is at most 10% of the rules path. `--sizes` also times the inventory on long articles
made by repeating real ones (its cost must grow linearly with the length).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTES_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))

from quotes.find import candidates, find_spans  # noqa: E402
from quotes.names import inventory  # noqa: E402
from quotes.nlp import rule_based  # noqa: E402
from quotes.run import extract_batch, prepare  # noqa: E402
from quotes.speakers import article_names  # noqa: E402
from quotes.text import paragraphs  # noqa: E402


def articles() -> list[str]:
    out = []
    for d in ("corpus", "corpus2", "corpus3"):
        out += [p.read_text(encoding="utf-8") for p in sorted((SHARED / d).glob("*.txt"))]
    return out


def inventory_seconds(texts: list[str]) -> float:
    prepared = []
    for t in texts:
        an = rule_based(prepare(t, max_chars=10**8))
        paras = paragraphs(an.text)
        cands = candidates(an, paras, find_spans(an.text, paras))
        prepared.append((an, paras, cands))
    c0 = time.process_time()
    for an, paras, cands in prepared:
        # a fresh NameIndex each time: its caches fill while the inventory reads the names
        inventory(an, article_names(an, paras, cands), [c.mention for c in cands])
    return time.process_time() - c0


def rules_path_seconds(texts: list[str]) -> float:
    c0 = time.process_time()
    extract_batch([{"id": str(k), "text": t} for k, t in enumerate(texts)], analyzer="rules", timeout=None)
    return time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="", help="also time the inventory on articles of these lengths (characters)")
    args = ap.parse_args()
    texts = articles()
    if not texts:
        sys.exit(f"no articles under {SHARED}")
    import quotes.attribution as flow

    real = flow._inventory
    rules_path_seconds(texts[:20])  # warm up: word lists, gazetteers and caches load on first use
    with_inv, without = [], []
    for _ in range(args.repeat):
        with_inv.append(rules_path_seconds(texts))
        flow._inventory = lambda *a, **k: ()
        try:
            without.append(rules_path_seconds(texts))
        finally:
            flow._inventory = real
    w, wo = min(with_inv), min(without)
    print(f"{len(texts)} articles, best of {args.repeat}: rules path {w:.2f} CPU s ({1000 * w / len(texts):.1f} "
          f"ms/article), without the inventory {wo:.2f} CPU s: the inventory adds {w - wo:.2f} CPU s, "
          f"{100 * (w - wo) / wo:.1f}% of the rules path")
    if args.sizes:
        joined = "\n\n".join(texts)
        print(f"{'chars':>10} {'inventory cpu s':>16} {'chars/cpu-s':>12}")
        for n in (int(s) for s in args.sizes.split(",")):
            text = (joined * (n // len(joined) + 1))[:n]
            s = inventory_seconds([text])
            print(f"{n:>10,} {s:>16.2f} {n / s:>12,.0f}")


if __name__ == "__main__":
    main()

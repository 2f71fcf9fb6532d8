"""Fuzz run: mutated articles (from corpus/) through the extractor; counts crashes and bad records.

    python benchmarks/fuzz.py --n 10000                 # rule analyser (the extraction logic)
    python benchmarks/fuzz.py --n 300 --analyzer stanza # the full pipeline, slower

Mutations are those of tests/test_hostile.py: quotation marks, paragraph breaks and cue words
inserted or deleted, mojibake, HTML, control characters, very long tokens, other scripts.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_hostile import ARTICLES, mutate  # noqa: E402

from quotes.engine import extract_text  # noqa: E402
from quotes.schema import problems  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--analyzer", default="rules", choices=["rules", "stanza"])
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    crashes = bad = quotes = 0
    t = time.perf_counter()
    for k in range(a.n):
        text = mutate(ARTICLES[k % len(ARTICLES)], a.seed * 1_000_003 + k, 1 + k % 40)
        try:
            qs = extract_text(text, doc_id=f"fuzz-{k}", analyzer=a.analyzer)
        except Exception:  # noqa: BLE001 - counting them is the point
            crashes += 1
            if crashes <= 5:
                traceback.print_exc()
            continue
        for q in qs:
            quotes += 1
            if problems(q.to_dict()) or text[q.start:q.end] != q.text:
                bad += 1
    secs = time.perf_counter() - t
    print(f"fuzz: {a.n} mutated articles ({a.analyzer}), {quotes} quotes, crashes: {crashes}, "
          f"invalid records: {bad}, {secs:.1f} s")
    sys.exit(1 if crashes or bad else 0)


if __name__ == "__main__":
    main()

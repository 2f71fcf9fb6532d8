"""Fuzz run: mutated articles (from corpus/) through the extractor; counts crashes and bad records.

    python benchmarks/fuzz.py --n 10000                        # rule analyser (the extraction logic)
    python benchmarks/fuzz.py --n 300 --analyzer stanza        # the full pipeline, slower
    python benchmarks/fuzz.py --n 400 --long --analyzer hybrid # long and odd articles, default path

Mutations are those of tests/test_hostile.py: quotation marks, paragraph breaks and cue words
inserted or deleted, mojibake, HTML, control characters, very long tokens, other scripts.
`--long` uses `mutate_long` instead: each article repeated 2-20 times, then quotation marks removed
or repeated, mojibake, CRLF, zero-width characters, HTML tags and entities, 5,000-character runs
without a space. Articles go one at a time through `extract_batch` with its time limit (`--timeout`,
default 60 s, as `quotes extract`), models loaded once before the clock starts; an article that
raises or runs out of time is a failed article. The exit code is 0 only with no failed article and
every record valid, its offsets slicing the raw input.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_hostile import ARTICLES, mutate, mutate_long  # noqa: E402

from quotes.run import extract_batch  # noqa: E402
from quotes.schema import problems  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--analyzer", default="rules", choices=["rules", "stanza", "hybrid"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--long", action="store_true", help="long and odd articles (mutate_long)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per article, as quotes extract")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (as each worker of quotes extract)")
    a = ap.parse_args()
    pipeline = None
    if a.analyzer != "rules":
        import torch

        from quotes.nlp import get_pipeline, processors_for

        torch.set_num_threads(a.threads)
        pipeline = get_pipeline(None, processors_for(a.analyzer))
        extract_batch([{"id": "warm-up", "text": ARTICLES[0]}], pipeline, a.analyzer)
    crashes = bad = quotes = chars = 0
    slowest = (0.0, -1, 0)
    t = time.perf_counter()
    for k in range(a.n):
        seed = a.seed * 1_000_003 + k
        text = mutate_long(ARTICLES[k % len(ARTICLES)], seed) if a.long else \
            mutate(ARTICLES[k % len(ARTICLES)], seed, 1 + k % 40)
        chars += len(text)
        t0 = time.perf_counter()
        (qs,) = extract_batch([{"id": f"fuzz-{k}", "text": text}], pipeline, a.analyzer, timeout=a.timeout)
        slowest = max(slowest, (time.perf_counter() - t0, k, len(text)))
        if isinstance(qs, Exception):  # counting them is the point
            crashes += 1
            if crashes <= 5:
                print(f"article {k} ({len(text):,} characters) failed:", file=sys.stderr)
                traceback.print_exception(qs)
            continue
        for q in qs:
            quotes += 1
            if problems(q.to_dict()) or text[q.start:q.end] != q.text or (
                    q.cue_start is not None and text[q.cue_start:q.cue_end].lower() != q.cue) or (
                    q.speaker_start is not None and not 0 <= q.speaker_start <= q.speaker_end <= len(text)):
                bad += 1
    secs = time.perf_counter() - t
    print(f"fuzz: {a.n} {'long ' if a.long else ''}mutated articles ({a.analyzer}), {chars:,} characters, "
          f"{quotes} quotes, failed articles: {crashes}, invalid records: {bad}, {secs:.1f} s "
          f"({chars / secs:,.0f} characters/s); slowest: article {slowest[1]} ({slowest[2]:,} characters) "
          f"{slowest[0]:.1f} s")
    sys.exit(1 if crashes or bad else 0)


if __name__ == "__main__":
    main()

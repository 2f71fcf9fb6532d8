"""Very long articles end to end: is the article kept, and how long does it take?

    python benchmarks/bench_huge.py                          # 200,000 / 1,000,000 / 2,700,000 characters
    python benchmarks/bench_huge.py --sizes 2700000 --analyzer rules

One article per size, built from the sample articles in corpus/ (our own) repeated, goes through
the batch path exactly as `quotes extract --max-chars` runs it: the analysis with its time limit,
the fall-back to the rules analysis when the models run out of time, then the extraction with its
own time limit. Reported: wall and CPU seconds, whether the article was kept (and from which
analysis), its quotes, and characters per CPU second of the whole article. Target (issue 14): a
2.7-million-character article is kept, in time bounded by the limits (analysis + extraction).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.defaults import TIMEOUT  # noqa: E402
from quotes.run import extract_articles  # noqa: E402


def article(size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    one = "\n\n".join(texts) + "\n\n"
    return (one * (size // len(one) + 1))[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200000,1000000,2700000")
    ap.add_argument("--analyzer", default="hybrid")
    ap.add_argument("--timeout", type=float, default=TIMEOUT)
    args = ap.parse_args()
    pipeline = None
    if args.analyzer != "rules":
        from quotes.nlp import get, pipeline_for

        pipeline = pipeline_for(get(args.analyzer))
    print(f"analyzer {args.analyzer}, time limit {args.timeout:.0f} s for the analysis and for the extraction")
    print(f"{'chars':>10} {'wall s':>8} {'cpu s':>8}  {'kept':<12} {'quotes':>7} {'chars/cpu-s':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = article(size)
        w0, c0 = time.perf_counter(), time.process_time()
        (out,) = extract_articles([{"id": f"huge-{size}", "text": text}], pipeline=pipeline,
                                         analyzer=args.analyzer, max_chars=size + 1, timeout=args.timeout)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        if out.error is not None:
            kept = "LOST"
        elif out.quotes and out.quotes[0].fallback:
            kept = "yes (rules)"
        else:
            kept = "yes"
        print(f"{size:>10,} {wall:>8.1f} {cpu:>8.1f}  {kept:<12} {len(out.quotes):>7,} {size / cpu:>12,.0f}",
              flush=True)
        if out.error is not None:
            print(f"           {type(out.error).__name__}: {out.error}")


if __name__ == "__main__":
    main()

"""CPU time spent inside one stage of the rules path, as a share of the rest of that path.

    python benchmarks/bench_stage_share.py                      # the inventory and the date options
    python benchmarks/bench_stage_share.py --stage dates --repeat 5 --no-gc

The rules path (`quotes extract --analyzer rules`) runs over the articles of ../shared/corpus*
with the stage's function timed from the inside (`attribution._inventory`: the people inventory,
issue 19's target at most 10%; `attribution.date_options`: the statement-date options, issue 21's
target at most 5%). The share is the stage's CPU seconds over the path's other CPU seconds, best of
`--repeat` runs. Garbage collection lands in whichever function allocates when it runs, which
makes the share noisy; `--no-gc` switches it off for the measurement.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_inventory import articles, rules_path_seconds  # noqa: E402

import quotes.attribution as flow  # noqa: E402

STAGES = {"inventory": "_inventory", "dates": "date_options"}


def share(texts: list[str], attribute: str) -> tuple[float, float]:
    """(CPU seconds of the whole rules path, CPU seconds inside the stage) for one run."""
    real = getattr(flow, attribute)
    inside = [0.0]

    def timed(*args, **kwargs):
        c0 = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            inside[0] += time.process_time() - c0

    setattr(flow, attribute, timed)
    try:
        whole = rules_path_seconds(texts)
    finally:
        setattr(flow, attribute, real)
    return whole, inside[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stage", choices=sorted(STAGES), action="append")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-gc", action="store_true", help="switch garbage collection off while measuring")
    args = ap.parse_args()
    texts = articles()
    if not texts:
        sys.exit("no articles under ../shared/corpus*")
    rules_path_seconds(texts[:20])  # warm up: word lists, gazetteers and caches load on first use
    if args.no_gc:
        gc.disable()
    for stage in args.stage or sorted(STAGES):
        runs = [share(texts, STAGES[stage]) for _ in range(args.repeat)]
        whole, inside = min(runs, key=lambda r: r[1] / (r[0] - r[1]))
        print(f"{stage}: {len(texts)} articles, best of {args.repeat}: path {whole:.2f} CPU s, inside the stage "
              f"{inside:.2f} CPU s = {100 * inside / (whole - inside):.1f}% of the rest "
              f"(all runs: {', '.join(f'{100 * i / (w - i):.1f}%' for w, i in runs)})")


if __name__ == "__main__":
    main()

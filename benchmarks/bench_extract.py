"""Speed and memory of `quotes extract` on a corpus made by repeating ../shared/corpus articles.

    python benchmarks/bench_extract.py --articles 2000          # all modes
    python benchmarks/bench_extract.py --articles 200 --modes naive,workers1,workers2
    python benchmarks/bench_extract.py --articles 200 --modes rules1,hybrid1   # what the models cost

Modes:
  naive     every neural processor on every sentence, one article at a time (--full --batch-size 1)
  rules1    quotes extract --analyzer rules --workers 1 (no model at all)
  hybrid1   quotes extract --analyzer hybrid --workers 1 (Stanza's pos and ner only where they
            matter, batched: the cost the models add)
  workers1  quotes extract --workers 1 (the default analysis, rules)
  workers2  quotes extract --workers 2
  dask      quotes extract --dask local --workers 2
Each mode runs as its own process; peak memory is the largest resident set of any one process
of that run (the main process or one worker), read from getrusage(RUSAGE_CHILDREN) of a wrapper
around that run alone. `--accuracy` also prints the end-to-end F1 of the rules, the selective
model run (hybrid) and `--full` on the gold corpus (the accuracy each analysis gives).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTES_SHARED", ROOT.parent / "shared")) / "corpus"

MODES = {
    "naive": ["--full", "--batch-size", "1", "--workers", "1"],
    "rules1": ["--analyzer", "rules", "--workers", "1"],
    "hybrid1": ["--analyzer", "hybrid", "--workers", "1"],
    "workers1": ["--workers", "1"],
    "workers2": ["--workers", "2"],
    "dask": ["--dask", "local", "--workers", "2"],
}


def make_corpus(path: Path, n: int) -> int:
    docs = []
    for g in sorted(SHARED.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = g.with_name(g.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        docs.append((gold["doc_id"], text, gold.get("published")))
    # sharded, so that Dask has partitions to spread; local runs read the same folder in order
    words = 0
    path.mkdir(parents=True, exist_ok=True)
    shards = 8
    per = -(-n // shards)
    for s in range(shards):
        with open(path / f"shard-{s:02d}.jsonl", "w", encoding="utf-8") as fh:
            for k in range(s * per, min(n, (s + 1) * per)):
                doc_id, text, pub = docs[k % len(docs)]
                fh.write(json.dumps({"id": f"{doc_id}-{k}", "text": text, "published": pub}, ensure_ascii=False) + "\n")
                words += len(re.findall(r"\w+", text))
    return words


# runs a command and prints the largest resident set of it and its descendants (its own
# RUSAGE_CHILDREN), so that each mode's peak is measured apart from the others
# and its CPU seconds (user + system), which on a shared machine measure the work done rather
# than the neighbours' load
_PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
         "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
         "print(u.ru_maxrss, u.ru_utime + u.ru_stime); sys.exit(r.returncode)")


def run_mode(mode: str, src: Path, out: Path) -> dict:
    cmd = [sys.executable, "-c", _PEAK, sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out),
           "-q", *MODES[mode]]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"{mode} failed: {r.stderr[-2000:]}")
    peak, cpu = r.stdout.strip().splitlines()[-1].split()
    if out.is_dir():
        quotes = sum(sum(1 for _ in open(p, "rb")) for p in out.glob("*.jsonl"))
    else:
        quotes = sum(1 for _ in open(out, "rb"))
    return {"seconds": secs, "cpu": float(cpu), "quotes": quotes, "peak_mb": int(peak) / 1024}


def accuracy() -> None:
    """End-to-end F1 of each analysis on the gold corpus."""
    for name, extra in (("rules (default)", ["--analyzer", "rules"]), ("hybrid (selective models)", ["--analyzer", "hybrid"]),
                        ("--full", ["--full"])):
        r = subprocess.run([sys.executable, "-m", "quotes", "eval", str(SHARED), "--json", *extra],
                           capture_output=True, text=True, check=True)
        res = json.loads(r.stdout)
        print(f"{name}: direct e2e F1 {res['direct']['e2e_f1']}, all-kinds e2e F1 {res['all']['e2e_f1']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--modes", default="naive,workers1,workers2,dask")
    ap.add_argument("--accuracy", action="store_true", help="Also score the rules, hybrid and --full runs on the gold corpus.")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    try:
        src = tmp / "corpus"
        words = make_corpus(src, a.articles)
        print(f"corpus: {a.articles} articles, {words} words (repeats of {SHARED})")
        print("| mode | seconds | CPU seconds | articles/s | quotes/s | words/s | words/CPU-s | peak MB (one process) |")
        print("|---|---|---|---|---|---|---|---|")
        results = {}
        for mode in a.modes.split(","):
            out = tmp / (mode if mode == "dask" else f"{mode}.jsonl")
            r = run_mode(mode, src, out)
            results[mode] = r
            s = r["seconds"]
            print(f"| {mode} | {s:.1f} | {r['cpu']:.1f} | {a.articles / s:.2f} | {r['quotes'] / s:.1f} | {words / s:.0f} | "
                  f"{words / r['cpu']:.0f} | {r['peak_mb']:.0f} |", flush=True)
        if "hybrid1" in results and "rules1" in results:
            print(f"hybrid / rules CPU: {results['hybrid1']['cpu'] / results['rules1']['cpu']:.2f}x")
        if "workers1" in results and "naive" in results:
            print(f"workers1 / naive speed-up: {results['naive']['seconds'] / results['workers1']['seconds']:.2f}x")
        if "workers1" in results and "workers2" in results:
            print(f"workers2 / workers1 speed-up: {results['workers1']['seconds'] / results['workers2']['seconds']:.2f}x")
        outs = [tmp / f"{m}.jsonl" for m in ("workers1", "workers2") if m in results]
        if len(outs) == 2:
            print("workers1 and workers2 outputs identical:", outs[0].read_bytes() == outs[1].read_bytes())
        if "dask" in results and "workers1" in results:
            joined = b"".join(p.read_bytes() for p in sorted((tmp / "dask").glob("*.jsonl")))
            print("dask output identical to workers1:", joined == (tmp / "workers1.jsonl").read_bytes())
        if a.accuracy:
            accuracy()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

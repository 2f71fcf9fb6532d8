"""Time and memory of `quotes view` on a large corpus: the sample articles repeated N times.

    python benchmarks/bench_report.py --articles 10000

Records come from the rule analyser (no model needed): the report's cost does not depend on how
the records were made. Prints seconds, peak memory of the process, files written and their sizes.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.report import write_report  # noqa: E402
from quotes.run import extract_batch  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--page-size", type=int, default=500)
    a = p.parse_args()
    base = [{"id": f.stem, "text": f.read_text(encoding="utf-8")} for f in sorted((ROOT / "corpus").glob("*.txt"))]
    recs_of = {}
    for art, found in zip(base, extract_batch(base, analyzer="rules")):
        recs_of[art["id"]] = [q.to_dict() for q in found]

    def articles():
        for k in range(a.articles):
            art = base[k % len(base)]
            yield {"id": f"{art['id']}-{k:06d}", "text": art["text"]}

    def records():
        for k in range(a.articles):
            art = base[k % len(base)]
            for r in recs_of[art["id"]]:
                yield dict(r, doc_id=f"{art['id']}-{k:06d}")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        t = time.perf_counter()
        files = write_report(articles(), records(), out, page_size=a.page_size)
        secs = time.perf_counter() - t
        sizes = [f.stat().st_size for f in files]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_recs = a.articles // len(base) * sum(map(len, recs_of.values()))
    print(f"{a.articles} articles, ~{n_recs} quotes: {secs:.1f} s, peak {peak:.0f} MB, "
          f"{len(files)} files, index {sizes[0] / 1e6:.1f} MB, largest page {max(sizes[1:] or [0]) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

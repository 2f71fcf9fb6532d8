"""The records of every corpus at hand, for both analyzers, to check that a refactor changes none.

    python scripts/records_snapshot.py /tmp/before          # on the old commit
    python scripts/records_snapshot.py /tmp/after           # on the new one
    python scripts/records_snapshot.py --compare /tmp/before /tmp/after

Runs `quotes extract` (the command line, so the check does not depend on module paths) over
corpus/, ../shared/corpus, corpus2, corpus3 and the PFSA-ID dev split (with each gold file's
`published`), with `--analyzer hybrid` and `--analyzer rules`, and writes the records and the
errors file of each. `--compare` says, file by file, whether the two folders are byte-identical.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = {"sample": ROOT / "corpus", "corpus": SHARED / "corpus", "corpus2": SHARED / "corpus2",
           "corpus3": SHARED / "corpus3", "pfsa": SHARED / "data" / "pfsa-id" / "silver"}
ANALYZERS = ("hybrid", "rules")


def articles(folder: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        for p in sorted(folder.glob("*.txt")):
            gold = p.with_name(p.stem + ".gold.json")
            published = json.loads(gold.read_text(encoding="utf-8")).get("published") if gold.exists() else None
            art = {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            if published:
                art["published"] = published
            f.write(json.dumps(art, ensure_ascii=False) + "\n")


def snapshot(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, folder in FOLDERS.items():
        if not folder.is_dir():
            print(f"{name}: {folder} is missing, skipped", file=sys.stderr)
            continue
        inp = target / f"{name}.input.jsonl"
        articles(folder, inp)
        for a in ANALYZERS:
            subprocess.run([sys.executable, "-m", "quotes", "extract", str(inp), "-o", str(target / f"{name}-{a}.jsonl"),
                            "--errors", str(target / f"{name}-{a}.errors.jsonl"), "--analyzer", a, "--workers", "1",
                            "--quiet"], check=False, cwd=ROOT)
            print(f"{name} {a}: {sum(1 for _ in open(target / f'{name}-{a}.jsonl', encoding='utf-8'))} records")


def compare(a: Path, b: Path) -> int:
    names = sorted(p.name for p in a.glob("*.jsonl") if not p.name.endswith(".input.jsonl"))
    differ = [n for n in names if not (b / n).exists() or not filecmp.cmp(a / n, b / n, shallow=False)]
    for n in names:
        print(("DIFFERS " if n in differ else "same    ") + n)
    return 1 if differ or not names else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--compare", action="store_true", help="compare two snapshot folders")
    args = ap.parse_args()
    if args.compare:
        if len(args.folders) != 2:
            ap.error("--compare takes two folders")
        return compare(*args.folders)
    snapshot(args.folders[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())

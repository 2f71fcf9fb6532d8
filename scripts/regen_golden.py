"""Regenerate tests/golden/corpus.jsonl from the current extractor and bundled models.

Run on purpose only, after checking that the change in output is wanted:
    python scripts/regen_golden.py && git diff tests/golden
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_golden import GOLDEN, corpus_output  # noqa: E402

from quotes.pipeline import get_pipeline  # noqa: E402

lines = corpus_output(get_pipeline())
GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(lines)} records to {GOLDEN}")

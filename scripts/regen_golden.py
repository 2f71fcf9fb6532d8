"""Regenerate the golden files in tests/golden from the current extractor.

- corpus.jsonl: corpus/ through the model path (`--analyzer hybrid`, bundled models);
- rules-corpus.jsonl: corpus/ through the rules analyzer (no model);
- rules-shared-corpus.json: record count and digest of ../shared/corpus through the rules analyzer.

Run on purpose only, after checking that the change in output is wanted:
    python scripts/regen_golden.py && git diff tests/golden
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CORPUS, SHARED  # noqa: E402
from test_golden import GOLDEN, corpus_output  # noqa: E402
from test_golden_rules import RULES_SAMPLE, RULES_SHARED, digest, rules_output  # noqa: E402

from quotes.nlp import get_pipeline  # noqa: E402

lines = corpus_output(get_pipeline())
GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(lines)} records to {GOLDEN}")
lines = rules_output(CORPUS)
RULES_SAMPLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(lines)} records to {RULES_SAMPLE}")
d = digest(rules_output(SHARED / "corpus"))
RULES_SHARED.write_text(json.dumps(d, indent=1) + "\n", encoding="utf-8")
print(f"wrote {d} to {RULES_SHARED}")

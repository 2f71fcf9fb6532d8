"""Model-free golden output: the rules analyzer over corpus/ and over ../shared/corpus.

A refactor must change no record. These run in a second and need no model, so every change to the
flow is checked byte for byte. corpus/ is compared record by record (the file is ours); the shared
articles are not ours to copy, so their output is compared by digest and record count.

Regenerated on purpose only: python scripts/regen_golden.py && git diff tests/golden
"""
import hashlib
import json

import pytest

from conftest import CORPUS, ROOT, SHARED, corpus_lines

RULES_SAMPLE = ROOT / "tests" / "golden" / "rules-corpus.jsonl"
RULES_SHARED = ROOT / "tests" / "golden" / "rules-shared-corpus.json"


def rules_output(folder) -> list[str]:
    return corpus_lines(folder, analyzer="rules")


def digest(lines: list[str]) -> dict:
    blob = ("\n".join(lines) + "\n").encode("utf-8")
    return {"records": len(lines), "sha256": hashlib.sha256(blob).hexdigest()}


def test_sample_corpus_rules_output_is_unchanged():
    expected = RULES_SAMPLE.read_text(encoding="utf-8").splitlines()
    got = rules_output(CORPUS)
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g == e


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not beside the project")
def test_shared_corpus_rules_output_is_unchanged():
    expected = json.loads(RULES_SHARED.read_text(encoding="utf-8"))
    assert digest(rules_output(SHARED / "corpus")) == expected

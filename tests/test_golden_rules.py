"""Model-free golden output: the rules analyzer over corpus/ and over ../shared/corpus.

A refactor must change no record. These run in a second and need no model, so every change to the
flow is checked byte for byte. corpus/ is compared record by record (the file is ours); the shared
articles are not ours to copy, so their output is compared by digest and record count.

Regenerated on purpose only: python scripts/regen_golden.py && git diff tests/golden
"""
import hashlib
import json

import pytest

from conftest import CORPUS, ROOT, SHARED

RULES_SAMPLE = ROOT / "tests" / "golden" / "rules-corpus.jsonl"
RULES_SHARED = ROOT / "tests" / "golden" / "rules-shared-corpus.json"


def rules_output(folder) -> list[str]:
    from quotes.engine import extract_batch

    arts = []
    for p in sorted(folder.glob("*.txt")):
        gold_path = p.with_name(p.stem + ".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        arts.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": gold.get("published")})
    lines = []
    for res in extract_batch(arts, analyzer="rules"):
        assert not isinstance(res, Exception), res
        lines += [json.dumps(q.to_dict(), ensure_ascii=False, sort_keys=True) for q in res]
    return lines


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

"""Accuracy on the real articles in ../shared/corpus must not fall below the figures last reached.

Raise the numbers in tests/ratchet.json when the scores rise (never lower them to make a change pass).
"""
import json

import pytest

from conftest import ROOT, SHARED, needs_models

RATCHET = json.loads((ROOT / "tests" / "ratchet.json").read_text())


@pytest.fixture(scope="module")
def shared_result(pipeline):
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present")
    from quotes.corpus.evaluate import evaluate_dir

    return evaluate_dir(SHARED / "corpus")


@needs_models
@pytest.mark.parametrize("kinds,metric", [(k, m) for k in ("direct", "all") for m in RATCHET["shared"]["direct"]])
def test_shared_corpus_ratchet(shared_result, kinds, metric):
    floor = RATCHET["shared"][kinds][metric]
    assert shared_result[kinds][metric] >= floor, f"{kinds} {metric} fell below {floor}"

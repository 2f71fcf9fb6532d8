"""Accuracy on the real articles in ../shared/corpus must not fall below the figures last reached.

Raise the numbers in tests/ratchet.json when the scores rise (never lower them to make a change pass).
They were moved once, on purpose, when the learned speaker chooser and date model replaced the
hand-ordered rules (issues 20 and 21): ../shared/corpus, where those rules were written, became
training data like the other gold, and the chooser is judged on held-out folds instead (there it
gained 0.02 to 0.04 quote + speaker F1 on corpus2 and corpus3 and lost 0.02 to 0.03 on this
corpus, whose rules had been tuned on it). Date accuracy is measured, as the issue defines it,
over the quotes whose gold has a date (`date_acc_dated`).
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

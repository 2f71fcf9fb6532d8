"""Accuracy on the real articles in ../shared/corpus must not fall below the figures last reached.

Raise the numbers in tests/ratchet.json when the scores rise (never lower them to make a change pass).
They were moved once, on purpose, when the learned speaker chooser and date model replaced the
hand-ordered rules (issues 20 and 21): ../shared/corpus, where those rules were written, became
training data like the other gold, and the chooser is judged on held-out folds instead (there it
gained 0.02 to 0.04 quote + speaker F1 on corpus2 and corpus3 and lost 0.02 to 0.03 on this
corpus, whose rules had been tuned on it). Date accuracy is measured, as the issue defines it,
over the quotes whose gold has a date (`date_acc_dated`).

"shared" holds the model path (`--analyzer hybrid`), "shared_rules" the rules path. When the rules
became the default (the models scored no better on the batches not developed on), the model
path's floors stayed as they were and the rules path got floors of its own, at the figures it
reached then. The clause model then raised the rules path's all-kinds quote F1 and quote +
speaker F1 (0.940 -> 0.954, 0.891 -> 0.904: floors raised) and moved its date floor from 0.96 to
0.95 on purpose: the 13 more quotes it finds are dated less often right, while the quotes found
before are dated as before (0.961 with the clause model off).
"""
import json

import pytest

from conftest import ROOT, SHARED, needs_models

RATCHET = json.loads((ROOT / "tests" / "ratchet.json").read_text())


def _evaluate(analyzer: str) -> dict:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present")
    from quotes.corpus.evaluate import evaluate_dir

    return evaluate_dir(SHARED / "corpus", analyzer=analyzer)


@pytest.fixture(scope="module")
def shared_result(pipeline):
    return _evaluate("hybrid")


@pytest.fixture(scope="module")
def shared_rules_result():
    return _evaluate("rules")


@needs_models
@pytest.mark.parametrize("kinds,metric", [(k, m) for k in ("direct", "all") for m in RATCHET["shared"]["direct"]])
def test_shared_corpus_ratchet(shared_result, kinds, metric):
    floor = RATCHET["shared"][kinds][metric]
    assert shared_result[kinds][metric] >= floor, f"{kinds} {metric} fell below {floor}"


@pytest.mark.parametrize("kinds,metric",
                         [(k, m) for k in ("direct", "all") for m in RATCHET["shared_rules"]["direct"]])
def test_shared_corpus_ratchet_rules_path(shared_rules_result, kinds, metric):
    floor = RATCHET["shared_rules"][kinds][metric]
    assert shared_rules_result[kinds][metric] >= floor, f"rules path: {kinds} {metric} fell below {floor}"

"""The date of a statement is chosen among its options: by the rules' order without weights, by a
trained model with them (only where it beat the rules on held-out articles)."""
import datetime as dt
import json

from quotes.dating.choice import FEATURES, KINDS, Context, Option, choose, features, load
from quotes.dating.dates import DateMention

PUB = dt.date(2025, 3, 4)
OWN = DateMention(10, 20, "Senin (3/3)", dt.date(2025, 3, 3), "dateline")
OPTIONS = [Option("own", OWN.date, OWN, "dateline"), Option("published", PUB, None, "published"), Option("none", None)]
CTX = Context(PUB, False, False, False, False, True, True, 0.5, 30, 80)


def test_without_weights_the_rules_pick_stands():
    assert choose(OPTIONS, 0, CTX, None) is OPTIONS[0]
    assert choose(OPTIONS, 2, CTX, None) is OPTIONS[2]


def test_weights_pick_the_option_they_score_highest():
    favour_published = [0.0] * len(FEATURES)
    favour_published[KINDS.index("published")] = 5.0
    assert choose(OPTIONS, 0, CTX, favour_published).kind == "published"
    rows = features(OPTIONS, 0, CTX)
    assert len(rows) == 3 and all(len(r) == len(FEATURES) for r in rows)
    assert rows[0][FEATURES.index("rules_choice")] == 1.0 and rows[1][FEATURES.index("same_as_published")] == 1.0
    assert rows[0][FEATURES.index("days_before")] > 0  # a day before publication


def test_a_date_model_that_did_not_beat_the_rules_is_not_used(tmp_path):
    # (weights are read once per file and process: each case has a file of its own)
    w = tmp_path / "unused.json"
    w.write_text(json.dumps({"dates": {"features": list(FEATURES), "weights": [0.0] * len(FEATURES), "use": False}}))
    assert load(str(w)) is None
    w = tmp_path / "used.json"
    w.write_text(json.dumps({"dates": {"features": list(FEATURES), "weights": [0.5] * len(FEATURES), "use": True}}))
    assert load(str(w)) == tuple([0.5] * len(FEATURES))
    w = tmp_path / "old.json"
    w.write_text(json.dumps({"dates": {"features": ["old"], "weights": [1.0], "use": True}}))
    try:
        load(str(w))
    except ValueError as e:
        assert "retrain" in str(e)
    else:
        raise AssertionError("weights for other features must be refused")

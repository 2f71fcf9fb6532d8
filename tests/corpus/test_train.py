"""`quotes train` and `--weights`, through the library and the command line, on the sample corpus
(articles and gold written by the project)."""
import json

from click.testing import CliRunner

from conftest import CORPUS
from quotes.cli import main
from quotes.speakers.confidence import FEATURES


def test_train_writes_weights_with_cross_validated_scores_and_extract_uses_them(tmp_path):
    import quotes

    out = tmp_path / "w.json"
    r = CliRunner().invoke(main, ["train", str(CORPUS), "-o", str(out), "--folds", "3"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "cross-validated (3 folds by article)" in r.output and "learning curve 25%" in r.output
    clauses = json.loads(out.read_text())["clauses"]
    assert clauses["features"] and len(clauses["weights"]) == len(clauses["features"])
    assert {"said", "right", "wrong", "net"} <= set(clauses["cross_validated"]) and "quotes: clauses:" in r.output
    assert clauses["use"] == (clauses["cross_validated"]["net"] > 0 and 0 < clauses["quotes_among_them"] < clauses["examples"])
    model = json.loads(out.read_text())["confidence"]
    assert model["features"] == list(FEATURES) and len(model["weights"]) == len(FEATURES)
    assert model["articles"] == len(list(CORPUS.glob("*.gold.json"))) and model["examples"] > 20
    assert 0.0 <= model["cross_validated"]["ece"] <= 1.0 and [p["share"] for p in model["learning_curve"]] == [0.25, 0.5, 0.75, 1.0]
    dates = json.loads(out.read_text())["dates"]
    assert dates["use"] == (dates["cross_validated"]["accuracy"] > dates["cross_validated"]["rules_accuracy"])
    assert "dates: cross-validated accuracy" in r.output
    # the library gives the same weights (deterministic), and extraction reads them
    assert quotes.train(CORPUS, folds=3)["confidence"]["weights"] == model["weights"]
    text = (CORPUS / "bps-inflasi.txt").read_text(encoding="utf-8")
    mine = quotes.extract(text, analyzer="rules", weights=out)
    shipped = quotes.extract(text, analyzer="rules")
    assert [q.text for q in mine] == [q.text for q in shipped]
    assert all(0.0 <= q.confidence <= 1.0 for q in mine)
    assert [q.confidence for q in mine] != [q.confidence for q in shipped]
    q = tmp_path / "q.jsonl"
    r = CliRunner().invoke(main, ["extract", str(CORPUS / "bps-inflasi.txt"), "-o", str(q), "--analyzer", "rules",
                                  "--weights", str(out)], catch_exceptions=False)
    assert r.exit_code == 0 and [json.loads(l)["confidence"] for l in q.read_text().splitlines()] == [
        x.confidence for x in mine]


def test_weights_for_other_features_are_a_usage_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"confidence": {"features": ["bias"], "weights": [0.0]}}))
    r = CliRunner().invoke(main, ["extract", str(CORPUS / "bps-inflasi.txt"), "--analyzer", "rules", "--weights", str(bad)])
    assert r.exit_code == 2 and "retrain them with `quotes train`" in r.output


def test_a_folder_without_gold_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(main, ["train", str(tmp_path), "-o", str(tmp_path / "w.json")])
    assert r.exit_code == 2 and "no gold files" in r.output


def test_the_chooser_fit_per_kind_of_mention_is_the_whole_fit():
    # the chooser's rows are zero outside their kind's block, so fitting each kind apart with the
    # penalty scaled must give the whole problem's weights (train_speakers._fit)
    import random

    from quotes.corpus.train_speakers import _fit
    from quotes.learn import fit_conditional
    from quotes.speakers.chooser import BASE, FEATURES, KINDS

    rng = random.Random(1)
    width, decisions = len(BASE), []
    for i in range(240):
        k = rng.randrange(len(KINDS))
        rows = []
        for _ in range(rng.randint(2, 5)):
            base = [rng.random() if rng.random() < 0.3 else 0.0 for _ in range(width)]
            rows.append(tuple([0.0] * (k * width) + base + [0.0] * ((len(KINDS) - k - 1) * width)))
        decisions.append({"rows": rows, "right": {0}, "picked": 0, "kind": KINDS[k], "doc": i})
    apart = _fit(decisions, [], 0.01)
    whole = fit_conditional([(d["rows"], 0, 1.0) for d in decisions], l2=0.01, steps=100)
    assert len(apart) == len(FEATURES)
    assert max(abs(a - b) for a, b in zip(apart, whole)) < 1e-9

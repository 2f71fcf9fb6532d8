"""End to end with the bundled models: corpus/ against the golden output and its gold files.

The golden file is regenerated on purpose only: python scripts/regen_golden.py
"""
import json

from conftest import CORPUS, ROOT, needs_models

GOLDEN = ROOT / "tests" / "golden" / "corpus.jsonl"


def corpus_output(pipeline) -> list[str]:
    from quotes.engine import extract_batch

    arts = []
    for p in sorted(CORPUS.glob("*.txt")):
        gold_path = p.with_name(p.stem + ".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        arts.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": gold.get("published")})
    lines = []
    for a, res in zip(arts, extract_batch(arts, pipeline=pipeline)):
        assert not isinstance(res, Exception), res
        lines += [json.dumps(q.to_dict(), ensure_ascii=False, sort_keys=True) for q in res]
    return lines


@needs_models
def test_corpus_matches_golden_file(pipeline):
    assert GOLDEN.exists(), "run python scripts/regen_golden.py"
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    assert corpus_output(pipeline) == expected


@needs_models
def test_corpus_scores_against_its_gold(pipeline):
    from quotes.evaluate import evaluate_dir

    r = evaluate_dir(CORPUS)
    assert r["direct"]["f1"] >= 0.95
    assert r["all"]["f1"] >= 0.85
    assert r["all"]["e2e_f1"] >= 0.75

"""End to end with the bundled models: corpus/ against the golden output and its gold files.

The golden file is regenerated on purpose only: python scripts/regen_golden.py
"""

from conftest import CORPUS, ROOT, corpus_lines, needs_models

GOLDEN = ROOT / "tests" / "golden" / "corpus.jsonl"


def corpus_output(pipeline) -> list[str]:
    return corpus_lines(CORPUS, pipeline=pipeline)


@needs_models
def test_corpus_matches_golden_file(pipeline):
    assert GOLDEN.exists(), "run python scripts/regen_golden.py"
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    assert corpus_output(pipeline) == expected


@needs_models
def test_corpus_scores_against_its_gold(pipeline):
    from quotes.corpus.evaluate import evaluate_dir

    r = evaluate_dir(CORPUS)
    assert r["direct"]["f1"] >= 0.95
    assert r["all"]["f1"] >= 0.85
    assert r["all"]["e2e_f1"] >= 0.75

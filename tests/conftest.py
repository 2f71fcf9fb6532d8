import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = Path(os.environ.get("QUOTES_SHARED", ROOT.parent / "shared"))


def bundled_models_present() -> bool:
    d = ROOT / "quotes" / "nlp" / "models" / "id"
    return all((d / f"{p}.pt").exists() for p in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner"))


needs_models = pytest.mark.skipif(not bundled_models_present(), reason="bundled Stanza models are not built")


@pytest.fixture(scope="session")
def pipeline():
    if not bundled_models_present():
        pytest.skip("bundled Stanza models are not built")
    from quotes.nlp.loading import get_pipeline

    return get_pipeline()


def rules(text, published=None):
    """Quotes of a text through the rule analyser (no model)."""
    from quotes.nlp.analysis import rule_based
    from quotes.attribution import extract_quotes

    return extract_quotes(rule_based(text), doc_id="t", published=published)


def phrase_words(an, idx) -> str:
    """The tokens at `idx` of an analysis, as one string (what a speaker phrase reads)."""
    return " ".join(an.tokens[k].text for k in idx)


def random_texts(pieces, seed: int, n: int, most: int = 14, least: int = 0, sep: str = "") -> list[str]:
    """`n` texts of `least` to `most` pieces drawn from `pieces` (seeded): the inputs of the tests
    that check a faster search against the pattern it replaced."""
    import random

    rng = random.Random(seed)
    return [sep.join(rng.choice(pieces) for _ in range(rng.randint(least, most))) for _ in range(n)]


def token_at(an, word: str) -> int:
    """The first token of an analysis that is `word`."""
    return next(k for k, t in enumerate(an.tokens) if t.text == word)


def corpus_lines(folder, pipeline=None, analyzer="hybrid") -> list[str]:
    """The records of every article in `folder` (with the gold file's `published`), one sorted JSON
    line each: what the golden files hold."""
    import json

    from quotes.run.engine import extract_batch

    arts = []
    for p in sorted(folder.glob("*.txt")):
        gold_path = p.with_name(p.stem + ".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        arts.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": gold.get("published")})
    lines = []
    for res in extract_batch(arts, pipeline=pipeline, analyzer=analyzer):
        assert not isinstance(res, Exception), res
        lines += [json.dumps(q.to_dict(), ensure_ascii=False, sort_keys=True) for q in res]
    return lines

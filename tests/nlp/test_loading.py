"""The bundled Stanza models: offline loading, lazy import, clear errors."""
import socket
import subprocess
import sys

import pytest

from conftest import needs_models
from quotes.nlp.loading import ModelError, build_pipeline, resolve_models


def test_importing_quotes_does_not_import_torch_or_stanza():
    code = "import quotes, sys; assert 'torch' not in sys.modules and 'stanza' not in sys.modules, sorted(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


@needs_models
def test_bundled_pipeline_loads_and_annotates_with_the_network_blocked(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    nlp = build_pipeline()
    doc = nlp("Menteri Abdullah Azwar Anas mengatakan bahwa pelayanan publik harus membaik.")
    words = [w for s in doc.sentences for w in s.words]
    assert [w.text for w in words][:3] == ["Menteri", "Abdullah", "Azwar"]
    assert {w.upos for w in words} >= {"NOUN", "VERB"}
    assert next(w for w in words if w.text == "mengatakan").lemma == "kata"
    assert all(w.deprel for w in words)
    assert any(t.ner != "O" for s in doc.sentences for t in s.tokens)


@needs_models
def test_corrupt_model_is_one_clear_error(tmp_path):
    (tmp_path / "tokenize.pt").write_bytes(b"not a model")
    with pytest.raises(ModelError) as e:
        build_pipeline(str(tmp_path))
    assert "corrupt" in str(e.value) and "train_models.py" in str(e.value)


def test_missing_model_dir_is_an_error(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        resolve_models(str(tmp_path / "nowhere"))


def test_missing_bundled_model_says_what_to_run(monkeypatch, tmp_path):
    monkeypatch.setattr("quotes.nlp.loading.bundled_dir", lambda: tmp_path)
    monkeypatch.delenv("QUOTES_MODEL_DIR", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    with pytest.raises(ModelError, match="quotes models download"):
        resolve_models()


def test_the_default_pipeline_loads_only_what_the_default_path_reads():
    from quotes.nlp.analyzers import processors_for
    from quotes.nlp.loading import HYBRID, get_pipeline

    assert processors_for("hybrid") == HYBRID and processors_for("rules") == ()
    assert "depparse" in processors_for("hybrid", full=True)
    nlp = get_pipeline(None, HYBRID)
    assert set(nlp.processors) == {"tokenize", "pos", "ner"}
    assert nlp.processors["tokenize"].trainer is None  # sentences come split: no tokenizer model


def test_one_table_of_analyzers_and_one_pipeline_factory():
    from quotes.nlp.analyzers import ANALYZERS, get
    from quotes.nlp.analyzers import pipeline_for
    from quotes.nlp.loading import HYBRID, PROCESSORS

    assert set(ANALYZERS) == {"hybrid", "stanza", "full", "rules"}
    assert get("hybrid").processors == HYBRID and get("full").processors == PROCESSORS
    assert get("hybrid", full=True).name == "full" and get("rules", full=True).name == "full"  # --full = --analyzer full
    assert pipeline_for("rules") is None and not get("rules").needs_model
    with pytest.raises(ValueError, match="unknown analyzer 'neural'; expected one of"):
        get("neural")


def test_an_article_out_of_time_falls_back_to_the_rules_and_is_kept(monkeypatch):
    import time

    import quotes.run.engine as engine
    from quotes.nlp.analysis import rule_based
    from quotes.nlp.analyzers import Analyzer
    from quotes.run.inputs import Item
    from quotes.run.runner import Options, process_batch

    real = engine.extract_quotes
    calls = []

    def slow_on_the_model_analysis(an, **kw):
        calls.append(an.neural)
        if an.neural:  # the model analysis: pure Python work past the limit
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < 5:
                pass
        return real(an, **kw)

    monkeypatch.setitem(engine.JOBS, "quotes", slow_on_the_model_analysis)
    import attrs

    fake = Analyzer("fake", ("tokenize",), lambda texts, p: [attrs.evolve(rule_based(t), neural=True) for t in texts], "")
    text = '"Kami siap," ujar Anas.'
    (o,) = engine.extract_articles([{"id": "a", "text": text}], pipeline=object(), analyzer=fake, timeout=0.2)
    assert o.error is None and calls == [True, False]
    assert [(q.speaker, q.fallback) for q in o.quotes] == [("Anas", "rules")]
    assert "took longer than 0.2 s with the fake analyzer" in o.warnings[0]
    # the record says so; an ordinary record has no such key
    monkeypatch.setattr("quotes.nlp.analyzers.get", lambda name, full=False: fake)
    ((lines, error, warnings),) = process_batch([Item("s", 1, "a", {"id": "a", "text": text})],
                                                Options(analyzer="fake", timeout=0.2), pipeline=object())
    assert error is None and b'"fallback":"rules"' in lines[0] and warnings[0]["doc_id"] == "a"
    (ordinary,) = engine.extract_batch([{"id": "a", "text": text}], analyzer="rules")
    assert "fallback" not in ordinary[0].to_dict()


def test_an_analysis_out_of_time_falls_back_to_the_rules_for_that_article_only():
    import time

    import attrs

    from quotes.run import engine
    from quotes.nlp.analysis import rule_based
    from quotes.nlp.analyzers import Analyzer

    def run(texts, pipeline):
        if any("lambat" in t for t in texts):  # a model that never finishes this article
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < 5:
                pass
        return [attrs.evolve(rule_based(t), neural=True) for t in texts]

    fake = Analyzer("fake", ("tokenize",), run, "")
    arts = [{"id": "a", "text": '"Kami siap," ujar Anas.'}, {"id": "b", "text": '"Jalan lambat," kata Budi.'}]
    start = time.perf_counter()
    a, b = engine.extract_articles(arts, pipeline=object(), analyzer=fake, timeout=0.3)
    assert time.perf_counter() - start < 3  # bounded: the batch's limit, then this article's
    assert [(q.speaker, q.fallback) for q in a.quotes] == [("Anas", None)] and not a.warnings
    assert [(q.speaker, q.fallback) for q in b.quotes] == [("Budi", "rules")]
    assert "analysis took longer than 0.3 s with the fake analyzer" in b.warnings[0]

def test_an_article_alone_that_runs_out_of_time_is_analysed_once_then_by_the_rules():
    import time

    import attrs

    from quotes.run import engine
    from quotes.nlp.analysis import rule_based
    from quotes.nlp.analyzers import Analyzer

    tries = []

    def run(texts, pipeline):
        tries.append(len(texts))
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 5:
            pass
        return [attrs.evolve(rule_based(t), neural=True) for t in texts]

    fake = Analyzer("fake", ("tokenize",), run, "")
    (o,) = engine.extract_articles([{"id": "a", "text": '"Kami siap," ujar Anas.'}], pipeline=object(),
                                   analyzer=fake, timeout=0.3)
    assert tries == [1]  # a batch of one is not tried a second time alone
    assert [(q.speaker, q.fallback) for q in o.quotes] == [("Anas", "rules")]


def test_word_vectors_are_found_beside_our_models_and_in_an_official_download(tmp_path):
    from quotes.nlp.loading import pretrain_for

    ours = tmp_path / "ours"
    ours.mkdir()
    (ours / "ner.pt").write_bytes(b"x")
    assert pretrain_for(str(ours / "ner.pt")) is None  # a model trained without vectors
    (ours / "pretrain.pt").write_bytes(b"x")
    assert pretrain_for(str(ours / "ner.pt")) == str(ours / "pretrain.pt")
    official = tmp_path / "stanza" / "id"
    (official / "pos").mkdir(parents=True)
    (official / "pretrain").mkdir()
    (official / "pos" / "gsd_charlm.pt").write_bytes(b"x")
    (official / "pretrain" / "conll17.pt").write_bytes(b"x")
    assert pretrain_for(str(official / "pos" / "gsd_charlm.pt")) is None  # no resources.json: not Stanza's
    (tmp_path / "stanza" / "resources.json").write_text("{}")
    assert pretrain_for(str(official / "pos" / "gsd_charlm.pt")) == str(official / "pretrain" / "conll17.pt")


def test_fp16_word_vectors_reach_the_models_as_fp32(tmp_path):
    import torch
    from stanza.models.common.pretrain import Pretrain

    from quotes.nlp.loading import vector_cache

    vec = tmp_path / "v.txt"
    vec.write_text("2 3\nkata 0.1 0.2 0.3\nujar 0.3 0.2 0.1\n", encoding="utf-8")
    f = tmp_path / "pretrain.pt"
    Pretrain(str(f), str(vec)).emb  # writes the file (fp32)
    data = torch.load(f, weights_only=False)
    torch.save({"vocab": data["vocab"], "emb": torch.as_tensor(data["emb"]).half()}, f)
    cache = vector_cache({str(f)})
    pt = cache.load_pretrain(str(f))
    assert pt.emb.dtype == torch.float32 and pt.vocab.unit2id("ujar") > 0

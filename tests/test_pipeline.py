"""The bundled Stanza models: offline loading, lazy import, clear errors."""
import socket
import subprocess
import sys

import pytest

from conftest import needs_models
from quotes.pipeline import ModelError, build_pipeline, resolve_models


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
    monkeypatch.setattr("quotes.pipeline.bundled_dir", lambda: tmp_path)
    monkeypatch.delenv("QUOTES_MODEL_DIR", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    with pytest.raises(ModelError, match="quotes models download"):
        resolve_models()


def test_hybrid_analysis_tags_rule_tokens_where_quotes_can_be(pipeline):
    from quotes.analysis import rule_based
    from quotes.engine import analyze_hybrid, prepare

    text = prepare('Banjir merendam Ciledug sejak Minggu malam.\n\n'
                   '"Air naik cepat sekali," kata Ahmad Fauzi, warga Sudimara.\n\n'
                   'Lurah Sudimara Rudi Hartono mengatakan warga sudah mengungsi ke masjid.\n\n'
                   'Petugas BPBD membagikan makanan.')
    (an,) = analyze_hybrid([text], pipeline)
    rules = rule_based(text)
    assert [(t.text, t.start, t.end, t.sent) for t in an.tokens] == [(t.text, t.start, t.end, t.sent) for t in rules.tokens]
    assert [(s.start, s.end, s.first, s.last) for s in an.sentences] == \
        [(s.start, s.end, s.first, s.last) for s in rules.sentences]
    assert an.neural
    # the entity model read the sentences with a mark or a cue, and only those
    assert any(t.ner == "PERSON" for t in an.tokens if t.text in ("Ahmad", "Fauzi"))
    assert any(t.ner == "PERSON" for t in an.tokens if t.text in ("Rudi", "Hartono"))
    assert not any(t.ner for t in an.tokens if t.text in ("Banjir", "Ciledug", "Petugas", "BPBD"))
    # the tagger only where its verbs decide something: a verb of saying followed by its content
    tagged = {t.text for t in an.tokens if t.upos is not None}
    assert {"mengatakan", "warga", "mengungsi"} <= tagged
    assert not {"kata", "Ahmad", "Banjir", "Petugas"} & tagged


def test_needs_tags_only_for_a_verb_of_saying_without_comma_or_bahwa():
    from quotes.analysis import rule_based
    from quotes.engine import _needs_tags

    def needs(s):
        return _needs_tags(rule_based(s).tokens)

    assert needs("Rudi mengatakan warga sudah mengungsi.")
    assert needs("Messi mengungkapkan pandangannya tentang masa depan.")
    assert not needs("Rudi mengatakan, warga sudah mengungsi.")
    assert not needs("Rudi mengatakan bahwa warga sudah mengungsi.")
    assert not needs('"Air naik cepat sekali," kata Ahmad Fauzi.')


def test_the_default_pipeline_loads_only_what_the_default_path_reads():
    from quotes.pipeline import HYBRID, get_pipeline, processors_for

    assert processors_for("hybrid") == HYBRID and processors_for("rules") == ()
    assert "depparse" in processors_for("hybrid", full=True)
    nlp = get_pipeline(None, HYBRID)
    assert set(nlp.processors) == {"tokenize", "pos", "ner"}
    assert nlp.processors["tokenize"].trainer is None  # sentences come split: no tokenizer model


def test_word_vectors_are_found_beside_our_models_and_in_an_official_download(tmp_path):
    from quotes.pipeline import pretrain_for

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

    from quotes.pipeline import vector_cache

    vec = tmp_path / "v.txt"
    vec.write_text("2 3\nkata 0.1 0.2 0.3\nujar 0.3 0.2 0.1\n", encoding="utf-8")
    f = tmp_path / "pretrain.pt"
    Pretrain(str(f), str(vec)).emb  # writes the file (fp32)
    data = torch.load(f, weights_only=False)
    torch.save({"vocab": data["vocab"], "emb": torch.as_tensor(data["emb"]).half()}, f)
    cache = vector_cache({str(f)})
    pt = cache.load_pretrain(str(f))
    assert pt.emb.dtype == torch.float32 and pt.vocab.unit2id("ujar") > 0

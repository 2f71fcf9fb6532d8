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


def test_the_default_pipeline_loads_only_what_the_default_path_reads():
    from quotes.pipeline import HYBRID, get_pipeline, processors_for

    assert processors_for("hybrid") == HYBRID and processors_for("rules") == ()
    assert "depparse" in processors_for("hybrid", full=True)
    nlp = get_pipeline(None, HYBRID)
    assert set(nlp.processors) == {"tokenize", "pos", "ner"}
    assert nlp.processors["tokenize"].trainer is None  # sentences come split: no tokenizer model

"""What goes into the neural models is bounded: long tokens cut, long sentences in windows."""
import base64
import random

from quotes.nlp.model_input import MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS, model_words, windows


def test_windows_cover_every_token_once():
    for n in (1, 5, MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS + 1, 3 * MAX_SENTENCE_TOKENS + 7):
        ws = windows(n)
        assert [k for lo, hi in ws for k in range(lo, hi)] == list(range(n))
        assert all(0 < hi - lo <= MAX_SENTENCE_TOKENS for lo, hi in ws)


def test_model_words_cut_long_tokens_but_keep_their_offsets():
    from quotes.nlp.analysis import rule_based

    blob = "A" * 5000
    an = rule_based(f"Gambar {blob} dimuat, ujar Anas.")
    words = model_words(an.tokens)
    assert [w["id"] for w in words] == list(range(1, len(an.tokens) + 1))
    assert max(len(w["text"]) for w in words) == MAX_TOKEN_CHARS
    assert [(w["start_char"], w["end_char"]) for w in words] == [(t.start, t.end) for t in an.tokens]
    assert words[1]["end_char"] - words[1]["start_char"] == 5000


def _long_sentence_article(rng: random.Random) -> str:
    blob = base64.b64encode(rng.randbytes(3000)).decode().replace("+", "x").replace("/", "y")
    filler = " ".join(rng.choice(["harga", "beras", "di", "pasar", "naik", "turun", "stok", "gudang"])
                      for _ in range(MAX_SENTENCE_TOKENS + 60))
    return ("Harga Beras Naik di Pasar Induk\n\n"
            f"“Kami melihat {filler} dan lampiran {blob} itu,” ujar Kepala Bulog Jawa Barat Budi Santoso "
            "di Bandung, Senin (6/3/2023).\n\n"
            "Menurut Budi, stok di gudang cukup sampai Lebaran.")


def test_an_over_long_sentence_is_tagged_in_windows_with_rule_offsets(pipeline):
    from quotes.nlp.analysis import rule_based
    from quotes.run.engine import prepare
    from quotes.nlp.selection import analyze_hybrid

    text = prepare(_long_sentence_article(random.Random(3)))
    (an,) = analyze_hybrid([text], pipeline)
    rules = rule_based(text)
    assert [(t.text, t.start, t.end, t.sent) for t in an.tokens] == [(t.text, t.start, t.end, t.sent) for t in rules.tokens]
    long_sent = max(an.sentences, key=lambda s: s.last - s.first)
    assert long_sent.last - long_sent.first > MAX_SENTENCE_TOKENS
    assert max(len(t.text) for t in an.tokens) > MAX_TOKEN_CHARS
    # the name after the first window is still read by the entity model
    names = [t for t in an.tokens[long_sent.first + MAX_SENTENCE_TOKENS:long_sent.last] if t.text in ("Budi", "Santoso")]
    assert names and all(t.ner == "PERSON" for t in names)


def test_an_article_with_a_long_run_keeps_its_quotes(pipeline):
    from quotes.run.engine import extract_text

    text = _long_sentence_article(random.Random(4))
    qs = extract_text(text, pipeline=pipeline)
    assert [q.kind for q in qs] == ["direct", "indirect"]
    assert all(text[q.start:q.end] == q.text for q in qs)
    assert {q.speaker for q in qs} == {"Budi Santoso"}

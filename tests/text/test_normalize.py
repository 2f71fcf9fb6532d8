from quotes.run.engine import extract_text, prepare
from quotes.text.normalize import blank_html, repair_mojibake, same_length


def test_same_length_cleaning():
    t = "a\u00a0b\r\nc\u200bd\x00e\tf"
    out = same_length(t)
    assert len(out) == len(t)
    assert out == "a b\n\nc d e f"


def test_mojibake_is_repaired_in_place():
    t = "â€œKami siap,â€\x9d ujar Anas. CafÃ© itu."
    fixed = repair_mojibake(t)
    assert len(fixed) == len(t)
    assert "“Kami" in fixed and "”" in fixed and "Café" in fixed


def test_offsets_of_a_mojibake_article_point_into_the_original():
    t = "Judul berita\n\nâ€œKami siap menghadapi pemilu,â€ ujar Anas Baswedan di Jakarta."
    (q,) = extract_text(t, analyzer="rules")
    assert q.text == "Kami siap menghadapi pemilu,"
    assert t[q.start:q.end] == q.text
    assert q.speaker == "Anas Baswedan"


def test_html_tags_are_blanked_but_offsets_kept():
    t = '<p>"Kami siap," ujar Anas.</p><br/>'
    out = blank_html(t)
    assert len(out) == len(t) and "<" not in out
    (q,) = extract_text(t, analyzer="rules")
    assert t[q.start:q.end] == "Kami siap,"


def test_prepare_rejects_non_text():
    import pytest

    from quotes.run.engine import ArticleError

    with pytest.raises(ArticleError):
        prepare(None)
    with pytest.raises(ArticleError):
        prepare("x" * 11, max_chars=10)


def test_time_limit_turns_a_slow_article_into_an_error():
    import time

    import pytest

    from quotes.run.engine import ArticleTimeout, time_limit

    with pytest.raises(ArticleTimeout):
        with time_limit(0.05):
            time.sleep(1)


# ---------------------------------------------------------------- HTML entities

import html  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from quotes.text.normalize import decode_entities  # noqa: E402

ENTITY_ARTICLE = """Harga Cabai Rawit Naik Menjelang Lebaran

BANDUNG &ndash; Harga cabai rawit di Pasar Kosambi naik dua kali lipat dalam sepekan terakhir.

&ldquo;Pasokan dari Garut berkurang karena hujan, jadi harga ikut naik,&rdquo; kata Elly Wasliah, Kepala Dinas Perdagangan Kota Bandung, Senin (3/4/2023).

&quot;Kami sudah berkoordinasi dengan Bulog &amp; para distributor agar stok tetap aman,&quot; ujar Elly.

Seorang pedagang, Ujang Suparman, mengaku omzetnya turun. &#8220;Pembeli sekarang cuma beli seperempat kilo,&#x201D; tutur Ujang.
"""


def _plain(raw: str) -> str:
    return html.unescape(raw).replace("\u00a0", " ")


def test_entities_decode_to_one_character_each_and_map_back():
    raw = "Ia berkata &ldquo;A&amp;B&rdquo; di&nbsp;sini &foo; &amp;quot;x&#8221;"
    decoded, offsets = decode_entities(raw)
    assert decoded == "Ia berkata “A&B” di\u00a0sini &foo; \"x”"
    for s in range(len(decoded) + 1):
        for e in range(s, len(decoded) + 1):
            piece = raw[offsets.to_raw(s):offsets.to_raw(e)]
            assert decode_entities(piece)[0] == decoded[s:e]
    assert offsets.to_raw(len(decoded)) == len(raw)
    assert decode_entities("tanpa entitas") == ("tanpa entitas", decode_entities("")[1])
    assert not decode_entities("AT&T dan R&D")[1]  # a bare "&" is no entity


_PIECES = st.sampled_from(["Kami ", "siap", ", ", ". ", "\n\n", "ujar Anas", "&amp;", "&quot;", "&ldquo;",
                           "&rdquo;", "&nbsp;", "&#8220;", "&#x201D;", "&#39;", "&hellip;", "&eacute;",
                           "&bogus;", "&", ";", "#", "x"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.data())
def test_any_decoded_span_is_a_whole_raw_span(pieces, data):
    raw = "".join(pieces)
    decoded, offsets = decode_entities(raw)
    s = data.draw(st.integers(0, len(decoded)))
    e = data.draw(st.integers(s, len(decoded)))
    lo, hi = offsets.to_raw(s), offsets.to_raw(e)
    assert 0 <= lo <= hi <= len(raw)
    assert decode_entities(raw[lo:hi])[0] == decoded[s:e]


def test_quotes_between_entity_marks_are_found_with_offsets_into_the_raw_text():
    qs = extract_text(ENTITY_ARTICLE, analyzer="rules")
    direct = [q for q in qs if q.kind == "direct"]
    assert [_plain(q.text) for q in direct] == [
        "Pasokan dari Garut berkurang karena hujan, jadi harga ikut naik,",
        "Kami sudah berkoordinasi dengan Bulog & para distributor agar stok tetap aman,",
        "Pembeli sekarang cuma beli seperempat kilo,",
    ]
    for q in qs:
        # the record's text is the input as given (entities and all), so offsets slice it
        assert ENTITY_ARTICLE[q.start:q.end] == q.text
        assert ENTITY_ARTICLE[q.cue_start:q.cue_end].lower() == q.cue
        assert "&quot;" not in q.text and "&ldquo;" not in q.text and "&rdquo;" not in q.text
        if q.speaker_start is not None:
            assert _plain(ENTITY_ARTICLE[q.speaker_start:q.speaker_end]) == q.speaker_mention
    assert "Bulog &amp; para" in direct[1].text
    assert [q.speaker for q in direct] == ["Elly Wasliah", "Elly Wasliah", "Ujang Suparman"]


_ENCODE = {"“": "&ldquo;", "”": "&rdquo;", '"': "&quot;", "&": "&amp;", " ": "&nbsp;", "–": "&ndash;",
           ",": "&#44;", "(": "&#x28;"}


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from([0.1, 0.5, 1.0]))
def test_an_article_reads_the_same_with_its_characters_written_as_entities(rng, share):
    plain = _plain(ENTITY_ARTICLE)
    raw = "".join(_ENCODE[c] if c in _ENCODE and rng.random() < share else c for c in plain)

    def view(text):
        return [(q.kind, _plain(q.text), q.cue, q.speaker, q.speaker_mention, q.date)
                for q in extract_text(text, analyzer="rules")]

    assert view(raw) == view(plain)
    for q in extract_text(raw, analyzer="rules"):
        assert raw[q.start:q.end] == q.text


def test_more_html_tags_and_comments_are_blanked():
    t = "<h2>Judul</h2><!-- iklan -> --><li>butir</li><blockquote>kutipan</blockquote><td>1</td>"
    out = blank_html(t)
    assert len(out) == len(t)
    assert out.split() == ["Judul", "butir", "kutipan", "1"]
    assert out.startswith("\n") and out[out.index("butir") - 4] == "\n"
    assert blank_html("a < b dan c > d") == "a < b dan c > d"  # not tags


def test_question_marks_left_by_lost_curly_quotes_become_marks_again():
    from quotes.text.normalize import repair_lost_quotes

    t = "Ia berbicara di Paris.\n\n?Ketiga adalah atraksi kelas dunia,? kata Arief.\n\nApa sebabnya? Dia diam."
    fixed = repair_lost_quotes(t)
    assert len(fixed) == len(t)
    assert "“Ketiga adalah atraksi kelas dunia,” kata" in fixed
    assert "Apa sebabnya? Dia diam." in fixed  # a real question keeps its mark
    # no opening shape in the article: every "?" is a question mark
    assert repair_lost_quotes("Siapa dia? Tidak tahu. Benar,? katanya.") == "Siapa dia? Tidak tahu. Benar,? katanya."


def test_a_quote_in_lost_marks_is_found_with_offsets_into_the_raw_text():
    import quotes

    t = "Menteri Budi Santoso hadir di Paris.\n\n?Kami siap membantu daerah,? kata Budi Santoso."
    (q,) = quotes.extract(t, analyzer="rules")
    assert (q.kind, q.text, q.speaker) == ("direct", "Kami siap membantu daerah,", "Budi Santoso")
    assert t[q.start:q.end] == q.text

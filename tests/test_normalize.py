from quotes.engine import extract_text, prepare
from quotes.normalize import blank_html, repair_mojibake, same_length


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

    from quotes.engine import ArticleError

    with pytest.raises(ArticleError):
        prepare(None)
    with pytest.raises(ArticleError):
        prepare("x" * 11, max_chars=10)


def test_time_limit_turns_a_slow_article_into_an_error():
    import time

    import pytest

    from quotes.engine import ArticleTimeout, time_limit

    with pytest.raises(ArticleTimeout):
        with time_limit(0.05):
            time.sleep(1)

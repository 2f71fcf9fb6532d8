from quotes.find.marks import MAX_QUOTE_CHARS, find_spans
from quotes.text.paragraphs import paragraphs


def spans(text):
    return [text[s.start:s.end] for s in find_spans(text, paragraphs(text))]


def test_straight_and_curly_marks_and_mixed_pairs():
    t = 'Ia berkata. "Satu dua," ujar Anas. “Tiga empat,” kata dia. “Lima enam," tutur Budi.'
    assert spans(t) == ["Satu dua,", "Tiga empat,", "Lima enam,"]


def test_nested_single_marks_stay_inside():
    t = "\"Teriakkan 'Garuda di Dadaku' sekeras mungkin!\" tulis Rizky."
    assert spans(t) == ["Teriakkan 'Garuda di Dadaku' sekeras mungkin!"]


def test_quote_over_paragraphs_with_opening_mark_repeated():
    t = "Judul\n\n“Paragraf satu.\n\n“Paragraf dua,” ujar Anas.\n\nLain."
    (s,) = find_spans(t, paragraphs(t))
    assert t[s.start:s.end] == "Paragraf satu.\n\n“Paragraf dua,"
    assert s.paragraphs == 2


def test_quote_over_paragraphs_without_second_opening_mark():
    t = "“Paragraf satu.\n\nParagraf dua,” ujar Agus.\n\nLain."
    assert spans(t) == ["Paragraf satu.\n\nParagraf dua,"]


def test_unclosed_mark_stops_at_its_paragraph():
    t = "“Kami akan datang besok pagi, kata dia.\n\nParagraf lain tanpa tanda.\n\n“Benar,” ujar Anas."
    got = spans(t)
    assert got[0] == "Kami akan datang besok pagi, kata dia."
    assert got[1] == "Benar,"


def test_unclosed_mark_is_bounded():
    t = "“" + "kata " * (MAX_QUOTE_CHARS // 4)
    (s,) = find_spans(t, paragraphs(t))
    assert s.end - s.start <= MAX_QUOTE_CHARS


def test_text_of_only_marks_gives_nothing():
    assert spans('"""" “” ""') == []


def test_closing_curly_mark_glued_after_a_sentence_opens_when_no_quote_is_open():
    # scrapes that write ” for both marks often glue the opener to the previous sentence
    t = "Ia menyambut baik peresmian itu.”Kami sangat senang,” ujarnya. Lalu pulang.”"
    assert spans(t) == ["Kami sangat senang,"]


def test_closing_curly_mark_glued_after_a_sentence_still_closes_an_open_quote():
    t = "“Kami sangat senang.”Setelah itu ia pulang."
    assert spans(t) == ["Kami sangat senang."]


def test_question_marks_after_a_comma_close_a_quote_the_scraper_could_not_encode():
    t = 'Ia datang. "Kawasan ini jadi ikon,?? ujar Hendra. "Apa kabar??" tanya warga.'
    assert spans(t) == ["Kawasan ini jadi ikon,", "Apa kabar??"]

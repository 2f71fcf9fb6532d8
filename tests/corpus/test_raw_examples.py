"""Distant supervision from raw news (quotes/corpus/raw_examples.py), on text written for the project."""
import gzip

from quotes.corpus import raw_examples as R
from quotes.speakers.chooser import FEATURES

TEXT = ('Wali Kota Sukamaju Rina Marlina meninjau pasar pada Senin. Ia ditemani Kepala Dinas '
        'Perdagangan Budi Santoso. "Harga cabai sudah turun," kata Rina. Budi Santoso menambahkan '
        'stok beras cukup. "Pasokan dari petani lancar," ujar Budi. "Kami terus memantau harga," '
        'ujar Rina.')


def test_a_name_hidden_after_the_verb_becomes_an_example_labelled_with_its_person():
    examples = R.masked_examples("made-up", TEXT)
    assert examples
    for e in examples:
        assert len(e["rows"]) >= 2 and all(len(r) == len(FEATURES) for r in e["rows"])
        assert 0 < e["y"] < len(e["rows"])  # a person, never "no named speaker"
        assert e["raw"] and e["doc"] == "made-up"


def test_agreement_of_names_and_what_looks_like_a_pronoun():
    assert R.agrees("Budi Santoso", "Budi Santoso") == 2 and R.agrees("Budi", "Budi Santoso") == 1
    assert R.agrees("Rina Marlina", "Budi Santoso") == 0 and R.agrees(None, "Budi") == 0
    assert R.pronoun_like("ujarnya"[-3:]) and R.pronoun_like("Ia") and R.pronoun_like(None)
    assert not R.pronoun_like("Budi")


def test_raw_news_gets_its_paragraph_breaks_back_around_quotations():
    flat = ('Harga cabai naik sejak pekan lalu. "Kami kewalahan," kata Rina. Pedagang lain mengeluh. '
            '"Pembeli berkurang," ujar Budi Santoso, Senin (3/3/2025). Pasar tetap ramai.')
    assert R.paragraphs_back(flat).split("\n\n") == [
        "Harga cabai naik sejak pekan lalu.", '"Kami kewalahan," kata Rina.', "Pedagang lain mengeluh.",
        '"Pembeli berkurang," ujar Budi Santoso, Senin (3/3/2025).', "Pasar tetap ramai."]


def test_raw_articles_are_read_in_file_order_and_a_line_that_is_no_article_is_skipped(tmp_path):
    path = tmp_path / "raw.txt.gz"
    article = (TEXT + " ") * 8
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("pendek\n" + "\n".join([article] * 6) + "\n")
    got = list(R.raw_news(path, 2, every=1))
    assert [d for d, _ in got] == ["raw:2", "raw:3"]
    examples, failed = R.raw_examples(path, 1)
    assert failed == 0 and examples

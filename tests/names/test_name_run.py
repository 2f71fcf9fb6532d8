"""The person's name at the end of a speaker phrase: where it starts and where it ends."""
from quotes.names.name_run import name_run
from quotes.nlp.analysis import rule_based


def run_of(text: str) -> str:
    an = rule_based(text)
    idx = [k for k, t in enumerate(an.tokens) if t.text not in ".,"]
    span = name_run(an, idx)
    return "" if span is None else an.text[an.tokens[span[0]].start:an.tokens[span[1]].end]


def test_the_name_ends_the_phrase_without_its_title_and_party():
    assert run_of("Ketua Partai Maju Budi Santoso") == "Budi Santoso"
    assert run_of("Wali Kota Bandar Danu A Pratama") == "Danu A Pratama"


def test_a_phrase_without_a_name_word_has_no_run():
    assert run_of("para pedagang") == ""


def test_a_middle_initial_with_its_dot_stays_inside_the_name():
    assert run_of("kata Rudi P. Wibowo") == "Rudi P. Wibowo"
    assert run_of("ujar Juliari P. Batubara") == "Juliari P. Batubara"


def test_shortened_first_names_name_links_and_noble_prefixes_belong_to_the_name():
    assert run_of("kata Moh. Mahfud MD") == "Moh. Mahfud MD"
    assert run_of("ujar Mohammed bin Salman") == "Mohammed bin Salman"
    assert run_of("kata Lalu Muhamad Iqbal") == "Lalu Muhamad Iqbal"


def test_a_last_initial_after_a_name_belongs_to_it():
    assert run_of("kata Wijanarko A dari klub itu") == "Wijanarko A"
    assert run_of("ujar Budi S saat ditemui") == "Budi S"


def test_a_title_that_is_also_a_name_after_a_name_word_is_part_of_the_name():
    import quotes
    text = ('Menteri Agama Lukman Hakim Saifuddin mengatakan haji aman. Aktris Christine Hakim hadir. '
            '"Terdakwa bersalah," kata Ketua Majelis Hakim Fauzan Hendrik.')
    names = {e.name: e.roles for e in quotes.people(text) if e.type == "person"}
    assert names == {"Lukman Hakim Saifuddin": ("Menteri Agama",), "Christine Hakim": ("Aktris",),
                     "Fauzan Hendrik": ("Ketua Majelis Hakim",)}


def test_two_first_words_of_a_balinese_name_stay_with_it():
    import quotes
    text = ('Ketua panitia Anak Agung Gde Ngurah Ari Wirawan membuka acara. "Kami senang," kata Ari Wirawan.')
    names = [e.name for e in quotes.people(text) if e.type == "person"]
    assert names == ["Anak Agung Gde Ngurah Ari Wirawan"]

"""Places, venues, dates and documents cannot be a person speaking."""
import pytest
from conftest import random_texts

from quotes.lexicon.places import cannot_speak, is_document, is_place, leading_place, place_level


@pytest.mark.parametrize("phrase, level", [
    ("Bogor", "regency"), ("Kota Bogor", "regency"), ("Kabupaten Garut", "regency"),
    ("Jawa Barat", "province"), ("Provinsi Jawa Barat", "province"), ("Jakarta Selatan", "city"),
    ("Malaysia", "country"), ("Amerika Serikat", "country"), ("Sumut", "abbreviation"),
    ("Budi Santoso", None), ("Bogor Iwan Setiawan", None),
])
def test_place_levels(phrase, level):
    assert place_level(phrase) == level


def test_venues_and_dates_cannot_speak_but_people_and_organisations_can():
    for phrase in ("Balai Kota Semarang", "Pelabuhan Tanjung Emas", "Kecamatan Cibeunying", "Kamis (7/4/2022",
                   "Selasa"):
        assert cannot_speak(phrase), phrase
    for phrase in ("Budi Santoso", "Komisi Pemberantasan Korupsi", "Kepolisian Daerah Riau", "Sari"):
        assert not cannot_speak(phrase), phrase
    assert is_place("Stadion Gelora Bung Karno")


def test_documents():
    assert is_document("surat edaran itu")
    assert is_document("Unggahan tersebut")
    assert not is_document("Budi Santoso")


def test_leading_place_words_before_a_name():
    assert leading_place("Sukabumi Darman Hakimi".split()) == 1
    assert leading_place("Jawa Barat Dedi Mulyadi".split()) == 2
    assert leading_place("Budi Santoso".split()) == 0
    assert leading_place(["Bogor"]) == 0  # never the whole run


def test_a_name_inside_a_venue_named_after_a_person():
    from quotes.lexicon.places import in_venue
    text = "Laga di Stadion Gelora Bung Tomo, lalu Direktur RSUD Cibinong Andi Wijaya datang. Jalan Jenderal Sudirman ditutup."
    assert in_venue(text, text.index("Tomo"), "Tomo")
    assert in_venue(text, text.index("Sudirman"), "Sudirman")
    assert not in_venue(text, text.index("Andi"), "Andi Wijaya")  # after an office: a person
    t = "Kepala Desa Tegalrejo Sukarman hadir."
    assert not in_venue(t, t.index("Sukarman"), "Sukarman")  # an area is no venue


def test_the_city_of_the_articles_dateline():
    from quotes.lexicon.places import in_dateline
    for text in ("TEHERAN - Serangan drone terjadi.", "KUALA LUMPUR, KOMPAS.com - Rapat digelar.",
                 "BANDUNG (Antara) - Rapat digelar."):
        assert in_dateline(text, 0) and in_dateline(text, text.index(" ") - 1)
    assert not in_dateline("KPK menetapkan tersangka baru - kata Budi.", 0)
    text = "JAKARTA - Rapat digelar. Kata TEHERAN - itu bukan dateline."
    assert not in_dateline(text, text.index("TEHERAN"))


def test_a_regency_hall_and_a_meeting_hall_are_places():
    from quotes.lexicon.places import is_place
    assert is_place("Pendopo Garut") and is_place("Aula Kantor Bupati") and is_place("Posko Banjir Cikelet")


def test_the_word_before_a_name_is_read_back_as_the_regex_read_it():
    import re

    from quotes.lexicon.places import _run_word

    regex = re.compile(r"([\w.'’-]+)[ \t]*$")  # the search `_run_word` replaces

    def searched(before: str):
        m = regex.search(before)
        return (m.group(1), m.start()) if m else None

    assert _run_word("rapat di Stadion Gelora Bung ") == ("Bung", 24)
    assert _run_word("dirawat di RSUD dr. \n") == ("dr.", 16)
    assert _run_word("kata warga, ") is None
    pieces = ["a", "B", " ", "\t", "\n", ".", "'", "’", "-", "_", "1", "é", "\xa0", "²", ",", "Dr.", "Jalan"]
    for t in random_texts(pieces, 3, 5000):
        assert _run_word(t) == searched(t), repr(t)

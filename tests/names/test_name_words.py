"""The word tests of names: where a run of capitalised words stops being a place and starts being a name."""
from quotes.names.name_words import drop_region


def test_a_place_word_never_starts_a_persons_name():
    assert drop_region("Desa Sukarame Dedi Kurnia".split(), False) == ["Dedi", "Kurnia"]
    assert drop_region("Pasar Tradisional Abdullah Mansuri".split(), False) == ["Abdullah", "Mansuri"]
    assert drop_region("Desa Dedi Kurnia".split(), False) == ["Dedi", "Kurnia"]


def test_a_name_and_a_short_place_stay_as_they_are():
    assert drop_region("Dedi Kurnia".split(), False) == ["Dedi", "Kurnia"]
    assert drop_region("Pantai Lojiwangi".split(), False) == ["Pantai", "Lojiwangi"]  # a place, read elsewhere


def test_a_gazetteer_region_and_the_word_after_a_regional_role_go():
    assert drop_region("Sukabumi Marwan Hamami".split(), False) == ["Marwan", "Hamami"]
    assert drop_region("Bandar Danu Pratama".split(), True) == ["Danu", "Pratama"]

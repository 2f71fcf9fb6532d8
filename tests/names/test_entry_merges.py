"""Entries that are one another under other readings, merged (quotes/names/entry_merges.py).
Sentences are written for the project; names are made up."""
import quotes
from quotes.names.entries import Form
from quotes.names.entry_merges import _variant, merge_org_short_names, merge_shorter_forms


def _entries(text):
    return {e.name: e for e in quotes.people(text)}


def test_spelling_variants_of_a_name_word():
    assert _variant("Ery", "Eri") and _variant("Hendry", "Hendri")  # "y" for "i"
    assert _variant("Dedy", "Deddy")  # a doubled letter
    assert _variant("Soebagio", "Subagio")  # the old spelling
    assert _variant("Hermawam", "Hermawan")  # one letter off, a long word
    assert not _variant("Adi", "Ade")  # one letter off, a short word: two names
    assert not _variant("Rini", "Rina") and not _variant("Budi", "Budi")


def test_a_short_name_spelt_another_way_is_the_one_full_name_it_fits():
    text = ('Wali Kota Tanjung Sari Eri Kusnandar meninjau banjir, Senin. "Kami kerahkan pompa," kata Ery. '
            'Aktor senior Deddy Suparman juga hadir. "Film ini penting," ujar Dedy.')
    people = _entries(text)
    assert [f.text for f in people["Eri Kusnandar"].forms] == ["Eri Kusnandar", "Ery"]
    assert [f.text for f in people["Deddy Suparman"].forms] == ["Deddy Suparman", "Dedy"]
    assert "Ery" not in people and "Dedy" not in people
    said = {r.text: r.speaker for r in quotes.extract(text, analyzer="rules")}
    assert said["Kami kerahkan pompa,"] == "Eri Kusnandar"


def test_a_short_name_like_two_full_names_or_a_short_word_stays_apart():
    text = ('Eri Kusnandar dan Ary Kusnandar hadir. "Kami siap," kata Ery. '
            'Ketua RT Adi Prasetyo datang bersama warga bernama Ade. "Air naik," kata Ade.')
    people = _entries(text)
    assert "Ery" in people  # "Eri" and "Ary": which one is unknown
    assert "Ade" in people and [f.text for f in people["Adi Prasetyo"].forms] == ["Adi Prasetyo"]


def test_a_name_written_without_its_middle_words_is_the_fullest_form():
    text = ('Menteri Koperasi dan UKM Hartono Wibisono Siregar meninjau pasar, Senin. "Harga stabil," '
            'kata Hartono Siregar. Hartono Siregar menambahkan bahwa stok aman.')
    people = _entries(text)
    assert [f.text for f in people["Hartono Wibisono Siregar"].forms] == [
        "Hartono Wibisono Siregar", "Hartono Siregar", "Hartono Siregar"]
    assert "Hartono Siregar" not in people


def _slots(*names):
    by_key, pos = {}, 0
    for n in names:
        by_key[n.lower()] = [n, "person", {(pos, pos + len(n)): Form(n, pos, pos + len(n))}, []]
        pos += len(n) + 1
    return by_key, list(by_key)


def test_a_shorter_form_joins_the_one_longer_name_it_fits_and_no_other():
    by_key, order = _slots("Hartono Wibisono Siregar", "Hartono Siregar", "Rudi Siregar")
    merge_shorter_forms(by_key, order)
    assert order == ["hartono wibisono siregar", "rudi siregar"]
    assert [f.text for f in by_key["hartono wibisono siregar"][2].values()] == ["Hartono Wibisono Siregar", "Hartono Siregar"]
    by_key, order = _slots("Hartono Wibisono Siregar", "Hartono Pandapotan Siregar", "Hartono Siregar")
    merge_shorter_forms(by_key, order)
    assert "hartono siregar" in order and len(order) == 3  # it fits two people: which one is unknown


def test_a_one_word_name_an_organisation_holds_beside_organisation_words_is_that_organisation():
    text = ('Lembaga pemeringkat Kirana Ratings menurunkan peringkat bank itu. Kirana menyatakan bahwa risiko '
            'naik. Bank Sentosa mencatat laba naik. Sentosa menyebut bahwa dana murah naik.')
    people = _entries(text)
    assert people["Kirana Ratings"].type == "organization" and "Kirana" not in people
    assert [f.text for f in people["Kirana Ratings"].forms] == ["Kirana Ratings", "Kirana"]
    assert people["Bank Sentosa"].type == "organization" and "Sentosa" not in people
    said = {r.text: r for r in quotes.extract(text, analyzer="rules")}
    assert said["dana murah naik"].speaker == "Bank Sentosa"
    assert said["dana murah naik"].speaker_type == "organization"


def test_a_person_with_a_role_is_no_short_name_of_an_organisation():
    by_key, order = _slots("Partai Hartawan", "Hartawan")
    by_key["partai hartawan"][1] = "organization"
    by_key["hartawan"][3].append("Ketua Umum")  # a person the article gives a role
    merge_org_short_names(by_key, order)
    assert order == ["partai hartawan", "hartawan"]


def test_a_corps_after_a_rank_is_no_word_of_the_name():
    text = 'Dandim 0101 Kolonel Czi Bambang Setyo Wibowo meninjau lokasi. "Kami siaga," kata Bambang.'
    people = _entries(text)
    assert "Bambang Setyo Wibowo" in people and "Czi Bambang Setyo Wibowo" not in people

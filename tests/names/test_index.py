from quotes.nlp.analysis import rule_based
from quotes.names.index import NameIndex, strip_leading_org


def test_canonical_name_is_the_fullest_form_in_the_article():
    text = ("Menteri PANRB Abdullah Azwar Anas hadir. Menteri Azwar Anas juga bicara. "
            '"Kita siap," papar Anas.')
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Anas") == "Abdullah Azwar Anas"
    assert names.canonical("Azwar Anas") == "Abdullah Azwar Anas"


def test_first_name_inside_an_organisation_run():
    text = ("Direktur PT Investa Saran Mandiri Hans Kwee menilai pasar naik. "
            "Hans menyebut investor optimistis.")
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Hans") == "Hans Kwee"


def test_alias_in_brackets():
    text = "Basuki Tjahaja Purnama (Ahok) datang. Ahok berkata singkat."
    assert NameIndex.build(rule_based(text)).canonical("Ahok") == "Basuki Tjahaja Purnama"


def test_leading_words_the_article_uses_alone_are_an_organisation():
    text = ("Co-Founder Dana Kita Chris Antonius hadir. Aplikasi Dana Kita sudah diunduh sejuta kali. "
            "Dana Kita kini melayani tiga kota.")
    assert strip_leading_org(text, ["Dana", "Kita", "Chris", "Antonius"]) == ["Chris", "Antonius"]
    assert strip_leading_org(text, ["Chris", "Antonius"]) == ["Chris", "Antonius"]


def test_a_person_called_by_initials_defined_in_brackets():
    from quotes.names.index import NameIndex

    idx = NameIndex('Wakil Ketua MPR RIHidayat Nur Wahid(HNW) hadir. Ketua Asosiasi Mainan Indonesia (AMI) juga.')
    assert idx.person_behind("HNW") == "Hidayat Nur Wahid"
    assert idx.person_behind("AMI") is None  # an organisation's initials: no person's name
    assert idx.person_behind("XYZ") is None


def test_unglue_splits_scraper_glue_only():
    from quotes.names.name_words import unglue

    assert unglue("RIHidayat") == "RI Hidayat"
    assert unglue("JakartaBudi") == "Jakarta Budi"
    assert unglue("Budi Santoso") == "Budi Santoso"


def test_an_acronym_before_a_name_is_an_employer_only_where_it_stands_alone_elsewhere():
    text = ("Ekonomi AS melambat. Ketua The Fed AS Jerome Powell menahan suku bunga. "
            "Presiden RI BJ Habibie pernah datang. Dirjen Tanaman Pangan Kementan Suwandi hadir.")
    names = NameIndex.build(rule_based(text))
    names.add("AS Jerome Powell")
    names.add("BJ Habibie")
    names.add("Kementan Suwandi")
    assert names.canonical("Powell") == "Jerome Powell"
    assert names.canonical("Habibie") == "BJ Habibie"  # "BJ" never stands alone: initials
    assert names.canonical("Suwandi") == "Suwandi"


def test_a_bracketed_short_form_is_no_part_of_the_name():
    text = "Asosiasi Mainan Indonesia (AMI) memprediksi penjualan naik. Menurut AMI, pasar tumbuh."
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Asosiasi Mainan Indonesia (AMI)", "organization") == "Asosiasi Mainan Indonesia"
    assert names.canonical("Asosiasi Mainan Indonesia (AMI", "organization") == "Asosiasi Mainan Indonesia"


def test_a_name_one_letter_off_a_longer_name_is_its_misspelling():
    text = ("Sekretaris Perusahaan Mohammad Ath Thoriz mengatakan target naik. Menurut Thoriq, harga emas "
            "stabil. Rahman, warga setempat, ikut hadir.")
    names = NameIndex.build(rule_based(text))
    names.add("Mohammad Ath Thoriz")
    assert names.canonical("Thoriq") == "Mohammad Ath Thoriz"
    assert names.canonical("Rahman") == "Rahman"  # no longer name one letter off


def test_a_rank_abbreviation_is_no_part_of_a_name():
    text = "Kabid Humas Polda Riau Kombes Pol Rudi Hartono membenarkan kejadian itu."
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Pol Rudi Hartono") == "Rudi Hartono"

from quotes.nlp.analysis import rule_based
from quotes.names.index import NameIndex, strip_leading_org


def test_canonical_name_is_the_fullest_form_in_the_article():
    text = ("Menteri PANRB Abdullah Azwar Anas hadir. Menteri Azwar Anas juga bicara. "
            '"Kita siap," papar Anas.')
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Anas") == "Abdullah Azwar Anas"
    assert names.canonical("Azwar Anas") == "Abdullah Azwar Anas"


def test_first_name_inside_an_organisation_run():
    text = ("Direktur PT Arunika Saran Mandiri Hans Liem menilai pasar naik. "
            "Hans menyebut investor optimistis.")
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Hans") == "Hans Liem"


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

    idx = NameIndex('Wakil Ketua MPR RIHendra Nur Salam(HNS) hadir. Ketua Asosiasi Boneka Indonesia (ABI) juga.')
    assert idx.person_behind("HNS") == "Hendra Nur Salam"
    assert idx.person_behind("AMI") is None  # an organisation's initials: no person's name
    assert idx.person_behind("XYZ") is None


def test_unglue_splits_scraper_glue_only():
    from quotes.names.name_words import unglue

    assert unglue("RIHendra") == "RI Hendra"
    assert unglue("JakartaBudi") == "Jakarta Budi"
    assert unglue("Budi Santoso") == "Budi Santoso"
    # an acronym glued to a known lower-case word parts after the acronym, not before its last capital
    assert unglue("BBCmenyebut") == "BBC menyebut"
    assert unglue("ESDMBudi") == "ESDM Budi"


def test_an_acronym_before_a_name_is_an_employer_only_where_it_stands_alone_elsewhere():
    text = ("Ekonomi AS melambat. Ketua The Fed AS Jerome Powell menahan suku bunga. "
            "Presiden RI BJ Habibie pernah datang. Dirjen Tanaman Pangan Kementan Sumarno hadir.")
    names = NameIndex.build(rule_based(text))
    names.add("AS Jerome Powell")
    names.add("BJ Habibie")
    names.add("Kementan Sumarno")
    assert names.canonical("Powell") == "Jerome Powell"
    assert names.canonical("Habibie") == "BJ Habibie"  # "BJ" never stands alone: initials
    assert names.canonical("Sumarno") == "Sumarno"


def test_a_bracketed_short_form_is_no_part_of_the_name():
    text = "Asosiasi Boneka Indonesia (ABI) memprediksi penjualan naik. Menurut ABI, pasar tumbuh."
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Asosiasi Boneka Indonesia (ABI)", "organization") == "Asosiasi Boneka Indonesia"
    assert names.canonical("Asosiasi Boneka Indonesia (ABI", "organization") == "Asosiasi Boneka Indonesia"


def test_a_name_one_letter_off_a_longer_name_is_its_misspelling():
    text = ("Sekretaris Perusahaan Mohammad Ath Thafiz mengatakan target naik. Menurut Thafiq, harga emas "
            "stabil. Rahman, warga setempat, ikut hadir.")
    names = NameIndex.build(rule_based(text))
    names.add("Mohammad Ath Thafiz")
    assert names.canonical("Thafiq") == "Mohammad Ath Thafiz"
    assert names.canonical("Rahman") == "Rahman"  # no longer name one letter off


def test_a_rank_abbreviation_is_no_part_of_a_name():
    text = "Kabid Humas Polda Riau Kombes Pol Rudi Hartono membenarkan kejadian itu."
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Pol Rudi Hartono") == "Rudi Hartono"


def _index(text):
    from quotes.names.inventory import inventory

    an = rule_based(text)
    names = NameIndex.build(an)
    inventory(an, names)  # reads every full name of the article into the index, as attribution does
    return names


def test_a_short_name_that_starts_a_longer_name_even_when_also_written_alone():
    text = ("Ketua panitia Rudyanto Santoso membuka acara. Rudy menyebut peserta datang dari lima kota. "
            '"Kami senang," kata Rudy.')
    assert _index(text).canonical("Rudy") == "Rudyanto Santoso"


def test_an_arabic_article_in_lower_case_is_part_of_the_name_and_a_rank_is_no_employer():
    text = ("Juru bicara militer Kolonel Turki al-Rasyid berbicara di Riyadh. "
            '"Kami siap," kata Al-Rasyid.')
    assert _index(text).canonical("Al-Rasyid") == "Turki al-Rasyid"


def test_the_second_name_of_a_hyphenated_pair_starts_at_the_hyphen():
    text = ("Pasangan Budi Santoso-Uus Ruhiyat Maulana menang. Uus mengatakan kemenangan itu milik warga. "
            '"Terima kasih," kata Uus.')
    assert _index(text).canonical("Uus") == "Uus Ruhiyat Maulana"


def test_a_nickname_belongs_to_a_person_not_to_a_title_in_marks_or_a_venue():
    text = ("Ratna Dewi Kusuma, direktur PT Sinar Laut, membuka seminar bertajuk “Women in Leadership "
            "Growth” di Hotel Mawar Sari.\n\n"
            '"Perempuan memimpin lebih baik," tutur wanita yang akrab disapa Kiki ini.')
    assert _index(text).nickname("Kiki") == "Ratna Dewi Kusuma"


def test_a_short_form_in_brackets_names_the_office_with_its_seat():
    text = ("Inspeksi dilakukan oleh Dinas Kesehatan (Dinkes) Kabupaten Garut pekan lalu. "
            '"Semua dapur sudah diperiksa," kata Dinkes.')
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Dinkes", "organization") == "Dinas Kesehatan Kabupaten Garut"
    text = "Badan Pusat Statistik (BPS) mencatat inflasi naik. BPS menyebut harga beras penyebabnya."
    assert NameIndex.build(rule_based(text)).canonical("BPS", "organization") == "Badan Pusat Statistik"


def test_a_short_name_respelt_is_the_full_name_it_respells():
    text = 'Ketua KPU Thasrul Muharja meninjau gudang. Mantan Menteri Dalam Negeri Tjahjo Kumolo hadir.'
    names = NameIndex.build(rule_based(text))
    names.add("Thasrul Muharja")
    names.add("Tjahjo Kumolo")
    assert names.canonical("Tasrul") == "Thasrul Muharja"
    assert names.canonical("Cahyo") == "Tjahjo Kumolo"


def test_a_nickname_before_sapaan_akrab_is_the_person_named_before_or_after_it():
    text = "Menteri Keuangan Sri Mulyani hadir. Menurut Ani, sapaan akrabnya, belanja dijaga."
    names = NameIndex.build(rule_based(text))
    names.add("Sri Mulyani")
    assert names.canonical("Ani") == "Sri Mulyani"
    text = "Gubernur hadir. KDM, sapaan akrab Dedi Mulyadi, mengatakan jalan diperbaiki."
    assert NameIndex.build(rule_based(text)).nickname("KDM") == "Dedi Mulyadi"


def test_a_short_title_stands_for_the_person_named_with_its_long_form_and_seat():
    text = ("Sekretaris Daerah Kota Cirebon Iwan Daryana membuka acara itu. "
            '"Kami mendukung penuh," ujar Sekda.')
    names = NameIndex.build(rule_based(text))
    assert names.holder_of("Sekda", text.index("Sekda.")) == "Iwan Daryana"


def test_a_run_closed_by_an_initial_keeps_its_first_name_used_alone_elsewhere():
    text = ('"Kami menuntut klarifikasi," kata orator aksi, Alfian Tarigan P. Alfian dan rekan-rekan '
            "kemudian diterima kepala sekolah.")
    assert strip_leading_org(text, ["Alfian", "Tarigan", "P."]) == ["Alfian", "Tarigan", "P."]


def test_a_short_name_in_the_new_spelling_of_a_first_vowel_is_the_old_spelt_name():
    text = 'Ketua panitia Oetomo Prasetyo meninjau gudang. "Semua siap," kata Utomo.'
    names = NameIndex.build(rule_based(text))
    names.add("Oetomo Prasetyo")
    assert names.canonical("Utomo") == "Oetomo Prasetyo"


def test_a_runs_first_word_is_found_inside_the_run_even_when_it_is_the_word_asked_about():
    from quotes.names.index import _start_in_run
    text = "Kata Pariwisata muncul dulu. Menteri Pariwisata Budi Santoso hadir."
    run = text.index("Pariwisata Budi")
    assert _start_in_run(text, "Pariwisata", run) == run
    assert _start_in_run(text, "Budi", run) == text.index("Budi")


def test_a_clubs_words_before_a_coachs_name_are_no_part_of_it():
    from quotes.api import people
    text = ("MADRID - Pelatih Real Madrid Carlo Ancelotti memuji lini belakang timnya. "
            '"Mereka bermain disiplin," kata Ancelotti.\n\n'
            "Menteri Perdagangan Mari Elsa Pranoto hadir di Jakarta. \"Ekspor naik,\" kata Pranoto.")
    names = {e.name: e.roles[:1] for e in people(text) if e.type == "person"}
    assert names["Carlo Ancelotti"] == ("Pelatih Real Madrid",)
    assert "Mari Elsa Pranoto" in names  # one such word may be a first name


def test_a_short_form_defined_at_a_sentence_start_after_a_cue_word_is_the_organisation_alone():
    text = ("Menurut Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Kota Sukamaju, perbaikan jalan "
            "dimulai pekan depan. DPUPR menyebutkan bahwa anggaran sudah tersedia.")
    names = NameIndex.build(rule_based(text))
    assert names.canonical("DPUPR", "organization").startswith("Dinas Pekerjaan Umum dan Penataan Ruang")

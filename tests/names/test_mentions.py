from quotes.nlp.analysis import rule_based
from quotes.names.mentions import mention_from_tokens
from quotes.find.phrases import phrase_after


def mention(text, start_word):
    an = rule_based(text)
    i = next(k for k, t in enumerate(an.tokens) if t.text == start_word)
    return mention_from_tokens(an, phrase_after(an, i))


def test_titles_are_stripped_and_kept_as_role():
    m = mention('"Kami siap," kata ketua majelis hakim Darwin Sinurat.', "ketua")
    assert (m.text, m.kind) == ("Darwin Sinurat", "person")
    assert m.role == "ketua majelis hakim"


def test_pronoun_and_unnamed_phrase():
    assert mention('"Siap," kata dia.', "dia").kind == "pronoun"
    m = mention('"Siap," ujar perempuan itu.', "perempuan")
    assert (m.text, m.kind) == ("perempuan itu", "unnamed")


def test_organisation_run():
    m = mention('"Kami sudah bergerak," tulis Kepolisian Wales Selatan.', "Kepolisian")
    assert (m.text, m.kind) == ("Kepolisian Wales Selatan", "organization")


def test_places_dates_and_stray_words_name_nobody():
    from quotes.names.mentions import NOBODY

    assert mention('"Jalan ini rusak," kata warga di Balai Kota Semarang.', "Balai").kind == NOBODY
    assert mention('"Jalan ini rusak," kata warga di Kota Semarang.', "Kota").kind == NOBODY
    assert mention('"Semua berjalan," ujar Termasuk.', "Termasuk").kind == NOBODY


def test_documents_and_region_words():
    m = mention('"Pelayanan ditutup sementara," tulis surat edaran itu.', "surat")
    assert m.kind == "document"
    m = mention('"Kami siap," kata Bupati Sukabumi Darman Hakimi.', "Bupati")
    assert (m.text, m.kind) == ("Darman Hakimi", "person")
    m = mention('"Kami siap," kata Wali Kota Bandar Danu A Pratama.', "Wali")
    assert m.text == "Danu A Pratama"


def test_affiliation_words_stay_out_of_the_name():
    assert mention('"Kami siap," kata Ketua Parlemen Malaysia Anwar Rahman.', "Ketua").text == "Anwar Rahman"
    assert mention('"Kami siap," kata Ketua Fraksi Partai Maju Budi Santoso.', "Ketua").text == "Budi Santoso"


def test_lone_abbreviated_titles_and_discourse_words_are_no_description():
    from quotes.names.mentions import NOBODY

    assert mention('"Kami siap," ujar Plt.', "Plt").kind == NOBODY
    assert mention('"Kami siap," kata jaksa.', "jaksa").kind == "unnamed"
    assert mention('"Kami siap," kata seorang warga.', "seorang").kind == "unnamed"


def test_an_employer_ending_in_an_acronym_is_cut_from_the_name_after_it():
    m = mention('"Kami waspada," ujar Ketua The Fed AS Jerome Powell.', "Ketua")
    assert (m.text, m.kind) == ("Jerome Powell", "person")
    # a title, its institution and a person, read as one organisation run
    m = mention('"Kami siap," kata Wakil Ketua MPR RI Hendra Nur Salam (HNS).', "Wakil")
    assert (m.text, m.kind) == ("Hendra Nur Salam", "person")
    # one name word after the acronym: too little to tell it from a name with initials
    assert mention('"Kita bersatu," ujar Presiden RI BJ Habibie.', "Presiden").text.endswith("Habibie")


def phrase(text, words):
    """The mention read from the tokens of `words` (the phrase before a cue)."""
    an = rule_based(text)
    want = words.split()
    for i in range(len(an.tokens)):
        if [t.text for t in an.tokens[i:i + len(want)]] == want:
            return mention_from_tokens(an, list(range(i, i + len(want))))
    raise AssertionError(words)


def test_a_name_written_before_its_role_is_the_speaker():
    text = "Garut - Sri Wulandari Wali Kota Cimahi mengatakan, pasar baru dibuka pekan depan."
    m = phrase(text, "Sri Wulandari Wali Kota Cimahi")
    assert (m.text, m.kind, m.role) == ("Sri Wulandari", "person", "Wali Kota Cimahi")
    # a role before the name is read as before
    m = phrase("Wali Kota Cimahi Sri Wulandari mengatakan, pasar dibuka.", "Wali Kota Cimahi Sri Wulandari")
    assert (m.text, m.role) == ("Sri Wulandari", "Wali Kota Cimahi")


def test_an_office_named_by_its_seat_is_an_organisation():
    m = mention('"Data kami lengkap," tulis Pemkab Garut.', "Pemkab")
    assert (m.text, m.kind) == ("Pemkab Garut", "organization")
    m = mention('"Gugatan ditolak," kata PN Bandung.', "PN")
    assert (m.text, m.kind) == ("PN Bandung", "organization")
    m = mention('"Kami menunggu," kata Pihak SMAN Garut.', "Pihak")
    assert (m.text, m.kind) == ("SMAN Garut", "organization")


def test_a_pronoun_after_words_that_open_the_clause():
    text = "Lebih lanjut ia menilai jalan itu rusak."
    m = phrase(text, "Lebih lanjut ia")
    assert (m.text, m.kind) == ("ia", "pronoun")


def test_a_description_naming_its_nickname_is_that_name():
    m = mention('"Kami siap," kata pria yang akrab disapa Ujang ini, Senin.', "pria")
    assert (m.text, m.kind) == ("Ujang", "person")


def test_a_description_with_a_title_and_a_demonstrative_points_back():
    m = mention('"Kami siap," ungkap menteri asal Garut ini.', "menteri")
    assert (m.text, m.kind) == ("menteri asal Garut ini", "pronoun")


def test_the_side_of_a_country_or_region_is_its_government_a_venue_stays_a_place():
    from quotes.names.mentions import NOBODY

    m = mention('"Kami tidak terlibat," kata pihak Arab Saudi.', "pihak")
    assert (m.text, m.kind) == ("Arab Saudi", "organization")
    # a country alone is its government too (GUIDELINES.md types a speaking country "organization");
    # a city or a region alone stays a place
    assert mention('"Kami siap," ujar Arab Saudi.', "Arab").kind == "organization"
    assert mention('"Kami siap," ujar Bandung.', "Bandung").kind == NOBODY
    assert mention('"Toko tutup," ujar pihak Pasar Baru.', "pihak").kind != "organization"


def test_a_degree_after_the_name_and_a_comma_is_no_name():
    m = mention('"Kami siap," kata Ir. H. Joko Susilo, MM di Jakarta.', "Ir")
    assert (m.text, m.kind) == ("Joko Susilo", "person")


def test_a_country_as_indonesian_news_writes_it_is_cut_from_the_name_after_a_title():
    for country, name in (("Prancis", "Emmanuel Macron"), ("Rusia", "Vladimir Putin"), ("Inggris", "Keir Starmer")):
        m = mention(f'"Eropa harus bersatu," kata Presiden {country} {name}.', "Presiden")
        assert (m.text, m.kind) == (name, "person")


def test_an_account_speaks_by_its_handle_and_an_acronym_alone_is_an_organisation():
    m = mention('"Jalur sudah dibuka," tulis akun Instagram @dishub_kota.', "akun")
    assert (m.text, m.kind) == ("@dishub_kota", "person")
    m = mention('"Wabah bisa menyebar," kata WHO.', "WHO")
    assert (m.text, m.kind) == ("WHO", "organization")


def test_a_territorial_unit_is_named_by_its_territory_not_by_a_person():
    from quotes.find.phrases import phrase_before

    an = rule_based("Polda Metro Jaya menyatakan bahwa pelaku sudah ditangkap di rumahnya.")
    i = next(k for k, t in enumerate(an.tokens) if t.text == "menyatakan")
    m = mention_from_tokens(an, phrase_before(an, i))
    assert (m.text, m.kind) == ("Polda Metro Jaya", "organization")


def test_a_person_described_and_pointed_back_to_has_no_name_from_inside_the_description():
    m = mention('"Jalan rusak," kata pria asal Garut tersebut.', "pria")
    assert (m.text, m.kind) == ("pria asal Garut tersebut", "pronoun")


def test_a_noun_described_and_pointed_back_to_has_no_name_from_inside_the_description():
    m = mention('"Kami siap," ujar pemenang tiga gelar Liga 1 bersama Persija tersebut.', "pemenang")
    assert (m.text, m.kind) == ("pemenang tiga gelar Liga 1 bersama Persija tersebut", "pronoun")
    m = mention('"Harga naik," tulis perseroan berkode SNMK ini.', "perseroan")
    assert (m.text, m.kind) == ("perseroan berkode SNMK ini", "unnamed")  # an institution: the inventory's


def test_a_word_with_an_age_after_it_is_a_persons_name():
    from quotes.find.phrases import phrase_before
    an = rule_based("Darmaji (60), warga Kampung Pulo, mengatakan air naik sejak subuh.")
    i = next(k for k, t in enumerate(an.tokens) if t.text == "mengatakan")
    m = mention_from_tokens(an, phrase_before(an, i))
    assert (m.text, m.kind) == ("Darmaji", "person")


def test_javanese_noble_titles_are_no_part_of_the_name():
    for t in ('"Kami mohon doanya," ujar Kepala Sekolah Rr. Tri Wulansari.',
              '"Kami mohon doanya," ujar Kepala Sekolah Rr Tri Wulansari.',
              '"Kami mohon doanya," ujar Kepala Sekolah RM. Tri Wulansari.'):
        m = mention(t, "ujar")
        assert m is not None and (m.text, m.kind) == ("Tri Wulansari", "person"), t


def test_a_rank_alone_is_no_role_and_a_guard_is_a_title():
    m = mention('"Semua sudah kami tangani," kata Kombes Pol Rudi Hartono.', "kata")
    assert (m.text, m.role) == ("Rudi Hartono", None)
    from conftest import rules
    (q,) = rules('"Saya melihatnya," kata Sekuriti Pengadilan Negeri Surabaya, Sari Dewi.')
    assert (q.speaker, q.speaker_role) == ("Sari Dewi", "Sekuriti Pengadilan Negeri Surabaya")


def test_one_word_after_a_companys_marker_is_the_companys_name():
    from conftest import rules
    for t, org in (('"Stok aman," kata PT Pertamina dalam keterangannya, Senin (5/2).', "PT Pertamina"),
                   ('"Stok beras aman," kata Perum Bulog dalam keterangannya.', "Perum Bulog")):
        (q,) = rules(t)
        assert (q.speaker, q.speaker_type) == (org, "organization"), t
    (q,) = rules("Direktur Utama Perum Bulog Bayu Krisnamurthi menambahkan, penyaluran beras terus berjalan di pasar.")
    assert (q.speaker, q.speaker_role) == ("Bayu Krisnamurthi", "Direktur Utama Perum Bulog")


def test_an_organisation_word_and_its_field_is_an_organisation_wherever_it_stands():
    # "Kesehatan" is capitalised in news only inside official names: it is no person's name, even
    # where the article never writes it in lower case
    m = mention('"Kasus naik," tulis Kementerian Kesehatan.', "Kementerian")
    assert (m.text, m.kind) == ("Kementerian Kesehatan", "organization")
    m = mention('"Kasus naik," tulis Universitas Maju Teuku Rifaldi.', "Universitas")
    assert (m.text, m.kind) == ("Teuku Rifaldi", "person")


def test_a_country_that_speaks_is_its_government():
    m = mention('"Kami tidak terlibat," kata Iran dalam pernyataan resmi.', "Iran")
    assert (m.text, m.kind) == ("Iran", "organization")
    # the whole phrase is the country, not its last word ("Serikat" is also an organisation word)
    from quotes.names.mentions import mention_from_tokens
    an = rule_based("Amerika Serikat menuding Iran berada di balik serangan.")
    m = mention_from_tokens(an, [0, 1])
    assert (m.text, m.kind) == ("Amerika Serikat", "organization")


def test_a_source_at_an_organisation_or_a_persons_team_is_unnamed_as_written():
    for sentence, phrase in (
            ('"Ia ditangkap di rumah temannya," kata sumber Reuters.', "sumber Reuters"),
            ('"Ia datang untuk menghadiri pernikahan," kata sumber BBC Indonesia.', "sumber BBC Indonesia"),
            ('"Kami akan mengajukan banding," kata tim hukum Budi Santoso.', "tim hukum Budi Santoso")):
        m = mention(sentence, phrase.split()[0])
        assert (m.text, m.kind) == (phrase, "unnamed"), sentence


def test_a_team_with_a_name_of_its_own_keeps_it():
    # (the phrase stays what the name is read as, not the phrase as written)
    m = mention('"Temuan ini serius," kata Tim Gabungan Pencari Fakta.', "Tim")
    assert m.kind != "unnamed"
    m = mention('"Kami siap tempur," kata tim Persib Bandung.', "tim")
    assert m.kind != "unnamed"


def test_a_company_s_initials_and_the_word_of_its_trade_are_an_organisation():
    m = mention('"Pasar masih kuat," tulis RHX Sekuritas.', "RHX")
    assert (m.text, m.kind) == ("RHX Sekuritas", "organization")
    m = mention('"Pasar masih kuat," tulis Kirana Ratings.', "Kirana")
    assert (m.text, m.kind) == ("Kirana Ratings", "organization")

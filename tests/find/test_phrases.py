from conftest import phrase_words as words, token_at as at
from quotes.nlp.analysis import rule_based
from quotes.find.phrases import phrase_after, phrase_before, strip_adverbs
from quotes.find.subjects import subject_core


def test_the_phrase_after_a_cue_stops_at_a_preposition():
    an = rule_based('"Kami siap," kata Ketua KPU Hasan Basri di Jakarta.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Ketua KPU Hasan Basri"


def test_the_subject_before_a_verb_skips_a_relative_clause():
    an = rule_based("Taufik Hidayat, yang turut hadir dalam rapat itu, menjelaskan anggaran sudah cair.")
    assert words(an, phrase_before(an, at(an, "menjelaskan"))) == "Taufik Hidayat"


def test_adverbs_are_dropped_and_a_negation_reported():
    an = rule_based("Anas juga tidak mengatakan apa pun.")
    idx, negated = strip_adverbs(an, phrase_before(an, at(an, "mengatakan")))
    assert words(an, idx) == "Anas" and negated


def test_a_role_runs_over_its_connector_to_the_comma_and_the_name_after_it():
    t = '"Kami siap," ujar Komisioner Lembaga Nasional untuk Hak Anak, Dewi Anggraini.'
    an = rule_based(t)
    i = next(k for k, tok in enumerate(an.tokens) if tok.text == "ujar") + 1
    assert t[an.tokens[phrase_after(an, i)[-1]].start:].startswith("Anggraini")
    # a connector not followed by a role and a name ends the phrase as before
    t = '"Kami siap," ujar Budi Santoso untuk warga, Senin (3/2).'
    an = rule_based(t)
    i = next(k for k, tok in enumerate(an.tokens) if tok.text == "ujar") + 1
    assert [an.tokens[k].text for k in phrase_after(an, i)] == ["Budi", "Santoso"]


def test_the_subject_before_a_verb_starts_after_a_conjunction():
    an = rule_based("Harga sempat turun, tapi para pedagang mengatakan pembeli masih sepi.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "para pedagang"
    an = rule_based("Pemerintah menyebut stok aman, padahal sejumlah warga mengaku kesulitan membeli beras.")
    assert words(an, phrase_before(an, at(an, "mengaku"))) == "sejumlah warga"


def test_the_phrase_after_a_cue_runs_over_a_middle_initials_dot_not_a_sentence_end():
    an = rule_based('"Harga turun," ujar Rudi P. Wibowo di Jakarta.')
    assert words(an, phrase_after(an, at(an, "ujar") + 1)) == "Rudi P . Wibowo"
    an = rule_based('"Kami siap," kata Alfian Tarigan P. Ia lalu pergi.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Alfian Tarigan P"


def test_an_official_name_with_a_list_of_fields_runs_on_to_the_name():
    an = rule_based("Menurut Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwi Lestari, hujan turun.")
    assert words(an, phrase_after(an, at(an, "Kepala"))) == \
        "Kepala Badan Meteorologi , Klimatologi , dan Geofisika ( BMKG ) Dwi Lestari"
    # a list of people is no official name
    an = rule_based('"Kami hadir," kata Ketua RT, Budi Santoso, dan Sekretaris RT, Ani Lestari.')
    assert words(an, phrase_after(an, at(an, "Ketua"))) == "Ketua RT , Budi Santoso"


def test_an_offices_ordinal_stays_in_the_phrase():
    an = rule_based('"Kita harus bekerja keras," kata Wakil Presiden ke-13 RI Ma\'ruf Amin.')
    assert words(an, phrase_after(an, at(an, "Wakil"))) == "Wakil Presiden ke-13 RI Ma'ruf Amin"


def test_a_role_between_commas_after_a_name_is_no_subject():
    an = rule_based("Rina Marlina, Kepala Dinas Sosial Kota Bekasi, mengatakan bantuan sudah disalurkan.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Rina Marlina"
    an = rule_based("Wali Kota Bekasi, Rina Marlina, mengatakan bantuan sudah disalurkan.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Rina Marlina"
    an = rule_based("Rina Marlina selaku Ketua Panitia Pemilihan mengatakan pendaftaran sudah ditutup.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Rina Marlina"
    # a role before the commas and a rank with a name between them: the name is the subject
    an = rule_based("Kapolresta Jayapura Kota, AKBP Fredi Wanma, menegaskan bahwa situasi aman.")
    assert words(an, phrase_before(an, at(an, "menegaskan"))) == "AKBP Fredi Wanma"


def test_an_age_or_a_units_number_stays_in_the_phrase():
    an = rule_based('"Jalan rusak," tutur pria berusia 45 tahun itu.')
    assert words(an, phrase_after(an, at(an, "tutur") + 1)) == "pria berusia 45 tahun itu"
    an = rule_based('"Jalan rusak," kata Ketua RT 05 Desa Sukamaju, Oman Rohman.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Ketua RT 05 Desa Sukamaju , Oman Rohman"


def test_degrees_after_the_name_are_no_subject():
    an = rule_based("Dokter spesialis penyakit dalam dr. Imelda Sari, Sp.PD, FINASIM mengatakan stres memicu asam lambung.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))).endswith("Imelda Sari")
    an = rule_based("Guru besar kedokteran, Prof. Dr. dr. Budi Santoso, Sp.JP(K), FIHA, menjelaskan penyakit itu.")
    assert words(an, phrase_before(an, at(an, "menjelaskan"))).endswith("Budi Santoso")


def test_an_age_and_a_description_between_commas_leave_the_name_as_subject():
    an = rule_based("Darmaji (60), warga Kampung Pulo, mengatakan air naik sejak subuh.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Darmaji"


def test_who_goes_with_the_speaker_is_no_subject():
    for t in ("Kapolres Bogor AKBP Rio Anggoro, didampingi Kasat Reskrim AKP Teguh Kumara, mengatakan pelaku ditahan.",
              "Kapolres Bogor AKBP Rio Anggoro didampingi Kasat Reskrim AKP Teguh Kumara mengatakan pelaku ditahan.",
              "Kepala Dinas Bogor, Rio Anggoro, didampingi Sekretaris Dinas, Teguh Kumara, mengatakan pelaku ditahan."):
        an = rule_based(t)
        assert words(an, phrase_before(an, at(an, "mengatakan"))).endswith("Rio Anggoro"), t


def test_brackets_and_the_comma_before_the_name_are_no_words_of_the_phrase():
    t = "Menurut Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Garut, Euis Ida Wartiah, jalan akan diperbaiki."
    an = rule_based(t)
    assert words(an, phrase_after(an, at(an, "Menurut") + 1, limit=14)).endswith("Euis Ida Wartiah")


def test_after_an_honorific_the_comma_closes_the_name_not_a_role():
    an = rule_based('"Anak-anak harus diawasi," ucap Hj. Siti Aisyah, Ketua PKK Kecamatan Cibinong.')
    assert words(an, phrase_after(an, at(an, "ucap") + 1)) == "Hj . Siti Aisyah"


def test_a_role_described_in_lower_case_words_runs_to_the_name_after_the_comma():
    an = rule_based('"Anak perlu diawasi," kata dokter spesialis anak sekaligus konselor laktasi, dr. Ian Setja.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)).endswith("Ian Setja")
    an = rule_based('"Anak perlu diawasi," kata dokter itu saat ditemui di rumahnya, Senin (3/2).')
    assert "Senin" not in words(an, phrase_after(an, at(an, "kata") + 1))


def test_a_role_then_a_rank_and_name_after_the_comma_ends_before_didampingi():
    an = rule_based('"Semua sudah kami tangani," terang Irwasda Polda Sumut, Kombes Pol Rudi Hartono didampingi Kabid Humas.')
    assert words(an, phrase_after(an, at(an, "terang") + 1)).endswith("Rudi Hartono")


def test_a_described_person_is_the_name_before_the_comma_or_the_people_word_without_where():
    an = rule_based("Irfan Gunadi, salah satu warga Sukalaju dari Desa Cikaret mengatakan uang itu tidak cukup.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Irfan Gunadi"
    an = rule_based("Seorang sumber di kepolisian yang enggan disebutkan namanya mengatakan pelaku sudah diintai.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Seorang sumber"


def test_an_unnamed_speaker_stops_before_how_it_was_said():
    an = rule_based('"Setuju," jawab peserta rapat serentak. "Sudah," kata seorang warga singkat.')
    assert words(an, phrase_after(an, at(an, "jawab") + 1)) == "peserta rapat"
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "seorang warga"


def test_the_subject_before_a_verb_leaves_out_the_setting_of_the_words():
    an = rule_based("KAI melalui keterangan tertulis menyebut tiket sudah terjual.")
    assert words(an, phrase_before(an, at(an, "menyebut"))) == "KAI"
    an = rule_based("Direksi KAI, dalam keterangan tertulis, menyebut tiket sudah terjual.")
    assert words(an, phrase_before(an, at(an, "menyebut"))) == "Direksi KAI"
    an = rule_based("Budi Santoso kepada wartawan mengatakan tiket sudah terjual.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Budi Santoso"


def test_a_description_reads_on_over_its_relative_clause_to_the_demonstrative():
    an = rule_based('"Kami siap," ujar gelandang yang turun dalam 210 laga bersama Persija tersebut.')
    assert words(an, phrase_after(an, at(an, "ujar") + 1)) == (
        "gelandang yang turun dalam 210 laga bersama Persija tersebut")
    an = rule_based('"Kami siap," kata Wakil Ketua DPR itu.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Wakil Ketua DPR itu"
    an = rule_based("Sosok yang akrab disapa Awi ini mengatakan latihan sudah dimulai.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Sosok yang akrab disapa Awi ini"


def test_a_demonstrative_of_the_event_or_after_a_name_closes_no_description():
    # "dalam kegiatan tersebut" says where the named person spoke; "kejadian itu" what the witness saw
    an = rule_based('"Kami siap," kata Direktur Utama KCJ Dwi Santoso dalam kegiatan tersebut.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Direktur Utama KCJ Dwi Santoso"
    an = rule_based('"Airnya naik," kata warga yang melihat kejadian itu.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "warga"


def test_a_role_in_brackets_after_the_name_is_no_word_of_the_phrase():
    # (issue 19) the bracket holds a title and its field: the name before it speaks
    an = rule_based('"Tim sudah siap," ujar Andi Wijaya (Ketua Panitia Festival Budaya Lombok) kepada wartawan.')
    assert words(an, phrase_after(an, at(an, "ujar") + 1)) == "Andi Wijaya"
    an = rule_based("Andi Wijaya (Ketua Panitia Festival Budaya Lombok) mengatakan acara digelar tiga hari.")
    assert words(an, subject_core(an, phrase_before(an, at(an, "mengatakan")))) == "Andi Wijaya"
    # a title's short form in brackets stays inside the phrase
    an = rule_based('"Sudah cair," kata Sekretaris Daerah (Sekda) Kabupaten Bogor Asep Rahmat.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Sekretaris Daerah ( Sekda ) Kabupaten Bogor Asep Rahmat"


def test_an_apposed_office_with_dan_in_its_fields_is_no_subject():
    # (issue 20) "dan" joins the office's fields; the name before the comma is the subject
    an = rule_based("Siti Rahayu, Menteri Lingkungan Hidup dan Kehutanan periode 2014-2024, mengatakan hutan "
                    "harus dijaga.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Siti Rahayu"
    an = rule_based("Budi dan Rina, warga Desa Sukamaju, mengatakan air naik.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Budi dan Rina"


def test_a_rank_after_a_long_office_and_its_comma_opens_the_subjects_name():
    # (issue 20) the office is longer than the words read back from the comma: the rank and the
    # name after it are the subject, not the office's organisation
    an = rule_based("Ketua Pelaksana Harian Badan Narkotika Nasional Provinsi (BNNP) Bali, Brigjen Pol Rudy "
                    "Sudrajat, mengatakan peredaran narkoba meningkat.")
    assert words(an, phrase_before(an, at(an, "mengatakan"))) == "Brigjen Pol Rudy Sudrajat"

"""Descriptions that point back ("gelandang yang ... tersebut", "Wakil Ketua DPR itu", "Kantor
berita asal Prancis itu") are forms of the entry the article named before; the capitalised
words inside them are no entries of their own. Role-only mentions ("Menteri ESDM") are their
holder's.

Sentences are written for the project; names are made up.
"""
from quotes.api import extract, people

SPORT = (
    "Jakarta - Gelandang senior Persija Jakarta, Rizky Pratama, menilai timnya masih punya peluang juara.\n\n"
    '"Kami tidak boleh kehilangan poin lagi di kandang," kata Rizky Pratama.\n\n'
    '"Tim ini punya mental juara," ujar gelandang yang turun dalam 210 laga bersama Macan Kemayoran tersebut.\n\n'
    '"Saya ingin satu gelar lagi," tutur pemenang tiga gelar Liga 1 bersama Persija tersebut.\n'
)

POLITICS = (
    "Jakarta - Wakil Ketua DPR Budi Santoso meminta pemerintah menunda kenaikan tarif listrik.\n\n"
    "Sementara itu, Menteri Energi dan Sumber Daya Mineral (ESDM) Hendra Wijaya menyebut subsidi tetap berjalan.\n\n"
    '"Subsidi untuk rumah tangga miskin tidak akan dicabut," kata Hendra di Jakarta.\n\n'
    '"Pemerintah harus mendengar suara rakyat," kata Wakil Ketua DPR itu.\n\n'
    'Menteri ESDM menegaskan harga listrik industri tetap. "Tarif industri tidak berubah," kata Menteri ESDM.\n'
)

BUSINESS = (
    "Jakarta - Direktur Utama PT Sinar Makmur Tbk, Andi Kusumah, optimistis laba perseroan naik.\n\n"
    '"Penjualan kuartal pertama sudah naik 12 persen," kata Andi.\n\n'
    '"Kami akan membuka pabrik baru di Karawang," ujar eks Direktur Keuangan Bank Mandiri ini.\n'
)

CELEBRITY = (
    "Jakarta - Penyanyi Rina Maharani merilis album baru pekan ini.\n\n"
    '"Album ini saya tulis selama pandemi," kata Rina di Jakarta.\n\n'
    '"Semua lagu bercerita tentang keluarga," ujar pelantun lagu Cinta Sejati tersebut.\n'
)

AGENCY = (
    "Jakarta - Harga minyak dunia kembali naik pada perdagangan Senin.\n\n"
    '"Pasokan dari Timur Tengah masih terganggu," kata AFP mengutip seorang pedagang.\n\n'
    "Kantor berita asal Prancis itu menambahkan, harga minyak Brent naik dua persen.\n"
)


def forms_of(entries, name):
    (e,) = [e for e in entries if e.name == name]
    return [f.text for f in e.forms]


def speakers(text):
    return [(q.speaker, q.speaker_type) for q in extract(text, analyzer="rules")]


def test_a_player_described_by_what_he_won_is_the_player_quoted_before():
    entries = people(SPORT, analyzer="rules")
    forms = forms_of(entries, "Rizky Pratama")
    assert "gelandang yang turun dalam 210 laga bersama Macan Kemayoran tersebut" in forms
    assert "pemenang tiga gelar Liga 1 bersama Persija tersebut" in forms
    # the club's nickname inside the description is nobody
    assert not any(e.type == "person" and "Macan" in e.name for e in entries)
    assert speakers(SPORT)[-2:] == [("Rizky Pratama", "person")] * 2


def test_a_title_and_its_field_pointing_back_is_the_one_given_that_role():
    entries = people(POLITICS, analyzer="rules")
    # Hendra was quoted last, but the article made Budi the deputy speaker
    assert "Wakil Ketua DPR itu" in forms_of(entries, "Budi Santoso")
    got = [(q.speaker, q.speaker_mention) for q in extract(POLITICS, analyzer="rules")]
    assert ("Budi Santoso", "Wakil Ketua DPR itu") in got


def test_an_office_written_as_a_title_and_an_acronym_is_its_holder():
    entries = people(POLITICS, analyzer="rules")
    assert forms_of(entries, "Hendra Wijaya").count("ESDM") >= 2
    said = [(q.speaker, q.speaker_type) for q in extract(POLITICS, analyzer="rules") if q.speaker_mention == "ESDM"]
    assert said and all(s == ("Hendra Wijaya", "person") for s in said)


def test_an_employer_inside_a_description_is_no_person():
    entries = people(BUSINESS, analyzer="rules")
    assert "eks Direktur Keuangan Bank Mandiri ini" in forms_of(entries, "Andi Kusumah")
    assert [e.name for e in entries if e.type == "person"] == ["Andi Kusumah"]
    assert speakers(BUSINESS)[-1] == ("Andi Kusumah", "person")


def test_a_song_title_inside_a_description_is_no_person():
    entries = people(CELEBRITY, analyzer="rules")
    assert "pelantun lagu Cinta Sejati tersebut" in forms_of(entries, "Rina Maharani")
    assert not any(e.type == "person" and e.name == "Cinta Sejati" for e in entries)
    assert speakers(CELEBRITY)[-1] == ("Rina Maharani", "person")


def test_an_institution_described_is_the_organisation_quoted_before():
    entries = people(AGENCY, analyzer="rules")
    assert forms_of(entries, "AFP") == ["AFP", "Kantor berita asal Prancis itu"]
    assert "Kantor" not in [e.name for e in entries]  # the head word at the sentence start is no entry
    assert speakers(AGENCY) == [("AFP", "organization")] * 2


def test_a_witness_of_that_incident_is_no_description_pointing_back():
    text = ("Garut - Banjir merendam puluhan rumah di Kecamatan Tarogong, Senin.\n\n"
            '"Airnya naik cepat sekali," kata warga yang melihat kejadian itu.\n')
    assert speakers(text) == [("warga", "unnamed")]


def test_a_description_reads_on_over_a_plus_sign_to_its_demonstrative():
    text = ("Bandung - Pelari senior Dimas Prasetyo menyelesaikan maraton Bandung dalam waktu tiga jam.\n\n"
            '"Usia bukan halangan untuk tetap berlari," kata Dimas.\n\n'
            '"Kami berlatih setiap Minggu pagi," ujar eks Ketua Klub Lari 40+ Bandung ini.\n')
    assert "eks Ketua Klub Lari 40+ Bandung ini" in forms_of(people(text, analyzer="rules"), "Dimas Prasetyo")


def test_a_title_alone_is_the_one_given_that_title_not_its_seat():
    text = ("Garut - Kapolres Garut, AKBP Dedi Santoso, mengatakan dua pelaku pencurian sepeda motor sudah "
            'ditangkap.\n\n"Keduanya kami tangkap di rumah kontrakan," ucap Kapolres.\n')
    assert "Kapolres" in forms_of(people(text, analyzer="rules"), "Dedi Santoso")
    assert speakers(text)[-1] == ("Dedi Santoso", "person")


def test_a_nickname_description_is_the_person_even_where_a_scraper_glued_the_name_to_a_verb():
    text = ("Jakarta - Kepala Bidang Pembinaan Prestasi PBSI Andi Wirawanmenanggapi kabar soal pelatih asing. "
            "Ia menyebut semua pelatih sudah dievaluasi.\n\n"
            "Sosok yang akrab disapa Awi ini mengatakan, latihan di pelatnas sudah dimulai sejak Senin.\n")
    entries = people(text, analyzer="rules")
    assert "Sosok yang akrab disapa Awi ini" in forms_of(entries, "Andi Wirawan")
    assert not any(e.name.startswith("Andi Wirawanm") for e in entries)


def test_an_acronym_given_as_a_nickname_is_a_person():
    text = ("Bandung - Masa pengenalan lingkungan sekolah dimulai pekan ini di seluruh Jawa Barat.\n\n"
            "Menurut pria yang akrab disapa RKS ini, sekolah harus menjadi tempat yang ramah bagi anak.\n")
    assert {e.name: e.type for e in people(text, analyzer="rules")}.get("RKS") == "person"


def test_a_boss_or_a_keeper_described_is_the_person_named_before():
    text = ("Jakarta - Presiden Direktur PT Maju Jaya Tbk Hendro Gunawan menargetkan penjualan naik 15 persen.\n\n"
            '"Kami akan menambah tiga pabrik baru," kata bos PT Maju Jaya itu.\n')
    assert "bos PT Maju Jaya itu" in forms_of(people(text, analyzer="rules"), "Hendro Gunawan")
    text = ("Bandung - Kiper senior Made Wirawan resmi pensiun dari sepak bola profesional.\n\n"
            '"Saya berterima kasih kepada semua bobotoh," ujar kiper yang pernah membela Persib Bandung itu.\n')
    assert speakers(text) == [("Made Wirawan", "person")]
    assert "kiper yang pernah membela Persib Bandung itu" in forms_of(people(text, analyzer="rules"), "Made Wirawan")


def test_a_title_alone_in_a_description_is_the_one_quoted_with_that_role_not_the_last_quoted():
    text = ("Bandung - Pelatih Persib Bandung Bojan Hodak puas dengan hasil imbang melawan Persija.\n\n"
            '"Para pemain sudah bekerja keras," kata Bojan.\n\n'
            'Kapten tim Marc Klok juga menilai timnya tampil baik. "Kami tidak menyerah sampai akhir," ujar Marc.\n\n'
            '"Kami akan memperbaiki lini belakang," ujar pelatih asal Kroasia itu.\n')
    assert "pelatih asal Kroasia itu" in forms_of(people(text, analyzer="rules"), "Bojan Hodak")
    assert speakers(text)[-1] == ("Bojan Hodak", "person")


def test_a_title_only_mention_goes_to_the_person_with_that_title_whoever_else_is_near():
    # the role-book rules persons out by the words near their name before reading their role:
    # the holder must still be found when another person stands between
    import quotes
    text = ("GARUT - Kapolres Garut AKBP Dedi Santoso memimpin razia, Senin (3/2/2025). Razia diikuti warga "
            "Desa Sukamaju, Joko Hartono, yang membantu petugas.\n\n"
            '"Kami akan terus razia," ucap Kapolres.')
    (r,) = [r for r in quotes.extract(text, analyzer="rules", published="2025-02-03") if "terus razia" in r.text]
    assert r.speaker == "Dedi Santoso"


STAGE_NAME = (
    "JAKARTA - Penyanyi Rara Andini kembali merilis album baru tahun ini.\n\n"
    '"Album ini saya kerjakan selama dua tahun," kata Rara di Jakarta, Senin (3/5/2021).\n\n'
    "Bagi penyanyi bernama lengkap Andini Sekar Rarasati ini, musik adalah cara untuk bercerita.\n\n"
    '"Saya ingin lagu-lagu ini menemani pendengar," ujar Rara.\n'
)

FULL_NAME_AFTER_COMMA = (
    "JAKARTA - Aktor Dimas Angga tampil dalam film terbarunya.\n\n"
    'Dimas, yang bernama lengkap Angga Dimas Pratama, mengaku senang. "Saya belajar banyak," ujar Dimas.\n'
)

NEW_PEOPLE_BY_FULL_NAME = (
    "SURABAYA - Polisi menangkap seorang pria di Surabaya, Senin (3/5/2021).\n\n"
    '"Pelaku kami amankan bersama barang bukti," kata Kapolsek Wonokromo, Kompol Hadi Sutrisno.\n\n'
    "Pria bernama lengkap Joko Purnomo itu kini ditahan polisi.\n\n"
    'Seorang warga bernama lengkap Siti Aminah, mengaku melihat kejadian itu. "Saya kaget," kata Siti.\n'
)


def test_a_stage_name_is_the_full_name_the_article_gives_with_bernama_lengkap():
    entries = people(STAGE_NAME)
    (e,) = [e for e in entries if e.type == "person"]
    assert e.name == "Andini Sekar Rarasati"
    assert "Rara" in [f.text for f in e.forms]
    assert set(speakers(STAGE_NAME)) == {("Andini Sekar Rarasati", "person")}
    (e,) = [e for e in people(FULL_NAME_AFTER_COMMA) if e.type == "person"]
    assert e.name == "Angga Dimas Pratama"


def test_a_full_name_that_shares_nothing_or_introduces_somebody_renames_nobody():
    names = {e.name for e in people(NEW_PEOPLE_BY_FULL_NAME) if e.type == "person"}
    assert {"Hadi Sutrisno", "Joko Purnomo", "Siti Aminah"} <= names


def test_a_clause_head_is_searched_only_where_a_clause_opens_with_the_same_answer():
    import random

    from quotes.names.described import _CLAUSE_HEAD, _clause_head

    def same(a, b):
        return (a is None) == (b is None) and (a is None or (a.span(), a.groups()) == (b.span(), b.groups()))

    text = ("Rapat berlangsung lama. Politikus Partai Maju tersebut menilai tarif naik, sedangkan "
            "kapten tim itu memilih diam.\nWakil Ketua DPR itu datang terlambat.")
    for end in range(len(text) + 1):
        for lo in (0, max(0, end - 90), max(0, end - 7)):
            assert same(_clause_head(text, lo, end), _CLAUSE_HEAD.search(text, lo, end)), (lo, end)
    rng = random.Random(2)
    pieces = ["a", "Ba", " ", "\t", "\n", ".", ",", "!", "?", "-", "_", "1", "é", "\xa0", "\r", "kata", "Ketua", "itu"]
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        end = rng.randint(0, len(t))
        lo = rng.randint(0, end)
        assert same(_clause_head(t, lo, end), _CLAUSE_HEAD.search(t, lo, end)), (t, lo, end)

from conftest import rules

from quotes.find.backref import pointed_back, pointing_cue
from quotes.nlp.analysis import rule_based
from quotes.text.paragraphs import paragraphs


def test_a_lead_attributed_by_the_next_paragraph_is_that_speakers_statement():
    t = ("Pupuk Bersubsidi Ditambah\n\n"
         "JAKARTA, KOMPAS.com - Pemerintah akan menambah kuota pupuk bersubsidi bagi petani di tiga provinsi "
         "tahun depan.\n\n"
         "Hal itu disampaikan Menteri Pertanian Budi Santoso dalam rapat kerja di Gedung DPR, Senin (2/6/2025).\n\n"
         "Ia menjelaskan, tambahan kuota mencapai 500.000 ton.")
    qs = rules(t, published="2025-06-03")
    assert [(q.kind, q.cue, q.speaker, q.text) for q in qs] == [
        ("indirect", "disampaikan", "Budi Santoso",
         "Pemerintah akan menambah kuota pupuk bersubsidi bagi petani di tiga provinsi tahun depan"),
        ("indirect", "menjelaskan", "Budi Santoso", "tambahan kuota mencapai 500.000 ton"),
    ]
    assert qs[0].date == "2025-06-02"


def test_the_sentences_before_in_the_same_paragraph_are_pointed_back_to():
    t = ("Harga cabai di pasar tradisional turun tajam dalam sepekan terakhir. Pasokan dari sentra produksi "
         "mulai pulih setelah panen raya. Hal tersebut diungkapkan oleh Kepala Dinas Perdagangan Kota Bogor, "
         "Rina Marlina, Selasa (3/6/2025).")
    (q,) = rules(t)
    assert (q.cue, q.speaker) == ("diungkapkan", "Rina Marlina")
    assert q.text == ("Harga cabai di pasar tradisional turun tajam dalam sepekan terakhir. Pasokan dari sentra "
                      "produksi mulai pulih setelah panen raya")


def test_a_statement_already_quoted_is_only_dated_by_the_pointing_sentence():
    t = ('"Stok beras aman sampai akhir tahun," kata Rina Marlina.\n\n'
         "Hal itu disampaikan Rina di Bogor, Selasa (3/6/2025).")
    (q,) = rules(t)
    assert (q.kind, q.text) == ("direct", "Stok beras aman sampai akhir tahun,")


def test_no_agent_or_no_pointing_noun_is_no_statement():
    t1 = "Jalan itu rusak parah sejak awal tahun.\n\nHal itu disampaikan dalam rapat warga, Senin (2/6/2025)."
    t2 = "Jalan itu rusak parah sejak awal tahun.\n\nPerbaikan itu disebabkan hujan deras yang turun berhari-hari."
    assert rules(t1) == [] and rules(t2) == []


def test_the_pointing_sentence_and_what_it_points_to():
    t = "BANDUNG– Pemkot membentuk tim antibegal bersama polisi.\n\nLangkah ini ditegaskan Wali Kota Budi, Rabu."
    an = rule_based(t)
    si = next(k for k, s in enumerate(an.sentences) if pointing_cue(an, s) is not None)
    start, end = pointed_back(an, paragraphs(t), si)
    assert t[start:end] == "Pemkot membentuk tim antibegal bersama polisi"


def test_other_passive_verbs_of_saying_point_back_too():
    t = ("Jumlah wisatawan ke pantai selatan naik dua kali lipat selama libur sekolah.\n\n"
         "Hal tersebut dipaparkan Kepala Dinas Pariwisata Kabupaten Sukabumi, Rina Marlina, Rabu (4/6/2025).")
    (q,) = rules(t)
    assert (q.cue, q.speaker) == ("dipaparkan", "Rina Marlina")


def test_only_the_sentences_after_the_last_statement_are_pointed_back_to():
    t = ("Pembangunan pasar itu dinilai Wali Kota Budi Santoso sebagai langkah penting bagi pedagang kecil. "
         "Selain itu, penataan parkir di sekitar pasar juga perlu segera dilakukan.\n\n"
         "Hal tersebut disampaikan Budi usai rapat koordinasi di balai kota, Senin (2/6/2025).")
    qs = rules(t)
    assert [(q.cue, q.speaker) for q in qs] == [("dinilai", "Budi Santoso"), ("disampaikan", "Budi Santoso")]
    assert qs[1].text == "Selain itu, penataan parkir di sekitar pasar juga perlu segera dilakukan"

from conftest import rules

from quotes.nlp.analysis import rule_based
from quotes.find.candidates import candidates, passives
from quotes.find.marks import find_spans
from quotes.text.paragraphs import paragraphs


def candidates_of(text):
    an = rule_based(text)
    paras = paragraphs(text)
    return an, candidates(an, paras, find_spans(text, paras))


def test_a_direct_candidate_carries_its_cue_and_the_mention_its_phrase_gives():
    t = '"Harga beras naik lagi," kata Rina Marlina di Pasar Baru.'
    an, (c,) = candidates_of(t)
    assert (c.kind, t[c.start:c.end]) == ("direct", "Harga beras naik lagi,")
    assert (c.cue.text, t[c.cue.start:c.cue.end], an.tokens[c.cue.token].text) == ("kata", "kata", "kata")
    assert (c.mention.text, c.mention.kind) == ("Rina Marlina", "person")
    assert not c.pronoun_cue and c.emit


def test_an_enclitic_cue_leaves_the_speaker_to_resolution():
    _, (c,) = candidates_of('"Kami siap," ujarnya.')
    assert c.mention is None and c.pronoun_cue and c.cue.text == "ujarnya"


def test_a_cue_with_a_noun_object_is_kept_but_not_emitted():
    _, cs = candidates_of('Rina Marlina mengungkapkan kekagumannya pada para petani muda di desa itu.\n\n'
                          '"Mereka pekerja keras," ujarnya.')
    assert [(c.kind, c.cue.text, c.emit) for c in cs] == [
        ("indirect", "mengungkapkan", False), ("direct", "ujarnya", True)]


def test_a_passive_sentence_names_whom_it_dates():
    an = rule_based("Harga naik. Hal itu disampaikan Rina Marlina dalam jumpa pers, Jumat (1/9/2023).")
    (p,) = passives(an)
    assert (p.sentence, p.cue.text, p.mention.text, p.mention.kind) == (1, "disampaikan", "Rina Marlina", "person")



def test_reported_speech_forms():
    t = ("Menurut Ajat, pekerjaan akan dilakukan pada malam hari.\n\n"
         "Ajat Rochmat menegaskan bahwa pihaknya akan menindak kontraktor nakal.\n\n"
         "Ia menjelaskan, perbaikan meliputi ruas sepanjang tiga kilometer.")
    qs = rules(t)
    assert [(q.kind, q.cue, q.text) for q in qs] == [
        ("indirect", "menurut", "pekerjaan akan dilakukan pada malam hari"),
        ("indirect", "menegaskan", "pihaknya akan menindak kontraktor nakal"),
        ("indirect", "menjelaskan", "perbaikan meliputi ruas sepanjang tiga kilometer"),
    ]
    assert {q.speaker for q in qs} == {"Ajat Rochmat"}


def test_cue_before_the_quote():
    t = 'Plt Kepala BPS Amalia Widyasanti mengatakan, "Inflasi masih terkendali."'
    (q,) = rules(t)
    assert (q.kind, q.cue, q.speaker) == ("direct", "mengatakan", "Amalia Widyasanti")


def test_titles_and_scare_quotes_are_not_quotes():
    t = 'Program "Kampung Tangguh" belum berjalan. Warna "peach" dipilih karena cerah.'
    assert rules(t) == []


def test_negated_cue_is_not_reported_speech():
    assert rules("Anas tidak mengatakan bahwa anggaran akan dipotong tahun ini.") == []


def kinds(text):
    return [(q.kind, q.text, q.cue, q.speaker) for q in rules(text)]


def test_a_reported_clause_holding_a_quoted_fragment_is_one_mixed_quote():
    assert kinds('Anas Fauzi mengatakan bahwa program itu "sangat penting" bagi daerah.') == [
        ("mixed", 'program itu "sangat penting" bagi daerah', "mengatakan", "Anas Fauzi")]
    assert kinds('Menurut Rina Marlina, kebijakan tersebut "tidak adil".') == [
        ("mixed", 'kebijakan tersebut "tidak adil"', "menurut", "Rina Marlina")]


def test_a_mixed_quote_ends_with_its_marks_before_a_cue_after_them():
    t = ('Rudi Hartono menegaskan bahwa kasus itu "pelanggaran berat, bukan sekadar kelalaian '
         'administrasi," tambahnya.')
    assert kinds(t) == [("mixed", 'kasus itu "pelanggaran berat, bukan sekadar kelalaian administrasi,"',
                         "menegaskan", "Rudi Hartono")]


def test_the_fragment_of_a_mixed_quote_is_not_a_direct_quote_of_its_own():
    _, cs = candidates_of('Dedi Kurnia menyebut bahwa banjir tahun ini "yang terparah dalam dua puluh tahun '
                          'terakhir di kampung kami," ujarnya.')
    assert [c.kind for c in cs] == ["mixed"]


def test_a_title_in_marks_keeps_the_clause_indirect_and_whole():
    assert kinds('Menurut Rudi Hartono, program "Kampung Tangguh" belum berjalan di desanya.') == [
        ("indirect", 'program "Kampung Tangguh" belum berjalan di desanya', "menurut", "Rudi Hartono")]


def test_a_sentence_of_speech_with_its_own_cue_is_not_a_fragment():
    t = 'Rudi Hartono mengatakan pihaknya siap membantu warga. "Kami sudah menyiapkan tiga posko," katanya.'
    assert [q.kind for q in rules(t)] == ["indirect", "direct"]
    assert [q.kind for q in rules('Anas Fauzi mengatakan, "Program ini sangat penting bagi daerah."')] == ["direct"]


def test_marked_finds_the_spans_opened_between_two_positions():
    from quotes.find.clauses import Marked
    from quotes.find.marks import Span

    spans = [Span(30, 40, 31, 40), Span(5, 12, 6, 12), Span(50, None, 51, 70)]
    marked = Marked.of(spans)
    assert [sp.open for sp in marked.opened_between(0, 45)] == [5, 30]
    assert [sp.open for sp in marked.opened_between(5, 50)] == [30]  # both ends excluded
    assert marked.by_open[50].close is None


def test_verbs_of_opinion_promise_and_denial_report_speech():
    t = ("Ekonom senior Lukman Hardiansyah berpandangan bahwa target pertumbuhan itu terlalu tinggi.\n\n"
         "Bupati Sarwono Adi berjanji, jalan desa yang rusak akan diperbaiki sebelum musim hujan.\n\n"
         "Kuasa hukum terdakwa menyangkal bahwa kliennya menerima uang dari kontraktor itu.")
    qs = rules(t)
    assert [(q.kind, q.cue) for q in qs] == [
        ("indirect", "berpandangan"), ("indirect", "berjanji"), ("indirect", "menyangkal")]
    assert qs[0].text == "target pertumbuhan itu terlalu tinggi"


def test_a_passive_cue_after_the_statement_names_its_speaker():
    an = rule_based("Stok beras aman sampai akhir tahun. Hal itu ditekankan Rina Marlina dalam rapat, Senin (4/3/2024).")
    (p,) = passives(an)
    assert (p.cue.text, p.mention.text) == ("ditekankan", "Rina Marlina")


def test_ministers_with_long_official_names_are_read_whole():
    t = ('"Sekolah dibuka," kata Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadia Prameswari.\n\n'
         '"Semua siap," ujar Nadia.\n\n'
         'Menurut Kepala Departemen Literasi, Inklusi Keuangan dan Komunikasi OJK, M. Ismail Rahardjo, '
         'masyarakat harus waspada.\n\n"Semua aman," ujar Menko Polhukam Hendra Wijaya di Istana.')
    got = [(q.speaker, q.speaker_role) for q in rules(t)]
    assert got == [
        ("Nadia Prameswari", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"),
        ("Nadia Prameswari", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"),
        ("M. Ismail Rahardjo", "Kepala Departemen Literasi, Inklusi Keuangan dan Komunikasi OJK"),
        ("Hendra Wijaya", "Menko Polhukam"),
    ]


def test_an_accounts_post_is_attributed_to_the_handle_not_the_platform():
    (q,) = rules('"Jalur alternatif sudah dibuka untuk kendaraan," tulis akun Instagram @dishub_kota.')
    assert (q.speaker, q.speaker_type, q.speaker_mention) == ("@dishub_kota", "person", "@dishub_kota")
    (q,) = rules("WHO memperingatkan bahwa wabah itu dapat menyebar ke lebih banyak negara.")
    assert (q.cue, q.speaker, q.speaker_type) == ("memperingatkan", "WHO", "organization")


def test_a_sentence_in_marks_after_a_quote_of_the_same_paragraph_is_speech():
    t = 'Ketua Asosiasi Pedagang Budi Santoso meninjau pasar.\n\n"Harga naik," katanya. "Stok masih aman sampai bulan depan."'
    assert [(q.kind, q.cue, q.speaker) for q in rules(t)] == [
        ("direct", "katanya", "Budi Santoso"), ("direct", None, "Budi Santoso")]
    # a title in marks inside a sentence stays no quote
    t = 'Budi menonton film "Laskar Pelangi" bersama keluarganya. "Film itu bagus sekali," katanya.'
    assert [q.text for q in rules(t)] == ["Film itu bagus sekali,"]


def test_a_cue_that_opens_the_next_quote_is_not_the_cue_of_the_one_before():
    t = ('Ketua Asosiasi Pedagang Budi Santoso meninjau pasar.\n\n'
         'Budi mengatakan, "Harga cabai naik." Ia menambahkan, "Stok masih aman sampai bulan depan."')
    assert [(q.cue, q.text) for q in rules(t)] == [
        ("mengatakan", "Harga cabai naik."), ("menambahkan", "Stok masih aman sampai bulan depan.")]


def test_menurut_skips_the_degrees_and_the_nickname_aside_after_the_name():
    from conftest import rules
    qs = rules("Menurut dokter anak dr. Rina Wulandari, Sp.A(K), demam setelah imunisasi adalah hal wajar.")
    assert [(q.speaker, q.text) for q in qs] == [("Rina Wulandari", "demam setelah imunisasi adalah hal wajar")]
    qs = rules("Menteri Keuangan Sri Mulyani hadir dalam rapat itu. Menurut Ani, sapaan akrabnya, belanja negara harus dijaga.")
    assert [(q.speaker, q.text) for q in qs] == [("Sri Mulyani", "belanja negara harus dijaga")]
def test_a_connector_or_an_adjunct_around_the_subject_leaves_the_speaker():
    t = ("Meski demikian Rina mengakui stok pupuk di gudang itu belum mencukupi kebutuhan petani.\n\n"
         "Ekonom dari LPEM Budi Santoso menilai pertumbuhan ekonomi bisa sedikit melambat tahun ini.\n\n"
         "Wali Kota Bogor Dedi Mulyana dalam kunjungannya di Pasar Anyar mengatakan, harga cabai mulai turun.")
    assert [(q.cue, q.speaker) for q in rules(t)] == [
        ("mengakui", "Rina"), ("menilai", "Budi Santoso"), ("mengatakan", "Dedi Mulyana")]


def test_a_clause_after_a_weak_verb_opens_with_its_own_subject_or_ada():
    t = ("Dari sisi pariwisata, Rina melihat ada peluang untuk mengembangkan wisata malam di pantai itu.\n\n"
         "Budi menyampaikan dirinya tidak pernah menerima laporan dari bawahannya.")
    assert [(q.cue, q.text) for q in rules(t)] == [
        ("melihat", "ada peluang untuk mengembangkan wisata malam di pantai itu"),
        ("menyampaikan", "dirinya tidak pernah menerima laporan dari bawahannya")]
    # an object stays an object
    assert rules("Budi melihat pertandingan itu dari tribun utama stadion.") == []


def test_a_passive_verb_of_judging_with_its_assessor_named_is_that_persons_statement():
    (q,) = rules("Pembangunan jalan tol itu dinilai Gubernur Budi Santoso sebagai langkah penting bagi "
                 "pemerataan ekonomi.")
    assert (q.cue, q.speaker) == ("dinilai", "Budi Santoso")
    assert q.text.startswith("Pembangunan jalan tol itu dinilai")


def test_an_agentless_judgement_goes_on_with_the_speaker_quoted_just_before():
    t = ('"Investasi harus tumbuh mendekati 6 persen," jelas ekonom Budi Santoso. Bahkan, kehadiran '
         "lembaga baru itu pun dinilai belum tentu mampu mendorong pertumbuhan.")
    qs = rules(t)
    assert [(q.kind, q.cue, q.speaker) for q in qs] == [
        ("direct", "jelas", "Budi Santoso"), ("indirect", "dinilai", "Budi Santoso")]
    # the writer's own hedge: no quote before it, or a relative clause
    assert rules("Aplikasi pendaftaran itu dinilai telah merugikan sekolah swasta di kota tersebut.") == []
    t2 = ('"Investasi harus tumbuh," jelas Budi Santoso. Warga memprotes kebijakan yang dinilai '
          "memberatkan pedagang kecil di pasar.")
    assert [q.kind for q in rules(t2)] == ["direct"]


def test_a_verb_of_saying_coordinated_after_a_comma_ends_the_clause_before_it():
    t = ("Rina juga menuding bahwa pabrik itu berdiri tanpa izin lingkungan yang sah, dan menegaskan "
         "pihaknya akan melapor ke polisi.")
    (q,) = rules(t)
    assert (q.cue, q.text) == ("menuding", "pabrik itu berdiri tanpa izin lingkungan yang sah")
    t2 = "Warga menuduh pabrik itu mencemari sungai, tetapi tidak secara langsung menuduh pemilik pabrik."
    (q2,) = rules(t2)
    assert q2.text == "pabrik itu mencemari sungai"
    # a comma and "dan" before a plain verb stay inside the clause
    (q3,) = rules("Rina mengatakan harga beras naik, dan pasokan dari petani berkurang sejak bulan lalu.")
    assert q3.text == "harga beras naik, dan pasokan dari petani berkurang sejak bulan lalu"
    # the speaker's next act that is no cue of its own ends the clause too
    (q4,) = rules("Warga menuding pabrik itu berdiri tanpa izin lingkungan yang sah, dan mempertanyakan mengapa "
                  "tidak ada pengawasan dari dinas terkait.")
    assert (q4.cue, q4.text) == ("menuding", "pabrik itu berdiri tanpa izin lingkungan yang sah")
    (q5,) = rules("Budi mengatakan perusahaan itu beroperasi tanpa izin, dan merusak hutan di sekitar desa.")
    assert q5.text == "perusahaan itu beroperasi tanpa izin, dan merusak hutan di sekitar desa"


def test_objects_that_are_no_reported_clause():
    # it points back, it relies on someone, it is an adverbial of time, it continues a visit
    assert rules("Perempuan yang akrab disapa Yuni ini mengatakan demikian mengingat harga pangan terus naik.") == []
    assert rules("Klub tuan rumah berharap pada Budi Santoso serta pemain asal Vietnam di nomor tunggal.") == []
    assert rules("Pernyataan tersebut disampaikan Budi saat memaparkan capaian 100 hari kerjanya di aula "
                 "kantor wali kota.") == []
    assert rules("Setelah inspeksi, kedua menteri melanjutkan kunjungan ke laboratorium bahasa milik TNI.") == []
    # "melanjutkan" with a comma still reports
    (q,) = rules("Budi melanjutkan, pembangunan jembatan itu akan rampung pada akhir tahun.")
    assert (q.cue, q.text) == ("melanjutkan", "pembangunan jembatan itu akan rampung pada akhir tahun")


def test_a_denial_is_no_reported_statement():
    # the gold guidelines' practice: "X membantah terlibat ..." reports no words of X's
    assert rules("Kepala dinas itu membantah terlibat dalam proyek pengadaan alat kesehatan tersebut.") == []
    assert rules("Budi menampik bahwa dirinya pernah menerima uang dari kontraktor proyek itu.") == []


def test_a_reflexive_object_or_a_list_announced_is_no_statement():
    assert rules("Para pemain nasional sudah memastikan diri ikut dalam kejuaraan di Surabaya bulan depan.") == []
    assert rules("Selain syarat itu, ia juga menyebutkan tiga syarat tambahan, di antaranya sebagai berikut:") == []


def test_an_addressee_or_a_place_before_bahwa_is_no_part_of_the_clause():
    (q,) = rules("Budi mengatakan kepada wartawan bahwa harga beras akan turun bulan depan.")
    assert (q.cue, q.text) == ("mengatakan", "harga beras akan turun bulan depan")
    (q2,) = rules("Rina menyampaikan di Bogor, Senin (2/6/2025), bahwa stok pupuk masih aman.")
    assert q2.text == "stok pupuk masih aman"


def test_a_name_set_off_by_commas_from_its_verb_is_the_speaker():
    (q,) = rules("Budi, saat ditemui di kantornya, Senin (2/6/2025), mengatakan harga beras akan turun bulan depan.")
    assert (q.cue, q.speaker, q.text) == ("mengatakan", "Budi", "harga beras akan turun bulan depan")


def test_the_importance_or_need_of_something_after_a_verb_of_saying_is_reported():
    (q,) = rules("Kepala dinas itu menyampaikan pentingnya literasi digital bagi siswa sejak dini.")
    assert (q.cue, q.text) == ("menyampaikan", "pentingnya literasi digital bagi siswa sejak dini")
    (q2,) = rules("Rina menegaskan perlunya koordinasi antardinas untuk menekan angka stunting.")
    assert (q2.cue, q2.text) == ("menegaskan", "perlunya koordinasi antardinas untuk menekan angka stunting")
    # the noun after a preposition is nobody's statement
    assert rules("Warga kini sadar akan pentingnya menabung sejak dini.") == []


def test_the_setting_of_a_statement_closing_the_sentence_is_no_part_of_the_clause():
    (q,) = rules("Budi mengatakan harga beras akan turun pekan depan saat ditemui di kantornya, Senin (3/6).")
    assert q.text == "harga beras akan turun pekan depan"
    (q2,) = rules("Budi menyebutkan ada tiga penyebab harga beras naik dalam diskusi daring di Jakarta, Rabu (5/6).")
    assert q2.text == "ada tiga penyebab harga beras naik"
    # an event inside the clause, with no day of the statement after it, is content
    (q3,) = rules("Budi mengatakan anggaran pasar itu sudah dibahas dalam rapat dengan DPRD.")
    assert q3.text == "anggaran pasar itu sudah dibahas dalam rapat dengan DPRD"


def test_berkata_lain_is_no_reported_clause():
    assert rules("Namun, Rina berkata lain dengan pernyataan menteri soal harga pupuk tersebut.") == []
    (q,) = rules("Budi mengatakan lain kali warga harus lebih berhati-hati saat menyeberang.")
    assert q.text == "lain kali warga harus lebih berhati-hati saat menyeberang"


def test_a_cue_after_question_marks_that_stand_for_a_closing_mark():
    t = '"Kawasan ini jadi ikon daerah,?? ujar Bupati Sukabumi Hendra Wijaya.'
    _, (c,) = candidates_of(t)
    assert t[c.start:c.end] == "Kawasan ini jadi ikon daerah,"
    assert (c.cue.text, c.mention.text) == ("ujar", "Hendra Wijaya")


def test_verbs_of_telling_after_a_quote_are_cues():
    for verb in ("seloroh", "celetuk", "keluh", "cerita", "pesan", "sindir"):
        _, (c,) = candidates_of(f'"Jangan lupa makan," {verb} Rina Marlina.')
        assert (c.cue.text, c.mention.text) == (verb, "Rina Marlina")


def test_a_capitalised_noun_after_the_quotes_full_stop_is_no_cue():
    _, (c,) = candidates_of('"Kami tidak menerima uang itu." Pesan berantai itu menyebar cepat.')
    assert c.cue is None
    _, (c,) = candidates_of('"Kami siap." Kata Rina Marlina.')
    assert (c.cue.text, c.mention.text) == ("Kata", "Rina Marlina")

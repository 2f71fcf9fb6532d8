import pytest
from conftest import rules


def by_text(quotes):
    return {q.text: q for q in quotes}


def test_event_date_comes_from_the_lead_and_not_for_earlier_statements():
    t = ("Judul\n\nJAKARTA – Menteri Budi Santoso meresmikan jembatan di Bogor, Selasa (8/11/2022).\n\n"
         '"Jembatan ini untuk warga," ujar Budi.\n\n'
         "Sebelumnya, Ketua DPRD Ani Lestari mengatakan anggaran jembatan sudah disetujui dewan.")
    qs = rules(t, published="2022-11-09")
    assert [(q.speaker, q.date, q.date_basis) for q in qs] == [
        ("Budi Santoso", "2022-11-08", "event"), ("Ani Lestari", None, None)]


def test_one_dateline_dates_every_statement_of_the_article():
    t = ('Banjir merendam puluhan rumah sejak Minggu malam. Hingga kemarin air belum surut.\n\n'
         '"Air masuk tengah malam," kata Wati, warga setempat.\n\n'
         '"Kami sudah membuka posko," ujar Lurah Sukamaju Dedi Kurnia saat ditemui, Senin (6/3/2023).')
    qs = by_text(rules(t, published="2023-03-06"))
    assert qs["Air masuk tengah malam,"].date == "2023-03-06"
    assert qs["Air masuk tengah malam,"].date_basis == "event"


def test_a_speaker_dated_on_two_days_leaves_undated_words_undated():
    t = ('"Kami menolak revisi itu," kata Hendra Kusnadi di Jakarta, Senin (21/7/2025).\n\n'
         '"Kami akan mengajukan uji materi," kata Hendra, Rabu (23/7/2025).\n\n'
         '"Hukum tidak boleh tajam ke bawah," ujar Hendra.')
    qs = by_text(rules(t))
    assert qs["Kami menolak revisi itu,"].date == "2025-07-21"
    assert qs["Kami akan mengajukan uji materi,"].date == "2025-07-23"
    assert qs["Hukum tidak boleh tajam ke bawah,"].date is None


def test_a_passive_back_reference_dates_the_speaker_s_statements():
    t = ('"Kami siap membantu petani," kata Rina Marlina.\n\n'
         'Hal itu disampaikan Rina dalam jumpa pers di Bandung, Jumat (1/9/2023).')
    (q,) = rules(t, published="2023-09-02")
    assert (q.speaker, q.date, q.date_text, q.date_basis) == ("Rina Marlina", "2023-09-01", "Jumat (1/9/2023)", "speaker")


def test_a_date_in_the_attribution_is_the_statement_s_own():
    t = '"Kami siap," kata Rina Marlina di Bandung, Jumat (1/9/2023).'
    (q,) = rules(t)
    assert (q.date, q.date_basis) == ("2023-09-01", "dateline")


def test_a_misprinted_year_is_read_with_the_likely_one_and_says_so():
    t = '"Sawah kami kering," kata Dedi Kurnia di Indramayu, Kamis (9/10/3025).\n\n"Kami butuh pompa," ujar Dedi.'
    qs = rules(t, published="2025-10-10")
    assert [(q.date, q.date_basis) for q in qs] == [("2025-10-09", "dateline+misprint"), ("2025-10-09", "speaker+misprint")]


def test_the_event_s_day_does_not_override_a_statement_s_own_dateline():
    t = ("Jembatan Baru di Bogor\n\nJAKARTA – Menteri Budi Santoso meresmikan jembatan di Bogor, Selasa (8/11/2022).\n\n"
         '"Jembatan ini untuk warga," ujar Budi.\n\n'
         '"Kami akan mengawasi pemeliharaannya," kata Ketua DPRD Ani Lestari di Bogor, Kamis (10/11/2022).')
    qs = by_text(rules(t, published="2022-11-10"))
    assert (qs["Jembatan ini untuk warga,"].date, qs["Jembatan ini untuk warga,"].date_basis) == ("2022-11-08", "event")
    q = qs["Kami akan mengawasi pemeliharaannya,"]
    assert (q.date, q.date_basis) == ("2022-11-10", "dateline")


def test_a_day_given_in_an_interview_is_that_speaker_s_not_an_event_s():
    t = ("Harga cabai naik tajam pekan ini.\n\n"
         '"Pasokan dari Garut berkurang," kata pedagang Rudi Hartono kepada Kompas.com, Senin (3/3/2025).\n\n'
         '"Kami masih menghitung dampaknya," ujar Kepala Dinas Perdagangan Sari Dewi.')
    qs = by_text(rules(t, published="2025-03-04"))
    assert qs["Pasokan dari Garut berkurang,"].date == "2025-03-03"
    assert qs["Kami masih menghitung dampaknya,"].date is None


def test_a_press_conference_day_still_dates_the_other_speakers():
    t = ("Banjir merendam tiga desa.\n\n"
         '"Air naik sejak subuh," kata Camat Sukamaju Dedi Kurnia kepada wartawan, Senin (3/3/2025).\n\n'
         '"Posko sudah dibuka," ujar relawan Rina Marlina.')
    qs = by_text(rules(t, published="2025-03-04"))
    assert qs["Posko sudah dibuka,"].date == "2025-03-03"


def test_a_story_time_before_the_cue_is_not_the_statement_s_day():
    t = ('"Saya tidak diculik," kata Hendra Kusnadi, Senin (9/6/2025).\n\n'
         "Terkait dua orang yang menjemputnya pada Rabu (4/6/2025), Hendra mengaku sudah lama mengenal mereka.\n\n"
         '"Kami satu organisasi," ujar Hendra.')
    qs = rules(t, published="2025-06-10")
    assert [q.date for q in qs] == ["2025-06-09", "2025-06-09", "2025-06-09"]


def test_a_day_at_the_head_of_the_sentence_frames_the_statement():
    (q,) = rules("Pada Senin (9/6/2025), Hendra Kusnadi mengatakan pihaknya akan mengajukan banding.",
                 published="2025-06-10")
    assert (q.date, q.date_basis) == ("2025-06-09", "dateline")


def test_a_paragraph_opening_with_an_earlier_day_dates_the_words_quoted_after_it():
    t = ("Laporan Kuota Haji\n\nJAKARTA – Ketua Komisi VIII Budi Santoso menilai laporan itu layak diperiksa, Jumat (20/6/2025).\n\n"
         '"Itu hak penegak hukum," kata Budi.\n\n'
         "Pada 31 Juli 2024, sekelompok mahasiswa melapor ke KPK soal pembagian kuota.\n\n"
         '"Kami mohon para terlapor segera dipanggil," kata koordinator mahasiswa, Andi Wijaya.')
    qs = by_text(rules(t, published="2025-06-20"))
    assert qs["Itu hak penegak hukum,"].date == "2025-06-20"
    q = qs["Kami mohon para terlapor segera dipanggil,"]
    assert (q.date, q.date_text, q.date_basis) == ("2024-07-31", "31 Juli 2024", "paragraph")


@pytest.mark.xfail(strict=True, reason="the date model refit after this release's name changes (cross-validated "
                   "0.889 over dated gold) gives the third speaker the passive statement's day in this close call; "
                   "strict, so that a fix is noticed")
def test_two_statement_days_leave_other_speakers_undated():
    t = ("Klarifikasi Bupati\n\n"
         "Pernyataan itu disampaikan Bupati Garut Rahmat Sudrajat dalam rapat di pendopo, Senin (16/6/2025).\n\n"
         '"Saya tidak bermaksud menyinggung siapa pun," kata Rahmat dalam video yang diterima wartawan, Jumat (20/6/2025).\n\n'
         "Tokoh pemuda Garut, Dedi Kurnia, menyatakan bahwa warga sudah menerima permintaan maaf itu.")
    qs = by_text(rules(t, published="2025-06-21"))
    assert qs["Saya tidak bermaksud menyinggung siapa pun,"].date == "2025-06-20"
    assert qs["warga sudah menerima permintaan maaf itu"].date is None


def test_a_launch_day_before_the_cue_is_the_story_s_not_the_statement_s():
    t = ("Lomba Sains Pelajar\n\nBANDUNG – Final lomba sains pelajar digelar di Bandung, Sabtu (1/2/2025).\n\n"
         "Diluncurkan pada tanggal 10 Desember 2024, Rina Marlina menyatakan bahwa lomba itu terbuka untuk "
         "pelajar di seluruh Jawa Barat.")
    (q,) = rules(t, published="2025-02-01")
    assert (q.date, q.date_basis) == ("2025-02-01", "event")


def test_a_date_long_before_publication_is_history_not_the_event_s_day():
    t = ("Judul\n\nWarga Desa Sukamaju menggelar upacara untuk mengenang 17 Agustus 1945 di lapangan desa.\n\n"
         '"Kami ingin anak-anak tahu sejarah," ujar Kepala Desa Sukamaju Dedi Kurnia, Senin (17/8/2026).\n\n'
         '"Upacara ini digelar tiap tahun," kata Ratna Sari, warga setempat.')
    qs = rules(t, published="2026-08-18")
    assert [(q.speaker, q.date) for q in qs] == [("Dedi Kurnia", "2026-08-17"), ("Ratna Sari", "2026-08-17")]
    # without a publication date nothing says the lead's day is old: it stays the event's day
    lead_only = t.replace(", Senin (17/8/2026)", "")
    assert {q.date for q in rules(lead_only)} == {"1945-08-17"}
    assert {q.date for q in rules(lead_only, published="2026-08-18")} == {None}


def test_a_record_says_where_its_date_stands_in_the_input():
    t = ("JAKARTA - Harga beras naik lagi. \"Kami pantau setiap hari,\" kata Kepala Dinas Perdagangan "
         "Rina Marlina, Jumat (1/9/2023).\n\n\"Stok masih cukup,\" ujarnya.")
    qs = rules(t)
    assert qs and all(q.date_text is None or t[q.date_start:q.date_end] == q.date_text for q in qs)
    assert qs[0].date_text == "Jumat (1/9/2023)" and qs[0].date_start == t.index("Jumat")


def test_a_day_beside_a_verb_of_saying_dates_a_statement_and_a_day_beside_an_event_does_not():
    from quotes.dating.dates import Calendar, find_dates
    from quotes.dating.statement import says_beside
    from quotes.nlp.analysis import rule_based

    t = ("Kebakaran itu terjadi pada Senin (14/3) di pasar lama. Kepala dinas Budi Santoso "
         "mengatakan, Selasa (15/3), bahwa pedagang akan dipindahkan.")
    an = rule_based(t)
    found = {m.text: says_beside(an, m) for m in find_dates(t, Calendar.of(t, None))}
    assert found == {"Senin (14/3)": False, "Selasa (15/3)": True}


def test_a_pronoun_back_reference_dates_the_statement_before_it_over_a_release_day():
    t = ("Dinas Kesehatan Gelar Senam Lansia\n\n"
         "Kepala Dinas Kesehatan Kota Depok Maya Safitri menjelaskan warga lanjut usia perlu rutin memeriksakan tekanan darah. "
         "Hal tersebut diungkapkan olehnya ketika membuka senam lansia di Alun-alun Depok, Kamis (16/10/2025).\n\n"
         '"Pemeriksaan rutin membuat penyakit lebih cepat ketahuan," kata Maya dalam keterangan tertulis, '
         "Jumat (17/10/2025).\n\n"
         '"Puskesmas kami buka sampai sore," ujarnya.')
    qs = by_text(rules(t, published="2025-10-17"))
    assert qs["Pemeriksaan rutin membuat penyakit lebih cepat ketahuan,"].date == "2025-10-16"
    assert qs["Puskesmas kami buka sampai sore,"].date == "2025-10-16"


def test_a_release_day_stands_when_no_other_day_is_told():
    t = ('"Pemeriksaan rutin membuat penyakit lebih cepat ketahuan," kata Maya Safitri dalam keterangan tertulis, '
         "Jumat (17/10/2025).")
    (q,) = rules(t, published="2025-10-17")
    assert (q.date, q.date_basis) == ("2025-10-17", "dateline")


def test_a_release_day_that_yielded_is_not_the_article_s_day():
    t = ("Dinas Kesehatan Gelar Senam Lansia\n\n"
         "Ratusan warga lanjut usia memadati Alun-alun Depok sejak pagi.\n\n"
         "Mereka mengikuti senam bersama dan pemeriksaan kesehatan gratis.\n\n"
         "Kepala Dinas Kesehatan Kota Depok Maya Safitri menjelaskan warga lanjut usia perlu rutin memeriksakan "
         "tekanan darah. Hal tersebut diungkapkan olehnya ketika membuka senam lansia di Alun-alun Depok, Kamis (16/10/2025).\n\n"
         '"Pemeriksaan rutin membuat penyakit lebih cepat ketahuan," kata Maya dalam keterangan tertulis, '
         "Jumat (17/10/2025).\n\n"
         "Sementara itu, Wali Kota Depok Rudi Hartono mengatakan puskesmas keliling akan ditambah tahun depan.")
    qs = rules(t, published="2025-10-17")
    assert [(q.speaker, q.date) for q in qs][-1] == ("Rudi Hartono", "2025-10-16")


def test_a_day_to_come_in_the_lead_is_not_the_event_s_day():
    t = ("Turnamen Voli Antarklub Digelar di Malang\n\n"
         "MALANG - Turnamen bola voli antarklub se-Jawa Timur akan digelar di GOR Ken Arok, 14-18 Maret mendatang.\n\n"
         '"Kami menargetkan dua belas klub ikut serta," kata Ketua Panitia Bambang Sutejo dalam jumpa pers, '
         "Selasa (4/3/2025).\n\n"
         '"Semua laga gratis untuk penonton," kata Bendahara Panitia Sri Wahyuni.')
    qs = by_text(rules(t))
    assert qs["Semua laga gratis untuk penonton,"].date == "2025-03-04"


def test_a_day_inside_a_speaker_s_told_words_is_an_option_for_their_undated_quotes():
    from quotes.attribution import attributed
    from quotes.nlp.analysis import rule_based

    t = ("Warga Tolak Penutupan Pasar\n\n"
         "Puluhan pedagang mendatangi kantor kecamatan untuk menolak rencana penutupan pasar.\n\n"
         "Mereka membawa spanduk dan bergantian berorasi di halaman kantor.\n\n"
         "Camat Sukajadi Hendra Wijaya menjelaskan, pertemuan dengan pedagang hari Senin (20/10) membahas "
         "jadwal relokasi sementara.\n\n"
         '"Kami tidak menutup pasar, hanya memindahkan pedagang selama renovasi," ujarnya.')
    rows, _ = attributed(rule_based(t), "t", "2025-10-22", weights="")
    options = rows[-1][2][0]
    assert [(o.kind, o.date.isoformat()) for o in options if o.kind == "content"] == [("content", "2025-10-20")]


def test_a_day_the_lead_reaches_back_to_is_not_the_event_day():
    # "setelah 12 Januari 2024 ketika ...": the story's past, months before the hearing it reports
    t = ("Judul\n\nJAKARTA - Dua terdakwa itu tidak bertemu selama lima bulan, yaitu setelah 12 Januari 2024 "
         "ketika keduanya ditangkap polisi.\n\n"
         "Hari ini keduanya dihadirkan di Pengadilan Negeri Jakarta Selatan.\n\n"
         '"Saya tidak menyangka bertemu dia di sini," kata terdakwa Joko Purnomo.')
    qs = rules(t, published="2024-06-17")
    assert qs[0].date != "2024-01-12"


def test_a_day_the_article_announces_with_nanti_is_not_the_event_day():
    t = ("Judul\n\nJAKARTA - Pameran mainan akan digelar di Senayan pada 18 hingga 20 Juli nanti.\n\n"
         '"Kami targetkan 300 peserta," kata Ketua Asosiasi Boneka Indonesia Sutrisno Wibawa.')
    qs = rules(t, published="2024-01-21")
    assert qs[0].date is None


def test_the_day_a_rule_takes_effect_is_not_the_event_day():
    t = ("Judul\n\nJAKARTA - Peraturan impor baja yang baru mulai berlaku pada 1 Februari 2024.\n\n"
         '"Pengusaha butuh waktu menyesuaikan diri," kata Ketua Asosiasi Baja Indonesia Hendra Wijaya.')
    qs = rules(t, published="2024-02-05")
    assert qs[0].date != "2024-02-01"


def test_tadi_pagi_in_the_lead_is_the_day_of_the_event():
    t = ("Judul\n\nJAKARTA - Sebuah gudang tekstil di Cakung terbakar tadi pagi.\n\n"
         '"Api muncul dari lantai dua," kata Kepala Sektor Damkar Cakung Budi Hartono kepada wartawan.')
    assert rules(t, published="2024-02-20")[0].date == "2024-02-20"


def test_no_statement_is_dated_after_publication():
    # "Rabu (13/11)" in an article published Tuesday 12 November
    t = 'Judul\n\n"Kotak suara sudah siap," kata Ketua KPU Bekasi Ali Sopyan, Rabu (13/11).\n\n"Semua lancar," ujar Ali.'
    assert all(q.date is None or q.date <= "2024-11-12" for q in rules(t, published="2024-11-12"))


def test_a_lead_day_marked_lalu_is_an_event_looked_back_on():
    t = ("Judul\n\nMEDAN - Polisi menangkap tiga remaja pelaku perampasan sepeda motor yang terjadi di "
         "Jalan Gatot Subroto, Jumat (30/5) lalu.\n\n"
         "Ketiganya kini ditahan di Polsek Bukit Lestari.\n\n"
         '"Motor korban sudah dijual," kata Kapolsek Bukit Lestari Kompol Hendra Sitorus.')
    assert rules(t, published="2025-06-10")[0].date != "2025-05-30"


def test_a_speaker_s_told_day_replaces_another_speaker_s_dateline_before():
    from quotes.attribution import attributed
    from quotes.nlp.analysis import rule_based

    t = ("Pedagang Tolak Relokasi\n\n"
         "Puluhan pedagang menolak rencana relokasi pasar.\n\n"
         '"Kami sudah menyiapkan lahan pengganti," kata Wali Kota Bandung Yana Mulyana, Jumat (17/10).\n\n'
         "Camat Sukajadi Hendra Wijaya menjelaskan, pertemuan dengan pedagang hari Senin (20/10) membahas "
         "jadwal relokasi sementara.\n\n"
         '"Kami tidak menutup pasar, hanya memindahkan pedagang selama renovasi," ujarnya.')
    rows, _ = attributed(rule_based(t), "t", "2025-10-22", weights="")
    kinds = {o.kind: o.date.isoformat() for o in rows[-1][2][0] if o.date}
    assert kinds.get("content") == "2025-10-20" and "previous" not in kinds


def test_an_earlier_occasion_after_a_connective_is_the_statement_s_own_and_not_the_speaker_s_day():
    # "Sebelumnya, pada Senin (2/6/2025), ..." heads its sentence: that statement's own day. It is a
    # past occasion, so the speaker's undated words of the reported visit keep the event's day
    t = ("Sekolah Rakyat Dibuka Juli\n\n"
         "JAKARTA - Menteri Sosial Hendra Wiratama mengunjungi calon lokasi sekolah di Bekasi, Rabu (11/6/2025).\n\n"
         'Dalam kunjungan itu, Hendra memastikan sekolah dibuka pada Juli. "Gedungnya sudah siap," katanya.\n\n'
         "Sebelumnya, pada Senin (2/6/2025), Hendra menyebut 100 sekolah akan beroperasi tahun ini.")
    qs = by_text(rules(t, published="2025-06-12"))
    assert qs["100 sekolah akan beroperasi tahun ini"].date == "2025-06-02"
    assert qs["100 sekolah akan beroperasi tahun ini"].date_basis == "dateline"
    assert qs["Gedungnya sudah siap,"].date == "2025-06-11"


def test_the_day_of_the_sentence_naming_the_speaker_just_before_their_quote_is_their_day():
    # the visit's day, in the sentence that opens the quote's paragraph, not the flood's in the lead
    t = ("Banjir Rendam Rumah di Demak\n\n"
         "DEMAK - Banjir merendam ratusan rumah di dua desa di Kecamatan Karanganyar, Selasa (10/6/2025).\n\n"
         '"Air masuk rumah tengah malam," kata Warsini, warga setempat.\n\n'
         "Bupati Demak Agus Salimun meninjau tanggul yang jebol, Kamis (12/6/2025). "
         '"Tanggul akan kami perbaiki pekan ini," kata Agus.\n\n'
         "Ia juga meminta camat mendata rumah yang rusak.")
    qs = by_text(rules(t, published="2025-06-12"))
    assert qs["Tanggul akan kami perbaiki pekan ini,"].date == "2025-06-12"
    assert qs["Air masuk rumah tengah malam,"].date == "2025-06-10"
    # in another paragraph, the day before is not the quote's occasion
    t2 = t.replace('(12/6/2025). "Tanggul', '(12/6/2025).\n\nSementara itu, warga sibuk membersihkan rumah. "Tanggul')
    qs2 = by_text(rules(t2, published="2025-06-12"))
    assert qs2["Tanggul akan kami perbaiki pekan ini,"].date_basis != "speaker"


def test_a_court_document_s_reading_day_is_not_the_day_of_the_speaker_s_questions():
    # the prosecutor's questions are of the hearing the article reports; the day the indictment was
    # read, recalled further down, dates that reading only
    t = ("Saksi Ungkap Aliran Dana Proyek Jalan\n\n"
         "Bendahara dinas, Rudi Hartono, dihadirkan sebagai saksi di Pengadilan Tipikor Bandung, "
         "Rabu (11/6/2025).\n\n"
         '"Uang itu Saudara serahkan kepada siapa?" tanya jaksa.\n\n'
         '"Kepada kepala dinas," jawab Rudi.\n\n'
         '"Terdakwa menerima uang sebesar Rp 2 miliar dari kontraktor," kata jaksa saat membacakan '
         "surat dakwaan di Pengadilan Tipikor Bandung, Senin (12/5/2025).\n\n"
         '"Uang tersebut dipakai terdakwa untuk membeli rumah," lanjut jaksa.')
    qs = by_text(rules(t, published="2025-06-11"))
    # the words that go on with the reading keep its day
    assert qs["Uang tersebut dipakai terdakwa untuk membeli rumah,"].date == "2025-05-12"
    assert qs["Terdakwa menerima uang sebesar Rp 2 miliar dari kontraktor,"].date == "2025-05-12"
    assert qs["Uang itu Saudara serahkan kepada siapa?"].date_basis != "speaker"


def test_two_people_who_share_a_name_word_do_not_share_a_day():
    t = ("RUU Perampasan Aset\n\n"
         "JAKARTA - Rapat paripurna menyetujui RUU Perampasan Aset masuk prioritas, Selasa (10/6/2025).\n\n"
         '"Ini sudah lama ditunggu masyarakat," ujar anggota Baleg Ahmad Doli Santosa saat dihubungi, Rabu (11/6/2025).\n\n'
         'Sementara itu, peneliti antikorupsi Santosa Wibowo meminta pembahasan tidak ditunda. '
         '"Jangan hanya jadi janji politik," katanya.')
    qs = by_text(rules(t, published="2025-06-12"))
    assert qs["Jangan hanya jadi janji politik,"].speaker == "Santosa Wibowo"
    assert qs["Jangan hanya jadi janji politik,"].date_basis != "speaker"


def test_a_day_between_the_speaker_and_the_verb_of_saying_is_the_statement_s_own():
    t = ("Harga Beras Turun\n\n"
         "JAKARTA - Harga beras medium di Pasar Induk Cipinang turun Rp 500 per kilogram, Rabu (11/6/2025).\n\n"
         '"Pasokan dari Jawa Tengah sudah masuk," kata pedagang beras, Sutrisno.\n\n'
         "Menteri Perdagangan Wahyu Pratama pada Senin (9/6/2025) mengatakan stok beras nasional cukup.")
    qs = by_text(rules(t, published="2025-06-12"))
    q = qs["stok beras nasional cukup"]
    assert (q.date, q.date_basis) == ("2025-06-09", "dateline")


def test_a_back_reference_dates_the_very_statement_it_points_to():
    # the viral remark was made on Monday; the clarification the article reports is Friday's
    t = ("Klarifikasi Bupati soal Ucapan Viral\n\n"
         "MALANG - Video Bupati Malang Yusuf Hidayat yang menyebut pedagang kaki lima sebagai biang macet "
         "viral di media sosial.\n\n"
         "Pernyataan tersebut disampaikan Yusuf saat membuka rapat koordinasi lalu lintas, Senin (16/6/2025).\n\n"
         '"Saya tidak bermaksud merendahkan pedagang," kata Yusuf di Pendopo Kabupaten Malang, Jumat (20/6/2025).\n\n'
         'Yusuf menegaskan pemkab tetap membina pedagang. "Mereka bagian dari ekonomi kita," ujarnya.')
    qs = by_text(rules(t, published="2025-06-20"))
    first = next(q for q in qs.values() if q.text.startswith("pedagang kaki lima"))
    assert first.date == "2025-06-16"
    assert qs["Mereka bagian dari ekonomi kita,"].date == "2025-06-20"

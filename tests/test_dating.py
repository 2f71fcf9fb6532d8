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
    t = ('"Kami menolak revisi itu," kata Hendra Gunawan di Jakarta, Senin (21/7/2025).\n\n'
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

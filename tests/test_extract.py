from conftest import rules


def by_text(quotes):
    return {q.text: q for q in quotes}


def test_verb_before_speaker_and_enclitic():
    t = ('Menteri Kesehatan Budi Santoso meninjau rumah sakit. "Layanan harus cepat," ujar Budi.\n\n'
         '"Kami tambah dokter," ujarnya.')
    qs = by_text(rules(t))
    assert qs["Layanan harus cepat,"].speaker == "Budi Santoso"
    q = qs["Kami tambah dokter,"]
    assert (q.cue, q.speaker_mention, q.speaker) == ("ujarnya", "-nya", "Budi Santoso")
    assert t[q.speaker_start:q.speaker_end] == "nya"


def test_enclitic_skips_a_person_named_only_as_a_topic():
    t = ('Kuasa hukum terdakwa, Michael Tambunan, menilai saksi tidak konsisten. '
         'Ia menyebut nama pengusaha Robert Sinaga tidak pernah diperiksa.\n\n'
         '"Klien kami tidak menerima apa pun," tegasnya.')
    q = by_text(rules(t))["Klien kami tidak menerima apa pun,"]
    assert q.speaker == "Michael Tambunan"


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


def test_quote_without_cue_continues_the_speaker():
    t = ('"Perbaikan dimulai pekan depan," ujar Iwan Setiawan.\n\n'
         '"Tahun lalu ada kontraktor yang asal-asalan. Itu tidak boleh terulang."')
    qs = rules(t)
    assert qs[1].cue is None and qs[1].speaker == "Iwan Setiawan"


def test_titles_and_scare_quotes_are_not_quotes():
    t = 'Program "Kampung Tangguh" belum berjalan. Warna "peach" dipilih karena cerah.'
    assert rules(t) == []


def test_negated_cue_is_not_reported_speech():
    assert rules("Anas tidak mengatakan bahwa anggaran akan dipotong tahun ini.") == []


def test_offsets_always_point_into_the_input():
    t = open(__file__.replace("test_extract.py", "../corpus/sidang-suap-izin.txt"), encoding="utf-8").read()
    for q in rules(t):
        assert t[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert t[q.cue_start:q.cue_end].lower() == q.cue


def test_to_frame_gives_one_row_per_quote():
    import quotes

    qs = rules('"Kami siap," ujar Anas. "Baik," kata Budi.')
    df = quotes.to_frame(qs)
    assert list(df["speaker"]) == ["Anas", "Budi"]
    assert {"start", "end", "cue", "date"} <= set(df.columns)


def test_event_date_comes_from_the_lead_and_not_for_earlier_statements():
    from quotes.analysis import rule_based
    from quotes.extract import extract_quotes

    t = ("Judul\n\nJAKARTA – Menteri Budi Santoso meresmikan jembatan di Bogor, Selasa (8/11/2022).\n\n"
         '"Jembatan ini untuk warga," ujar Budi.\n\n'
         "Sebelumnya, Ketua DPRD Ani Lestari mengatakan anggaran jembatan sudah disetujui dewan.")
    qs = extract_quotes(rule_based(t), doc_id="t", published="2022-11-09")
    assert [(q.speaker, q.date, q.date_basis) for q in qs] == [
        ("Budi Santoso", "2022-11-08", "event"), ("Ani Lestari", None, None)]

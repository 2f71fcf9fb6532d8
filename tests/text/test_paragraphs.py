from quotes.text.paragraphs import is_noise, paragraphs


def test_link_and_navigation_lines_are_noise():
    for line in ("Baca juga: Pemerintah Siapkan Pusat Data", "Halaman Selanjutnya", "BACA JUGA", "(kpl/otx)"):
        assert is_noise(line), line


def test_dropped_headline_is_noise_but_a_sentence_is_not():
    assert is_noise("PBB Dorong Negara Berkembang Perkuat Infrastruktur Desa")
    assert not is_noise("Menurut Ajat, pekerjaan akan dilakukan pada malam hari.")
    assert not is_noise("“Kami siap,” kata dia.")


def test_paragraph_offsets_point_into_the_text():
    t = "Judul\n\n  Satu dua.  \r\nTiga.\n"
    ps = paragraphs(t)
    assert [t[p.start:p.end] for p in ps] == ["Judul", "Satu dua.", "Tiga."]
    assert ps[0].noise  # the headline


def test_inline_related_headlines_are_found_and_the_next_subject_kept():
    from quotes.text.paragraphs import blank_spans, inline_noise

    t = ('Asosiasi Pedagang Pasar (APP) menolak relokasi. "Kami belum diajak bicara," kata Rahmat. '
         'Baca juga: Pemkot Siapkan Lahan Baru untuk Pedagang APP menilai lokasi baru terlalu jauh.\n\n'
         'Baca juga: Harga Bawang Merah Turun Jelang Lebaran\n\n'
         'BACA JUGA:\n\nAkhir paragraf.')
    spans = inline_noise(t)
    assert [t[s:e] for s, e in spans] == [
        "Baca juga: Pemkot Siapkan Lahan Baru untuk Pedagang",  # "APP" is used elsewhere: the subject
        "Baca juga: Harga Bawang Merah Turun Jelang Lebaran",
        "BACA JUGA:",
    ]
    blanked = blank_spans(t, spans)
    assert len(blanked) == len(t) and "APP menilai" in blanked and "Baca" not in blanked


def test_extraction_reads_past_an_inline_headline():
    from conftest import rules
    from quotes.run.engine import prepare

    t = ('Asosiasi Pedagang Pasar (APP) menggelar rapat anggota. Baca juga: Pemkot Siapkan Lahan Baru '
         'APP menilai lokasi baru terlalu jauh dari permukiman.')
    (q,) = rules(prepare(t))
    assert (q.speaker_mention, q.speaker) == ("APP", "Asosiasi Pedagang Pasar")
    assert q.text == "lokasi baru terlalu jauh dari permukiman"
    assert rules(t)[0].speaker_mention != "APP"  # without the blanking the headline swallows the subject


def test_inline_headlines_are_found_in_a_long_article():
    from quotes.text.paragraphs import inline_noise

    para = ("Harga beras naik lagi. Baca juga: Pemerintah Atur Impor Beras Bulog memprediksi harga "
            "turun, kata Budi.")
    spans = inline_noise(para)
    assert len(spans) == 1
    many = "\n\n".join([para] * 200)
    assert len(inline_noise(many)) == 200
    # every copy cut alike (the copies' own headlines count as "used elsewhere", so shorter)
    assert {many[s:e] for s, e in inline_noise(many)} == {"Baca juga: Pemerintah Atur"}


def test_a_syndication_line_is_blanked_and_its_headline_names_nobody():
    from quotes.text.paragraphs import blank_spans, inline_noise

    t = ('"Kami mendukung penuh," ucap Hendra.\n\n'
         "Artikel ini telah tayang di Wartakota.com dengan judul Hendra Wijaya Dukung Kebijakan Menteri,")
    spans = inline_noise(t)
    assert [t[a:b] for a, b in spans] == [t[t.index("Artikel"):]]
    cleaned = blank_spans(t, spans)
    assert "Dukung" not in cleaned and len(cleaned) == len(t)
    assert cleaned.startswith('"Kami mendukung penuh," ucap Hendra.')


def test_a_linked_sentence_that_lost_its_full_stop_is_no_headline():
    assert not is_noise("Sebelumnya, Budi menegaskan bahwa pemerintah akan menanggung biaya perbaikan jalan")
    assert is_noise("Sebelumnya, Budi Tegaskan Pemerintah Tanggung Biaya", first=True)

from quotes.text import is_noise, paragraphs


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

from stanza.utils.conll import CoNLL

from quotes.nlp.analysis import from_stanza, rule_based
from quotes.attribution import extract_quotes

CONLLU = """# text = "Kami siap," ujarnya.
1\t"\t"\tPUNCT\t_\t_\t4\tpunct\t_\tstart_char=0|end_char=1|SpaceAfter=No|ner=O
2\tKami\tkami\tPRON\t_\t_\t3\tnsubj\t_\tstart_char=1|end_char=5|ner=O
3\tsiap\tsiap\tADJ\t_\t_\t6\tccomp\t_\tstart_char=6|end_char=10|SpaceAfter=No|ner=O
4\t,\t,\tPUNCT\t_\t_\t3\tpunct\t_\tstart_char=10|end_char=11|SpaceAfter=No|ner=O
5\t"\t"\tPUNCT\t_\t_\t3\tpunct\t_\tstart_char=11|end_char=12|ner=O
6-7\tujarnya\t_\t_\t_\t_\t_\t_\t_\tstart_char=13|end_char=20|SpaceAfter=No|ner=O
6\tujar\tujar\tVERB\t_\t_\t0\troot\t_\t_
7\tnya\tdia\tPRON\t_\t_\t6\tnsubj\t_\t_
8\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\tstart_char=20|end_char=21|ner=O

"""
TEXT = '"Kami siap," ujarnya.'


def doc():
    d = CoNLL.conll2doc(input_str=CONLLU)
    d.text = TEXT
    return d


def test_stanza_document_becomes_surface_tokens():
    an = from_stanza(doc(), TEXT)
    assert [t.text for t in an.tokens] == ['"', "Kami", "siap", ",", '"', "ujarnya", "."]
    ujar = an.tokens[5]
    assert (ujar.lemma, ujar.upos, ujar.nya) == ("ujar", "VERB", True)
    assert an.tokens[2].head == 5  # "siap" hangs on the token "ujarnya"
    assert an.neural


def test_extraction_from_a_stanza_document():
    (q,) = extract_quotes(from_stanza(doc(), TEXT), doc_id="d")
    assert (q.text, q.cue, q.speaker_mention) == ("Kami siap,", "ujarnya", "-nya")


def test_rule_based_sentences_keep_closing_marks():
    an = rule_based('"Kami siap." Anas pergi. Dr. Budi datang.')
    assert [TEXT_ for TEXT_ in (an.text[s.start:s.end] for s in an.sentences)] == [
        '"Kami siap."', "Anas pergi.", "Dr. Budi datang."]


def test_words_glued_by_a_scraper_are_two_tokens_brands_stay_whole():
    from quotes.nlp.analysis import rule_based

    t = "MenurutClaim, lonjakan terasa. Ia berkata kepadaBerliner Zeitung. YouTube dan iPhone laku."
    an = rule_based(t)
    words = [tok.text for tok in an.tokens]
    assert words[:2] == ["Menurut", "Claim"] and "kepada" in words and "Berliner" in words
    assert "YouTube" in words and "iPhone" in words
    assert all(t[tok.start:tok.end] == tok.text for tok in an.tokens)  # offsets still slice the text


def _words(an):
    assert all(an.text[tok.start:tok.end] == tok.text for tok in an.tokens)  # offsets slice the text
    return [tok.text for tok in an.tokens]


def _sentences(an):
    return [an.text[s.start:s.end] for s in an.sentences]


def test_a_stop_glued_to_the_next_sentence_is_split_and_ends_the_sentence():
    t = ("Rapat dipimpin Hendra Wijaksono.Belakangan ia mundur. Warga memilih Sutarmi.Dia dikenal tegas. "
         "Harga beras naik, katanya.Pihaknya menunggu data.")
    an = rule_based(t)
    words = _words(an)
    assert words[2:6] == ["Hendra", "Wijaksono", ".", "Belakangan"]
    assert ["Sutarmi", ".", "Dia"] == words[words.index("Sutarmi"):words.index("Sutarmi") + 3]
    assert ["katanya", ".", "Pihaknya"] == words[words.index("katanya"):words.index("katanya") + 3]
    assert _sentences(an) == ["Rapat dipimpin Hendra Wijaksono.", "Belakangan ia mundur.", "Warga memilih Sutarmi.",
                              "Dia dikenal tegas.", "Harga beras naik, katanya.", "Pihaknya menunggu data."]


def test_initials_domains_numbers_and_abbreviations_keep_their_dot():
    t = ("M.Ridwan membaca KOMPAS.com, detik.com dan TEMPO.CO tentang 1.000 warga P.hd di Jl.Merdeka, "
         "Kab.Garut, perkara Pid.Sus milik Sdr.Yanto.")
    an = rule_based(t)
    words = _words(an)
    for whole in ("M.Ridwan", "KOMPAS.com", "detik.com", "TEMPO.CO", "1.000", "P.hd", "Jl.Merdeka", "Kab.Garut",
                  "Pid.Sus", "Sdr.Yanto"):
        assert whole in words
    assert len(an.sentences) == 1


def test_a_name_glued_to_the_word_after_it_is_split():
    t = ('Camat Tamrin Lubis meninjau banjir. "Warga sudah dievakuasi," Lubismenegaskan. '
         'Ketua RT, Rudi, ikut hadir. Rudiberkata posko dibuka. Sekretaris desa Harjonoyang baru dilantik datang.')
    an = rule_based(t)
    words = _words(an)
    assert ["Lubis", "menegaskan"] == words[words.index("menegaskan") - 1:words.index("menegaskan") + 1]
    assert ["Rudi", "berkata"] == words[words.index("berkata") - 1:words.index("berkata") + 1]
    # no other "Harjono" in the text, and "yang" is no verb of saying: left whole
    assert "Harjonoyang" in words
    (q,) = extract_quotes(an, doc_id="d")
    assert (q.cue, q.speaker_mention) == ("menegaskan", "Lubis")


def test_a_glued_name_splits_where_the_article_writes_the_name_alone():
    # "Tam" + "berkata" would also read as a name and a verb of saying; "Tamber" is the name written here
    an = rule_based("Pelatih Andi Tamber memimpin latihan. Tamberkata timnya siap bertanding.")
    assert _words(an)[6:8] == ["Tamber", "kata"]
    # "Harjono" alone elsewhere makes "Harjonoyang" a name and "yang"
    an = rule_based("Harjono datang pagi. Sekretaris desa Harjonoyang baru dilantik ikut rapat.")
    assert "Harjonoyang" not in _words(an) and ["Harjono", "yang"] == _words(an)[6:8]


def test_capitalised_words_and_places_are_not_split_as_glued_names():
    t = ("Bersama warga, ia datang. Berkata jujur itu sulit. Pemerintah menunggu. Sementara itu, harga naik. "
         "Kemudian rapat dimulai. Selanjutnya ia pulang. Menurutnya, semua aman. Warga Pontianak, Pekanbaru dan "
         "Kendari tiba di Kalimantan. Pekanbaru tetap ramai, sedangkan Kota Kotabaru sepi.")
    words = _words(rule_based(t))
    for whole in ("Bersama", "Berkata", "Pemerintah", "Sementara", "Kemudian", "Selanjutnya", "Menurutnya",
                  "Pontianak", "Pekanbaru", "Kendari", "Kalimantan", "Kotabaru"):
        assert whole in words


def test_paragraph_by_paragraph_segmentation_splits_the_same_way():
    # the hybrid analyzer segments one paragraph at a time, reading the whole text for names
    from quotes.nlp.analysis import segment

    t = "Ketua koperasi Sri Handayani membuka rapat.Dia lalu pergi.\n\nSetelah itu Handayanimengatakan kas aman."
    cut = t.index("\n\n")
    tokens, sentences = [], []
    segment(t, 0, cut, tokens, sentences)
    segment(t, cut + 2, len(t), tokens, sentences)
    an = rule_based(t)
    assert [(x.text, x.start, x.end, x.sent) for x in tokens] == [(x.text, x.start, x.end, x.sent) for x in an.tokens]
    assert sentences == list(an.sentences)
    assert "Handayani" in [x.text for x in tokens[-5:]] and "mengatakan" in [x.text for x in tokens]


def test_an_acronym_glued_to_the_name_after_it_is_two_tokens():
    text = "Wakil Ketua MPR RIHendra Nur Salam hadir bersama Menteri ESDMBagus Laksana di kantor PDIPerjuangan."
    toks = [(t.text, text[t.start:t.end]) for t in rule_based(text).tokens]
    assert all(a == b for a, b in toks)
    words = [a for a, _ in toks]
    assert words[3:6] == ["RI", "Hendra", "Nur"] and "ESDM" in words and "Bagus" in words
    assert words[-3:-1] == ["PDI", "Perjuangan"]
    # an acronym alone, a domain, a capital and one or two lower-case letters stay whole
    kept = [t.text for t in rule_based("Data BPS dan TVRI dari KOMPAS.com untuk CEOs baru.").tokens]
    assert "BPS" in kept and "TVRI" in kept and "KOMPAS.com" in kept and "CEOs" in kept


def test_an_acronym_glued_to_a_known_word_splits_after_the_acronym():
    an = rule_based("Laporan itu dikutip BBCmenyebut, lalu LSIdalam survei terbarunya.")
    words = [t.text for t in an.tokens]
    assert words[3:5] == ["BBC", "menyebut"]
    assert words[7:9] == ["LSI", "dalam"]
    # an acronym before a name still splits before the name's capital
    assert [t.text for t in rule_based("Menteri ESDMBudi hadir.").tokens][1:3] == ["ESDM", "Budi"]


def test_an_acting_officials_abbreviation_does_not_end_the_sentence():
    an = rule_based('"Itu cukup," kata Plt. Kepala Dinas Pangan Rudi Hartono.')
    sents = {t.sent for t in an.tokens if t.text in ("kata", "Kepala", "Hartono")}
    assert len(sents) == 1


def test_a_name_glued_to_a_word_the_article_writes_alone_is_split():
    # "kecewa" is written on its own too, "Dadan" again: "Hermawijayakecewa" is a name and a word
    t = ("GARUT - Bupati Garut Dadan Hermawijayakecewa karena jalan provinsi rusak parah. "
         "Dadan mengaku kecewa dengan lambatnya perbaikan.")
    words = _words(rule_based(t))
    assert ["Dadan", "Hermawijaya", "kecewa", "karena"] == words[4:8]
    # the name's first word written once, the end never written alone, a word and its particle,
    # two cuts the article writes both of: left whole
    for t, whole in (("Wakil Bupati Sinta Hermawijayakecewa karena jalan rusak. Warga juga kecewa.", "Hermawijayakecewa"),
                     ("Ketua RT Sinta Purnamasari datang. Sinta ikut rapat.", "Purnamasari"),
                     ("Rombongan berkunjung ke Taman Kota dan Taman Kirtasatwa Sentosa melihat satwa langka.",
                      "Kirtasatwa"),
                     ("Tersisalah dua pilihan. Itu salah satu jalan.", "Tersisalah")):
        assert whole in _words(rule_based(t)), whole


def test_a_shared_title_glued_to_the_organisation_after_it_is_two_tokens():
    from quotes.api import extract
    text = ("BERLIN - Laporan terbaru mencatat lonjakan kasus diskriminasi.\n\n"
            '"Laporan ini sungguh mengguncang," ujar Co-CEOSentana, Rima Hanawati. Dia menyebut kasus naik.')
    assert ["Co-CEO", "Sentana"] == [t.text for t in rule_based(text).tokens if t.text in ("Co-CEO", "Sentana")]
    assert {(q.speaker, q.speaker_type) for q in extract(text, analyzer="rules")} == {("Rima Hanawati", "person")}
    # hyphenated words and short forms stay whole
    assert {"e-KTP", "Anti-Korupsi", "X-Men"} <= set(_words(rule_based("Program e-KTP dan Anti-Korupsi, X-Men.")))

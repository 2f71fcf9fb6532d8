from quotes.nlp.analysis import rule_based
from quotes.find.phrases import phrase_after, phrase_before, strip_adverbs


def words(an, idx):
    return " ".join(an.tokens[k].text for k in idx)


def at(an, word):
    return next(k for k, t in enumerate(an.tokens) if t.text == word)


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

"""Every person's name in the article, with its part in the sentence (quotes/names/persons.py)."""
from quotes.names import persons
from quotes.nlp.analysis import rule_based


def mention(an, text):
    return next(m for m in persons.person_mentions(an) if m.text == text)


def test_mention_reading_apposition_time_aside_and_age():
    an = rule_based("Budi Santoso, kuasa hukum Andi Wijaya, menyatakan gugatan akan didaftarkan. "
                    "Rapat nelayan dipimpin Darmawan Saputra. "
                    "Darmawan Saputra, pekan lalu, mengatakan harga solar naik. "
                    "Dukungan itu juga disampaikan oleh Chandra (38).")
    andi = mention(an, "Andi Wijaya")
    assert andi.oblique and not andi.subject  # inside Budi's apposition
    darmawan = [m for m in persons.person_mentions(an) if m.text == "Darmawan Saputra"][-1]
    assert darmawan.says and darmawan.subject and not darmawan.apposition
    chandra = mention(an, "Chandra")
    assert chandra.says and chandra.titled  # the agent of a passive verb of saying, with an age


def test_names_inside_direct_quotes_are_not_mentions_of_the_passage():
    t = 'Rina Marlina hadir. "Saya bertemu Budi Santoso kemarin," katanya. Dedi Kurnia menyusul.'
    an = rule_based(t)
    quote = (t.index('"Saya'), t.index(' katanya'))
    outside = [m.text for m in persons.person_mentions(an, [quote])]
    assert "Budi Santoso" not in outside and len(outside) == 2  # Rina and Dedi, however read
    assert "Budi Santoso" in [m.text for m in persons.person_mentions(an)]


def test_a_subject_introduced_by_a_description_or_with_an_age_before_its_verb():
    an = rule_based("Seorang warga Kampung Melayu, Sutrisno (52), mengaku rumahnya terendam. "
                    "Air naik cepat.")
    assert mention(an, "Sutrisno").subject
    assert mention(rule_based("Ketua RT Rina Marlina (40), menuturkan air naik cepat."), "Rina Marlina").subject

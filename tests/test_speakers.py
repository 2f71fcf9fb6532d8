from quotes.analysis import rule_based
from quotes.speakers import NameIndex, mention_from_tokens, phrase_after


def mention(text, start_word):
    an = rule_based(text)
    i = next(k for k, t in enumerate(an.tokens) if t.text == start_word)
    return mention_from_tokens(an, phrase_after(an, i))


def test_titles_are_stripped_and_kept_as_role():
    m = mention('"Kami siap," kata ketua majelis hakim Baslin Sinaga.', "ketua")
    assert (m.text, m.kind) == ("Baslin Sinaga", "person")
    assert m.role == "ketua majelis hakim"


def test_pronoun_and_unnamed_phrase():
    assert mention('"Siap," kata dia.', "dia").kind == "pronoun"
    m = mention('"Siap," ujar perempuan itu.', "perempuan")
    assert (m.text, m.kind) == ("perempuan itu", "unnamed")


def test_organisation_run():
    m = mention('"Kami sudah bergerak," tulis Kepolisian Wales Selatan.', "Kepolisian")
    assert (m.text, m.kind) == ("Kepolisian Wales Selatan", "organization")


def test_canonical_name_is_the_fullest_form_in_the_article():
    text = ("Menteri PANRB Abdullah Azwar Anas hadir. Menteri Azwar Anas juga bicara. "
            '"Kita siap," papar Anas.')
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Anas") == "Abdullah Azwar Anas"
    assert names.canonical("Azwar Anas") == "Abdullah Azwar Anas"


def test_first_name_inside_an_organisation_run():
    text = ("Direktur PT Investa Saran Mandiri Hans Kwee menilai pasar naik. "
            "Hans menyebut investor optimistis.")
    names = NameIndex.build(rule_based(text))
    assert names.canonical("Hans") == "Hans Kwee"


def test_alias_in_brackets():
    text = "Basuki Tjahaja Purnama (Ahok) datang. Ahok berkata singkat."
    assert NameIndex.build(rule_based(text)).canonical("Ahok") == "Basuki Tjahaja Purnama"

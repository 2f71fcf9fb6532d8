from quotes.analysis import rule_based
from quotes.mentions import mention_from_tokens
from quotes.phrases import phrase_after


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

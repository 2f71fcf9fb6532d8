"""A role before a name, up to the comma the name follows (quotes/find/role_runs.py)."""
from conftest import phrase_words as words, token_at as at
from quotes.find.phrases import phrase_after
from quotes.find.role_runs import role_then_name
from quotes.nlp.analysis import rule_based


def test_a_former_holders_role_then_the_name_after_the_comma():
    an = rule_based('"Penyidik masih bekerja," ujar eks penyidik KPK, Novel Baswedan.')
    k = next(k for k, t in enumerate(an.tokens) if t.text == "," and an.tokens[k - 1].text == "KPK")
    assert role_then_name(an, list(range(at(an, "eks"), k)), k)
    assert words(an, phrase_after(an, at(an, "ujar") + 1)) == "eks penyidik KPK , Novel Baswedan"


def test_a_described_role_runs_over_where_the_person_works_to_the_name():
    an = rule_based('"Saya tidak tahu," kata saksi dari PT Timah, Alwin Albar, di persidangan.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "saksi dari PT Timah , Alwin Albar"
    # no name after the comma: the phrase stops before "dari"
    an = rule_based('"Saya tidak tahu," kata saksi dari PT Timah, Senin.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "saksi"


def test_an_offices_term_before_the_comma_and_the_name():
    an = rule_based('"Saya tidak pernah menerima uang," kata Dirut PT Timah periode 2016-2021, Mochtar Riza Pahlevi.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)) == "Dirut PT Timah periode 2016-2021 , Mochtar Riza Pahlevi"


def test_a_described_role_with_an_institution_and_its_short_form_in_brackets():
    an = rule_based('"Kami senang," kata pengamat pendidikan dari Universitas Pendidikan Indonesia (UPI), '
                    'Cecep Darmawan.')
    assert words(an, phrase_after(an, at(an, "kata") + 1)).endswith("( UPI ) , Cecep Darmawan")

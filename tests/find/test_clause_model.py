"""The clause model: the cue + clause pairs the rules doubt, decided by learned weights.

Sentences are written for the project; names are made up.
"""
from quotes.find.candidates import candidates
from quotes.find.clause_model import FEATURES, says
from quotes.find.marks import find_spans
from quotes.nlp.analysis import rule_based
from quotes.text.paragraphs import paragraphs

# a verb that also takes objects, neither a comma nor "bahwa" after it, a "-nya" word: doubted
TEXT = "Pengamat ekonomi Rudi Hartono mengungkapkan kekecewaannya terhadap keputusan panitia lomba itu."


def cands(text, weights=None):
    an = rule_based(text)
    paras = paragraphs(an.text)
    return candidates(an, paras, find_spans(an.text, paras), weights)


def test_a_doubted_pair_carries_its_features_and_stays_unsaid_without_weights():
    (c,) = [c for c in cands(TEXT) if c.kind != "direct"]
    assert not c.emit and len(c.clause_row) == len(FEATURES)
    assert c.clause_row[0] == 1.0  # the bias
    assert TEXT[c.start:c.end].startswith("kekecewaannya terhadap")


def test_weights_that_read_the_pair_as_a_quote_emit_it():
    yes = [0.0] * len(FEATURES)
    yes[0] = 5.0  # a bias alone: every doubted pair is a quote
    (c,) = [c for c in cands(TEXT, yes) if c.kind != "direct"]
    assert c.emit and c.confidence > 0
    no = [0.0] * len(FEATURES)
    no[0] = -5.0
    (c,) = [c for c in cands(TEXT, no) if c.kind != "direct"]
    assert not c.emit


def test_a_pair_the_rules_accept_is_not_asked():
    text = "Pengamat ekonomi Rudi Hartono mengatakan bahwa harga beras akan turun bulan depan."
    no = [0.0] * len(FEATURES)
    no[0] = -5.0
    (c,) = [c for c in cands(text, no) if c.kind != "direct"]
    assert c.emit and c.clause_row == ()


def test_says_needs_weights():
    assert not says((1.0,) * len(FEATURES), None)
    assert says((1.0,) + (0.0,) * (len(FEATURES) - 1), (1.0,) + (0.0,) * (len(FEATURES) - 1))

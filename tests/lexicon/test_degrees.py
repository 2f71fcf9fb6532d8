"""Degrees after a name: their shapes, and where a run of them ends."""
from quotes.lexicon.degrees import degree_run, is_degree, is_specialist


def test_degree_shapes_and_words():
    for w in ("Sp.PD", "Sp.A", "Sp.P.D", "Subsp.G.E.H", "M.Kes", "S.Kom", "S.H", "FINASIM", "MM", "PhD"):
        assert is_degree(w), w
    for w in ("Budi", "Kepala", "DPR", "Bandung"):
        assert not is_degree(w), w
    assert is_specialist("Sp.OT") and not is_specialist("M.Kes")


def test_a_run_of_degrees_ends_before_the_word_after_it():
    words = ["Sari", ",", "Sp.PD", ",", "FINASIM", "mengatakan"]
    assert degree_run(words, 1) == 5
    words = ["Santoso", ",", "Sp.JP", "(", "K", ")", ",", "FIHA", ",", "menjelaskan"]
    assert degree_run(words, 1) == 8  # the comma after FIHA stays: it may close an apposition
    words = ["Loho", ",", "Sp.P.D", ",", "Subsp.G.E.H", ".", "(", "K", ")", ",", "FINASIM", "kata"]
    assert degree_run(words, 1) == 11


def test_no_degree_after_the_comma_is_no_run():
    assert degree_run(["Budi", ",", "Kepala", "Dinas"], 1) == 1
    assert degree_run(["Budi", "mengatakan"], 1) == 1

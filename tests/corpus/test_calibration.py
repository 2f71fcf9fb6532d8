from quotes.corpus.calibration import ece, reliability, share_right_at


def test_a_calibrated_set_has_no_gap_and_an_overconfident_one_has():
    calibrated = [(0.95, True)] * 19 + [(0.95, False)] + [(0.55, True)] * 11 + [(0.55, False)] * 9
    rows = reliability(calibrated)
    assert rows[9]["count"] == 20 and rows[9]["right"] == 0.95 and rows[5]["right"] == 0.55
    assert ece(rows) == 0.0
    over = [(0.95, True)] * 7 + [(0.95, False)] * 3
    assert ece(reliability(over)) == 0.25
    assert share_right_at(over) == (10, 0.7)


def test_the_edges_fall_in_the_first_and_last_bins():
    rows = reliability([(0.0, False), (1.0, True)])
    assert rows[0]["count"] == 1 and rows[9]["count"] == 1
    assert ece(reliability([])) == 0.0

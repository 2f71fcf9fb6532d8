import random

import pytest

from quotes.learn import fit_binary, fit_conditional, grouped_folds, probability


def test_binary_fit_recovers_a_known_model_and_is_deterministic():
    rnd = random.Random(0)
    true = (-0.5, 2.0, -1.0)
    rows, labels = [], []
    for _ in range(3000):
        x = (1.0, rnd.uniform(-2, 2), rnd.uniform(-2, 2))
        rows.append(x)
        labels.append(rnd.random() < probability(x, true))
    w = fit_binary(rows, labels, l2=1e-6)
    assert w == pytest.approx(true, abs=0.2)
    assert fit_binary(rows, labels, l2=1e-6) == w
    # the penalty pulls the weights towards zero
    assert sum(abs(v) for v in fit_binary(rows, labels, l2=1.0)) < sum(abs(v) for v in w)


def test_probability_is_stable_far_from_zero():
    assert probability((1.0,), (800.0,)) == 1.0 and probability((1.0,), (-800.0,)) == 0.0
    assert probability((1.0, 2.0), (0.0, 0.0)) == 0.5


def test_conditional_fit_prefers_the_feature_that_marks_the_right_option():
    # two options a decision; the right one has feature 1 set three times in four
    rnd = random.Random(1)
    examples = []
    for _ in range(400):
        right = rnd.random() < 0.75
        rows = [[1.0, 0.0], [0.0, 1.0]]
        examples.append((rows, 0 if right else 1))
    w = fit_conditional(examples, l2=1e-4)
    assert w[0] - w[1] == pytest.approx(1.0986, abs=0.2)  # log(0.75 / 0.25)


def test_folds_keep_articles_whole_and_spread_every_outlet():
    arts = [(f"{o}-{k}", o) for o in ("detik", "kompas", "tempo") for k in range(10)]
    fold_of = grouped_folds(arts, 5)
    assert set(fold_of) == {a for a, _ in arts} and set(fold_of.values()) == set(range(5))
    for outlet in ("detik", "kompas", "tempo"):
        assert {fold_of[a] for a, o in arts if o == outlet} == set(range(5))
    sizes = [list(fold_of.values()).count(f) for f in range(5)]
    assert max(sizes) - min(sizes) <= 1
    assert grouped_folds(reversed(arts), 5) == fold_of


def test_conditional_fit_weighs_examples():
    # two kinds of decisions disagree; the weighted kind wins
    a = [([[1.0, 0.0], [0.0, 1.0]], 0, 5.0)] * 10
    b = [([[1.0, 0.0], [0.0, 1.0]], 1, 1.0)] * 10
    w = fit_conditional(a + b, l2=0.1)
    assert w[0] > w[1]
    w = fit_conditional([(r, y, 1.0) for r, y, _ in a] + [(r, y, 5.0) for r, y, _ in b], l2=0.1)
    assert w[1] > w[0]


def test_conditional_fit_does_not_overshoot_on_separable_decisions_with_many_options():
    # a full Newton step from zero overshoots when a feature separates the decisions and each
    # has many options; the step is halved until the loss falls, so the fit still picks right
    rnd = random.Random(3)
    data = []
    for _ in range(200):
        n = rnd.randint(5, 40)
        rows = [[0.0, rnd.random(), float(rnd.random() < 0.3)] for _ in range(n)]
        right = rnd.randrange(n)
        rows[right][0] = 1.0
        data.append((rows, right))
    w = fit_conditional(data, l2=1e-4)
    picks = [max(range(len(r)), key=lambda k: sum(a * b for a, b in zip(r[k], w))) for r, _ in data]
    assert all(p == y for p, (_, y) in zip(picks, data))

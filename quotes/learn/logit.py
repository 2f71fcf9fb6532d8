"""Logistic regression, binary and conditional (a softmax over the options of one decision), with
an L2 penalty, fitted by Newton's method: the loss is convex, so the same data give the same
weights on any machine. Scoring (`probability`) is pure Python, for extraction time."""
from __future__ import annotations

import math
from typing import Sequence


def probability(x: Sequence[float], weights: Sequence[float]) -> float:
    """P(yes) of a binary model for the feature row `x`."""
    z = sum(a * b for a, b in zip(x, weights))
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_binary(rows: Sequence[Sequence[float]], labels: Sequence[bool], l2: float = 1.0,
               weights: Sequence[float] = (), steps: int = 100) -> tuple[float, ...]:
    """Weights maximising the mean log-likelihood of `labels` minus l2/2 |w|^2 (the first feature is
    usually a constant 1, penalised like the rest: with few examples that keeps it modest)."""
    import numpy as np

    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=float)
    sw = np.asarray(weights, dtype=float) if len(weights) else np.ones(len(y))
    n = sw.sum()
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (sw * (p - y)) / n + l2 * w
        hess = (x.T * (sw * p * (1 - p))) @ x / n + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return tuple(float(v) for v in w)


def fit_conditional(examples: Sequence[tuple], l2: float = 0.1, steps: int = 200) -> tuple[float, ...]:
    """Conditional logistic regression: for each example (the feature rows of its options, the
    index of the right one, optionally a weight), maximise the softmax probability of the right
    one, with an L2 penalty. Newton steps, halved while they do not lower the loss: with many
    options and features that separate the examples, a full step can overshoot."""
    import numpy as np

    x = np.asarray([row for e in examples for row in e[0]], dtype=float)
    sizes = np.asarray([len(e[0]) for e in examples])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    seg = np.repeat(np.arange(len(examples)), sizes)
    right = starts + np.asarray([e[1] for e in examples])
    weight = np.asarray([e[2] if len(e) > 2 else 1.0 for e in examples], dtype=float)
    n = weight.sum()
    d = x.shape[1]

    def loss_and_p(w):
        z = x @ w
        top = np.maximum.reduceat(z, starts)
        ez = np.exp(z - top[seg])
        total = np.add.reduceat(ez, starts)
        p = ez / total[seg]
        loss = (weight * (np.log(total) + top - z[right])).sum() / n + 0.5 * l2 * (w @ w)
        return loss, p

    w = np.zeros(d)
    loss, p = loss_and_p(w)
    for _ in range(steps):
        pw = p * weight[seg] / n
        mean = np.add.reduceat(p[:, None] * x, starts)  # per example: the options' expected row
        grad = (weight / n) @ mean - (weight / n) @ x[right] + l2 * w
        hess = (x.T * pw) @ x - (mean.T * (weight / n)) @ mean + l2 * np.eye(d)
        step = np.linalg.solve(hess, grad)
        for _ in range(30):
            new_loss, new_p = loss_and_p(w - step)
            if new_loss <= loss + 1e-12:
                break
            step = step / 2
        w, loss, p = w - step, new_loss, new_p
        if np.abs(step).max() < 1e-8:
            break
    return tuple(float(v) for v in w)


def softmax_pick(rows: Sequence[Sequence[float]], weights: Sequence[float]) -> int:
    """The index of the option a conditional logit model scores highest (the first on a tie)."""
    best, best_z = 0, None
    for k, x in enumerate(rows):
        z = sum(a * b for a, b in zip(x, weights))
        if best_z is None or z > best_z:
            best, best_z = k, z
    return best

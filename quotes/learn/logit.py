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
    one, with an L2 penalty."""
    import numpy as np

    d = len(examples[0][0][0])
    w = np.zeros(d)
    data = [(np.asarray(e[0], dtype=float), e[1], e[2] if len(e) > 2 else 1.0) for e in examples]
    n = sum(weight for _, _, weight in data)
    for _ in range(steps):
        grad = l2 * w
        hess = l2 * np.eye(d)
        for x, y, weight in data:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean = p @ x
            grad = grad + weight * (mean - x[y]) / n
            hess = hess + weight * (x.T @ (p[:, None] * x) - np.outer(mean, mean)) / n
        step = np.linalg.solve(hess, grad)
        w = w - step
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

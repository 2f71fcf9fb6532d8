"""Does `confidence` mean what it says? A reliability table and the expected calibration error.

For every matched record, (its confidence, whether its speaker is right). Ten equal-width bins
of confidence; per bin the count, the mean confidence and the share right; the ECE is the
count-weighted mean gap between the two. A calibrated model's records at 0.9 are right nine times
in ten.
"""
from __future__ import annotations

from typing import Iterable, Sequence


def reliability(pairs: Iterable[tuple[float, bool]], bins: int = 10) -> list[dict]:
    rows = [{"bin": f"{k / bins:.1f}-{(k + 1) / bins:.1f}", "count": 0, "confidence": 0.0, "right": 0.0}
            for k in range(bins)]
    for conf, ok in pairs:
        k = min(bins - 1, max(0, int(conf * bins)))
        rows[k]["count"] += 1
        rows[k]["confidence"] += conf
        rows[k]["right"] += 1.0 if ok else 0.0
    for r in rows:
        if r["count"]:
            r["confidence"] = round(r["confidence"] / r["count"], 4)
            r["right"] = round(r["right"] / r["count"], 4)
    return rows


def ece(rows: Sequence[dict]) -> float:
    n = sum(r["count"] for r in rows)
    if not n:
        return 0.0
    return round(sum(r["count"] * abs(r["confidence"] - r["right"]) for r in rows if r["count"]) / n, 4)


def share_right_at(pairs: Sequence[tuple[float, bool]], threshold: float = 0.9) -> tuple[int, float]:
    """How many records have confidence >= threshold, and the share of them that are right."""
    top = [ok for conf, ok in pairs if conf >= threshold]
    return len(top), round(sum(top) / len(top), 4) if top else 0.0

"""Quotes per day as chart geometry (the SVG itself is in templates/summary.html.j2).

The y axis gets round, whole-number ticks (1, 2, 5 times a power of ten) with a grid line each,
so no two ticks ever carry the same label, whatever the peak.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Mapping

import attrs

WIDTH, HEIGHT = 480, 190
SPARSE_DAYS = 60  # up to this many days, a dot on top of each bar finds the eye
MAX_TICKS = 5


@attrs.frozen
class BarMark:
    x: float
    y: float
    w: float
    h: float
    day: str
    n: int


@attrs.frozen
class Tick:
    pos: float
    label: str
    anchor: str = "end"


@attrs.frozen
class Timeline:
    width: int
    height: int
    left: float
    right: float  # x of the plot's right edge
    top: float
    base: float  # y of the x axis
    bars: tuple[BarMark, ...]
    dots: bool
    yticks: tuple[Tick, ...]
    xticks: tuple[Tick, ...]
    first: str
    last: str


def tick_step(peak: int, max_ticks: int = MAX_TICKS) -> int:
    """The smallest round whole step that needs at most `max_ticks` steps to pass `peak`."""
    peak = max(1, peak)
    power = 10 ** max(0, int(math.log10(peak)) - 1)
    while True:
        for m in (1, 2, 5):
            step = m * power
            if math.ceil(peak / step) <= max_ticks:
                return step
        power *= 10


def timeline(per_day: Mapping[str, int], width: int = WIDTH, height: int = HEIGHT) -> Timeline:
    peak = max(per_day.values())
    step = tick_step(peak)
    ymax = step * math.ceil(peak / step)
    left, right, top, bottom = 16 + 7 * len(f"{ymax:,}"), 14, 22, 26  # room for the longest label
    pw, ph = width - left - right, height - top - bottom
    base = top + ph
    days = sorted(per_day)
    d0, d1 = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (d1 - d0).days + 1
    slot = pw / span
    bw = max(4.0, min(28.0, slot * 0.8))
    bars = []
    for d in days:
        n = per_day[d]
        h = max(1.0, ph * n / ymax)
        x = left + ((date.fromisoformat(d) - d0).days + 0.5) * slot - bw / 2
        bars.append(BarMark(round(x, 1), round(base - h, 1), round(bw, 1), round(h, 1), d, n))
    yticks = tuple(Tick(round(base - ph * v / ymax, 1), f"{v:,}") for v in range(0, ymax + 1, step))
    xticks = [Tick(left, days[0], "start")]
    if span > 1:
        xticks.append(Tick(left + pw, days[-1], "end"))
    if span > 20:
        mid = date.fromordinal(d0.toordinal() + span // 2).isoformat()
        xticks.append(Tick(left + pw / 2, mid, "middle"))
    return Timeline(width, height, left, left + pw, top, base, tuple(bars), len(days) <= SPARSE_DAYS,
                    yticks, tuple(xticks), days[0], days[-1])

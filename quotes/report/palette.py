"""Speaker colours: a colour-blind-safe set, given out per article so two speakers never share one.

The colours are Paul Tol's "muted" qualitative scheme (https://personal.sron.nl/~pault/), made to
stay apart for readers with any of the three kinds of colour blindness: every pair differs by
CIEDE2000 >= 11 under simulated protanopia, deuteranopia and tritanopia (tests/test_report.py
checks this). The marks use the strong colour for underlines and legend dots and a light tint of
it as the quote's background; the strong colour is what tells speakers apart.

Nine colours cover the speakers of almost every article. In an article with more speakers, the
nine most quoted get a colour each and the rest share the neutral `more` style, which the legend
names as such; no two coloured speakers of one article ever share a colour. Colours go by rank
within the article, not by name: a speaker's colour may differ from one article to the next.
"""
from __future__ import annotations

from collections import Counter
from typing import Hashable, Iterable, Optional

# in the order they are given out: each next colour is the one farthest (CIEDE2000, over normal
# vision and the three simulated colour blindnesses) from those before it, so an article with
# few speakers gets the most distinct colours of all
PALETTE = (
    "#332288",  # indigo
    "#ddcc77",  # sand
    "#88ccee",  # cyan
    "#117733",  # green
    "#cc6677",  # rose
    "#999933",  # olive
    "#882255",  # wine
    "#44aa99",  # teal
    "#aa4499",  # purple
)
NO_SPEAKER = "#8a8f98"  # quotes without a speaker
MORE = "#b8bcc4"  # speakers past the palette in one crowded article
QUOTE_TINT = 0.6  # how far a quote's background is mixed towards white
SOFT_TINT = 0.78  # indirect quotes, a lighter background

Slot = Optional[int]  # a palette position, None for "no speaker"
MORE_SLOT = -1  # the shared style of speakers past the palette


def article_colours(keys: Iterable[Optional[Hashable]]) -> dict[Optional[Hashable], Slot]:
    """Palette slot of each speaker of one article (`keys`: the speaker key of every quote).

    The most quoted speaker gets the first colour, the next one the second, and so on (ties by
    key, so the result does not depend on record order); past the palette, `MORE_SLOT`.
    """
    counts = Counter(keys)
    slots: dict[Optional[Hashable], Slot] = {None: None}
    ranked = sorted((k for k in counts if k is not None), key=lambda k: (-counts[k], repr(k)))
    for i, key in enumerate(ranked):
        slots[key] = i if i < len(PALETTE) else MORE_SLOT
    return slots


def colour_class(slot: Slot) -> str:
    """The CSS class suffix of a slot: c0..c8, cm (more speakers), cx (no speaker)."""
    if slot is None:
        return "cx"
    return "cm" if slot == MORE_SLOT else f"c{slot}"


def colour_hex(slot: Slot) -> str:
    if slot is None:
        return NO_SPEAKER
    return MORE if slot == MORE_SLOT else PALETTE[slot]


def tint(hex_colour: str, white: float) -> str:
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(v + (255 - v) * white):02x}" for v in rgb)


def palette_css() -> str:
    """One class per colour for quotes (q*) and speaker marks (s*), appended to report.css."""
    named = [*((f"c{i}", c) for i, c in enumerate(PALETTE)), ("cm", MORE), ("cx", NO_SPEAKER)]
    return "\n".join(
        f".q{name}{{--qc:{c};--ql:{tint(c, QUOTE_TINT)};--qll:{tint(c, SOFT_TINT)}}}.s{name}{{--sc:{c}}}"
        for name, c in named
    ) + "\n"

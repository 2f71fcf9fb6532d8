"""How a predicted record is matched to a gold quote, and when two speakers or roles agree
(GUIDELINES.md): shared by the scores of the quotes (`evaluate`) and of the inventory
(`inventory_eval`)."""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon.words import is_title


def norm_name(name: Optional[str]) -> Optional[str]:
    if name is None:
        return None
    words = [w for w in re.split(r"\s+", name.strip()) if w and not is_title(w)]
    return " ".join(words).lower().strip(" ,.") or None


def same_speaker(pred: Optional[str], gold: Optional[str], lenient: bool = False) -> bool:
    a, b = norm_name(pred), norm_name(gold)
    if a == b:
        return True
    if not lenient or a is None or b is None:
        return False
    return bool(set(a.split()) & set(b.split()))


def _role_words(role: Optional[str]) -> set[str]:
    return {w for w in re.findall(r"\w+", (role or "").lower()) if len(w) > 1}


def same_role(pred: Optional[str], gold: Optional[str]) -> bool:
    """Lenient role match by word overlap (token F1 >= 0.75): a missing bracketed acronym or place
    does not fail a long title, but a title cut short ("Direktur Utama" for "Direktur Utama Perum
    Bulog", F1 0.67) does."""
    p, g = _role_words(pred), _role_words(gold)
    if not p or not g:
        return False
    inter = len(p & g)
    return 2 * inter / (len(p) + len(g)) >= 0.75


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter > 0 and inter * 2 >= union


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if overlap((p["start"], p["end"]), (g["start"], g["end"])):
                inter = min(p["end"], g["end"]) - max(p["start"], g["start"])
                pairs.append((inter, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out

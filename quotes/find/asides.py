"""What stands between a speaker's name and the verb or the clause, and is neither: degrees after
a name ("dr. Imelda Sari, Sp.PD, FINASIM"), a nickname's aside ("Ani, sapaan akrabnya,"), an
age in brackets ("Darmaji (60)"), who goes with the speaker ("didampingi ..."), and the list of
fields of an official name before "dan" ("Badan Meteorologi, Klimatologi, dan Geofisika"). The
phrase readers of `phrases` skip them; a description's relative clause up to the demonstrative
that closes it ("gelandang yang ... tersebut") they read on over. The commas they stop at are
read here too."""
from __future__ import annotations

from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.degrees import MARKS, degree_run, is_degree
from ..lexicon.places import is_place
from ..lexicon.words import DEMONSTRATIVES, ORG_WORDS, cue_for, is_title
from ..names.name_words import age_in_brackets, person_word, points_back
from ..nlp.analysis import Analysis, is_cap, is_punct


def before_degrees(an: Analysis, j: int) -> int:
    """The last token of the name before the degrees that end at token j ("Sari" of "Sari, Sp.PD,
    FINASIM"); j itself when no degrees end there."""
    toks = an.tokens
    if j < 0:
        return j
    sent = toks[j].sent
    k = j
    while k >= 0 and toks[k].sent == sent and (toks[k].text in ",.()" or toks[k].text in MARKS
                                                or is_degree(toks[k].text)):
        k -= 1
    words = [t.text for t in toks[k + 1:j + 1]]
    if k < 0 or toks[k].sent != sent or not is_cap(toks[k]) or not words or words[0] != ",":
        return j
    return k if degree_run(words, 0) == len(words) else j


def official_list_before(an: Analysis, j: int) -> int | None:
    """Where an official name's list of fields ending at the "dan" at token j opens ("Badan
    Meteorologi, Klimatologi, dan": at "Badan"); None unless capitalised items and commas run back
    to a first item that opens with an organisation word or a title."""
    toks = an.tokens
    sent = toks[j].sent
    k = j - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1  # "Klimatologi, dan Geofisika": a comma before "dan" too
    items = 0
    while k >= 0 and toks[k].sent == sent and j - k <= 14:
        if toks[k].text == "," and items:
            k -= 1
            continue
        if not is_cap(toks[k]) or toks[k].text.lower() in WEEKDAYS or toks[k].text.lower() in MONTHS:
            return None
        first = k
        while k - 1 >= 0 and toks[k - 1].sent == sent and is_cap(toks[k - 1]):
            k -= 1
            first = k
        items += 1
        low = toks[first].text.lower()
        if items >= 2 and (low in ORG_WORDS or is_title(toks[first].text)):
            return first
        k = first - 1
        if k < 0 or toks[k].text != ",":
            return None
    return None


def after_degrees(an: Analysis, j: int) -> int:
    """The comma after the degrees or the nickname's aside that follow the name at the comma j
    ("Rina Wulandari, Sp.A(K), demam ...": the comma before "demam"); j itself when none follow."""
    toks = an.tokens
    if j >= len(toks) or toks[j].text != ",":
        return j
    sent = toks[j].sent
    k = j
    while k < len(toks) and toks[k].sent == sent and k - j < 16:
        k += 1
    n = degree_run([t.text for t in toks[j:k]], 0)
    if n:
        return j + n
    lows = [t.text.lower() for t in toks[j + 1:k]]
    if lows[:2] == ["sapaan", "akrabnya"] or lows[:2] == ["sapaan", "akrab"]:
        # "Menurut Ani, sapaan akrabnya, ...", "Menurut KDM, sapaan akrab Dedi Mulyadi, ...": the
        # nickname's aside
        for n, low in enumerate(lows[2:8], start=j + 3):
            if low == ",":
                return n
            if not is_cap(toks[n]):
                break
    return j


# the words that bring in who goes with the speaker
ACCOMPANIED = frozenset("didampingi ditemani".split())


def without_age(an: Analysis, head: list[int]) -> list[int]:
    """The tokens without an age in brackets at their end ("Sutini (45)")."""
    toks = an.tokens
    if len(head) >= 4 and age_in_brackets([toks[k].text for k in head[-3:]]):
        return head[:-3]
    return head


def role_no_name(an: Analysis, idx: list[int]) -> bool:
    """"Wakil Ketua DPR", "Mantan Kapolda Jawa Barat": a title and its field or seat, no name word."""
    toks = an.tokens
    return is_title(toks[idx[0]].text) and not any(person_word(an, toks[k]) and not is_place(toks[k].text) for k in idx)


# what may stand inside a description between its head and the demonstrative that closes it
_INSIDE = frozenset("-'’&+/()")


def closing_demonstrative(an: Analysis, head: int, j: int, most: int = 12) -> int | None:
    """"ujar gelandang yang turun dalam 210 laga bersama Persija tersebut", "kata pemenang tiga
    gelar Liga 1 bersama Persib itu": a description opened by a noun or a title at token `head`
    reads on from token j to the demonstrative that closes it, where the clause ends right after
    it (a punctuation mark or the sentence's end). Its index, or None (no cue word, quotation
    mark or comma in between; at most `most` tokens)."""
    toks = an.tokens
    first = toks[head]
    if points_back(first.text) is None or (is_cap(first) and not is_title(first.text)):
        return None  # (after a cue, a capitalised word that is no title opens a name)
    if is_cap(first) and not role_no_name(an, list(range(head, j))):
        return None  # "Direktur Utama KCJ Dwi Santoso dalam ...": a role and the name
    sent = toks[j].sent
    for k in range(j, min(len(toks), j + most)):
        t = toks[k]
        if t.sent != sent or (is_punct(t) and t.text not in _INSIDE) or cue_for(t.text) is not None:
            return None
        if t.text.lower() in DEMONSTRATIVES:
            after = toks[k + 1] if k + 1 < len(toks) else None
            ends = after is None or after.sent != sent or (is_punct(after) and after.text not in _INSIDE)
            # the word before it is a name, a number or an acronym ("bersama Persija tersebut",
            # "kelahiran 1980 itu"): "dalam kegiatan tersebut", "pada kesempatan itu" point at the
            # event, not at who speaks
            last = toks[k - 1].text
            return k if ends and (is_cap(toks[k - 1]) or last[:1].isdigit() or last in ")+") else None
    return None


def comma_at(toks, k: int, sent: int) -> bool:
    """Token k is a comma of sentence `sent`."""
    return k >= 0 and toks[k].text == "," and toks[k].sent == sent


def run_before(an: Analysis, comma: int) -> list[int]:
    """The tokens before a comma back to the previous punctuation (at most eight), in order."""
    toks = an.tokens
    sent = toks[comma].sent
    k = comma - 1
    head: list[int] = []
    while k >= 0 and toks[k].sent == sent and toks[k].text not in ",;:\"“”" and len(head) < 8:
        head.append(k)
        k -= 1
    return list(reversed(head))

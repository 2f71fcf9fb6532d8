"""A role before a name, up to the comma the name follows ("kata Ketua Al Furqan Kota Ciamis,
Ustaz Hilmi Fauzan", "oleh dokter spesialis anak sekaligus konselor laktasi, dr. Ian Setja", "kata
saksi dari PT Timah, Alwin Albar"): where `phrases.phrase_after` may read on over a comma inside a
speaker phrase, because a role ends there and a name follows it."""
from __future__ import annotations

from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.words import AND_WORDS, FORMER, HONORIFICS, ROLE_CONNECTORS, STOP, function_words, is_title
from ..nlp.analysis import Analysis, is_cap, is_punct
from .asides import ACCOMPANIED


def initial(w: str) -> bool:
    return len(w) == 1 and w.isupper()


def described_role_to_name(an: Analysis, sofar: list[int], j: int) -> int | None:
    """The comma a role opened by a lower-case title runs to over lower-case words (at most ten),
    when a name follows it and ends the clause (`_role_then_name`); None otherwise."""
    toks = an.tokens
    if not sofar or not toks[sofar[0]].text.islower() or not is_title(toks[sofar[0]].text):
        return None
    # "saksi dari PT Timah, Alwin Albar": where the described person works, capitalised, may follow
    # "dari" / "di" inside the role
    return _runs_to_name(an, sofar, j, 12, 0, lambda k: (not is_punct(toks[k]) or toks[k].text in "()") and (
        toks[k].text.lower() in ROLE_PLACE or not (is_cap(toks[k]) and not _after_role_place(toks, k, j))
        and toks[k].text.lower() not in STOP))


ROLE_PLACE = frozenset({"dari", "di"})


def _after_role_place(toks, k: int, j: int) -> bool:
    """Token k is capitalised after "dari" / "di" (and other capitalised words) inside the run from j."""
    while k > j and (is_cap(toks[k - 1]) or toks[k - 1].text in "()"):
        k -= 1
    return k > j and toks[k - 1].text.lower() in ROLE_PLACE


def role_runs_to_name(an: Analysis, sofar: list[int], j: int) -> int | None:
    """The comma ending a role that runs on from connector j over capitalised words and more
    connectors, when a name follows the comma (_role_then_name); None otherwise."""
    toks = an.tokens
    return _runs_to_name(an, sofar, j, 8, 2, lambda k: (
        is_cap(toks[k]) or is_title(toks[k].text) or toks[k].text.lower() in ROLE_CONNECTORS
        or (toks[k].text in "-'’" and k > j and toks[k - 1].end == toks[k].start)))


def _runs_to_name(an: Analysis, sofar: list[int], j: int, most: int, least: int, word_ok) -> int | None:
    """The comma at most `most` tokens after token j, every token before it `word_ok` and at least
    `least` of them, when the role so extended has a name after the comma (_role_then_name)."""
    toks = an.tokens
    sent = toks[j].sent
    k = j
    while k < len(toks) and toks[k].sent == sent and k - j <= most:
        if toks[k].text == ",":
            return k if k - j >= least and role_then_name(an, sofar + list(range(j, k)), k) else None
        if not word_ok(k):
            return None
        k += 1
    return None


def list_in_name(an: Analysis, sofar: list[int], comma: int) -> int | None:
    """The comma parts the items of an official name inside a role ("Kepala Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG) Dwikorita", "Menteri Pendidikan, Kebudayaan, Riset, dan
    Teknologi Nadiem"): capitalised words and commas, then "dan" and the last item. The index of
    the last item's first word, where the phrase reads on; None for anything else (a list of
    people has titles or lower-case words in it: "Ketua RT, Budi, dan Sekretaris RT, Ani")."""
    toks = an.tokens
    if not sofar or not is_title(toks[sofar[0]].text) or not is_cap(toks[comma - 1]) or is_title(toks[comma - 1].text):
        return None
    sent = toks[comma].sent
    k = comma + 1
    while k < len(toks) and toks[k].sent == sent and k - comma <= 12:
        w = toks[k].text
        low = w.lower()
        if low in AND_WORDS and k > comma + 1:
            last = k + 1
            if last < len(toks) and toks[last].sent == sent and _item_word(toks[last]):
                return last
            return None
        if not (w == "," and k > comma + 1 or _item_word(toks[k])):
            return None
        k += 1
    return None


def _item_word(t) -> bool:
    low = t.text.lower()
    return (is_cap(t) and not is_title(t.text) and low not in WEEKDAYS and low not in MONTHS
            and low not in function_words())


def role_then_name(an: Analysis, sofar: list[int], comma: int) -> bool:
    """A comma inside a speaker phrase that opens with a role, with no name yet, and a short run of
    name words after it that ends the clause."""
    toks = an.tokens
    if sofar and toks[sofar[0]].text.lower() in FORMER:
        sofar = sofar[1:]  # "eks penyidik KPK, Novel Baswedan": a former holder's role
    if not sofar or not is_title(toks[sofar[0]].text) or toks[comma - 1].ner == "PERSON":
        return False
    if toks[sofar[0]].text.lower().rstrip(".") in HONORIFICS:
        return False  # "ucap Hj. Siti Aisyah, Ketua PKK ...": after an honorific comes the name, not a role
    if any(toks[k].text == "," and list_in_name(an, sofar[:n], k) is None for n, k in enumerate(sofar)):
        return False  # a comma already (but one inside an official name's list of fields)
    sent = toks[comma].sent
    k = comma + 1
    names = 0
    while (k < len(toks) and toks[k].sent == sent and k - comma <= 6
           and (is_cap(toks[k]) or is_title(toks[k].text) or toks[k].text == ".")):
        w = toks[k].text
        if w == "." and (is_title(toks[k - 1].text) or initial(toks[k - 1].text)):
            k += 1  # "dr. Sri", "M. Ismail": an abbreviation's or an initial's dot
            continue
        if w == ".":
            break  # the sentence's end
        if w.lower() in WEEKDAYS or w.lower() in MONTHS or w.lower() in function_words():
            return False
        names += 0 if is_title(w) else 1
        k += 1
    ends = (k >= len(toks) or toks[k].sent != sent or toks[k].text in ",.;:()" or toks[k].text.lower() in STOP
            or toks[k].text.lower() in ACCOMPANIED)  # "..., Kombes Pol Rudi didampingi Kabid Humas"
    return 1 <= names <= 4 and ends

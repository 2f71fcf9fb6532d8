"""The speaker phrase next to a cue, as token indices: "ujar [Ketua KPK Firli Bahuri], ...",
"[Anas] juga mengatakan ...". Which words name the speaker is left to `mentions`."""
from __future__ import annotations

import re

from ..lexicon.places import is_place
from ..lexicon.words import (
    ADVERBS,
    AND_WORDS,
    DEMONSTRATIVES,
    FORMER,
    MANNER,
    NAME_ABBREVIATIONS,
    NAME_LINKS,
    NEGATIONS,
    PEOPLE_WORDS,
    PRONOUNS,
    ROLE_CONNECTORS,
    STOP,
    function_words,
    is_title,
)
from ..names.name_words import points_back
from ..names.role_words import ranks
from ..nlp.analysis import Analysis, is_cap, is_punct
from .asides import (
    ACCOMPANIED,
    before_degrees,
    closing_demonstrative,
    comma_at,
    official_list_before,
    role_no_name,
    run_before,
    without_age,
)
from .role_runs import ROLE_PLACE, described_role_to_name, initial, list_in_name, role_runs_to_name, role_then_name


def phrase_after(an: Analysis, i: int, limit: int = 12) -> list[int]:
    """Token indices of the speaker phrase that starts at token i ("ujar [Ketua KPK Firli Bahuri], ...")."""
    out: list[int] = []
    toks = an.tokens
    sent = toks[i].sent if i < len(toks) else -1
    j = i
    while j < len(toks) and len(out) < limit and toks[j].sent == sent:
        t = toks[j]
        low = t.text.lower()
        if is_punct(t):
            # names may hold brackets "(OJK)" and hyphens; other punctuation ends the phrase
            if (t.text == "(" and out and j + 2 < len(toks) and is_title(toks[j + 1].text)
                    and toks[j + 2].text != ")" and not is_title(toks[j - 1].text)):
                break  # "ujar Andi Wijaya (Ketua Panitia Festival) ...": the name's role in brackets
            if t.text in "()" and out:
                out.append(j)
                j += 1
                limit += 1  # a bracket is no word of the phrase ("Ketua Dewan ... (DPRD) Kabupaten Garut, X")
                continue
            if (t.text == "," and out and all(not is_cap(toks[k]) or is_title(toks[k].text) for k in out)
                    and j + 1 < len(toks) and is_cap(toks[j + 1]) and toks[j + 1].sent == sent):
                out.append(j)
                j += 1
                continue
            if (t.text == "." and out and is_title(toks[j - 1].text) and j + 1 < len(toks)
                    and toks[j + 1].sent == sent and is_cap(toks[j + 1])):
                out.append(j)  # "dr. Sri Nowo Retno": the abbreviation's dot
                j += 1
                continue
            listed = list_in_name(an, out, j) if t.text == "," else None
            if listed is not None:
                # "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita": the items
                # of an official name, the phrase reads on from its last one
                out.extend(range(j, listed))
                limit += listed - j
                j = listed
                continue
            if t.text == "," and role_then_name(an, out, j):
                # "kata Ketua Al Furqan Kota Ciamis, Ustaz Hilmi Fauzan, Minggu": the role and its
                # place come first, the name after the comma (which is no word of the phrase)
                out.append(j)
                j += 1
                limit += 1
                continue
            if (t.text == "@" and j + 1 < len(toks) and toks[j + 1].start == t.end and toks[j + 1].sent == sent
                    and toks[j + 1].text[:1].isalnum()):
                out.extend((j, j + 1))  # "tulis akun Instagram @dishub_jabar": the account's handle
                j += 2
                continue
            if ((t.text in "-'’&" or (t.text == "." and len(toks[j - 1].text) == 1))
                    and out and j + 1 < len(toks) and toks[j + 1].start == t.end):
                out.append(j)
                j += 1
                continue
            if (t.text == "." and out and (initial(toks[j - 1].text) or toks[j - 1].text.lower() in NAME_ABBREVIATIONS)
                    and j + 1 < len(toks)
                    and toks[j + 1].sent == sent and is_cap(toks[j + 1]) and toks[j + 1].text.lower() not in PRONOUNS
                    and toks[j + 1].text.lower() not in function_words()):
                out.append(j)  # "ujar Rudi P. Wibowo", "kata Moh. Mahfud MD": a shortened name's dot
                j += 1
                continue
            closing = closing_demonstrative(an, out[0], j) if out else None
            if closing is not None:
                out.extend(range(j, closing + 1))  # "ujar eks Ketua Klub Lari 40+ Bandung ini"
            break
        if out and low in ROLE_CONNECTORS and not is_cap(t):
            comma = role_runs_to_name(an, out, j)
            if comma is not None:
                # "ujar Komisioner Pemerintah Federal untuk Anti-Rasisme, Natalie Porter": the role
                # runs on over its connector to the comma; the name follows it
                out.extend(range(j, comma + 1))
                limit += comma + 1 - j
                j = comma + 1
                continue
        if out and low in DEMONSTRATIVES and (all(not is_cap(toks[k]) for k in out)
                                                         or _lower_title(toks[out[0]].text)
                                                         or toks[out[0]].text in PEOPLE_WORDS
                                                         or role_no_name(an, out)):
            # "ungkap menteri asal Banyuwangi ini", "kata Wakil Ketua DPR itu": a description
            # pointing back
            out.append(j)
            break
        nxt = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].sent == sent else None
        if out and low.isdigit() and nxt is not None and (
                toks[out[0]].text in PEOPLE_WORDS and nxt.text.lower() in ("tahun", "bulan")
                or is_cap(toks[j - 1]) and (is_cap(nxt) or nxt.text == ",")):
            # "pria berusia 45 tahun itu": an age; "Kepala SMAN 1 Bandung", "Ketua RT 05 Desa X":
            # a unit's number
            out.append(j)
            j += 1
            continue
        if (out and low == "periode" and nxt is not None and nxt.text[:1].isdigit() and j + 2 < len(toks)
                and toks[j + 2].text == "," and role_then_name(an, out + [j, j + 1], j + 2)):
            out.extend((j, j + 1))  # "kata Dirut PT Timah periode 2016-2021, Mochtar": the office's term
            j += 2
            continue
        if out and _ORDINAL.fullmatch(low) and is_title(toks[j - 1].text):
            out.append(j)  # "kata Wakil Presiden ke-13 RI Ma'ruf Amin": the office's ordinal
            j += 1
            continue
        if out and low in NAME_LINKS and j + 1 < len(toks) and toks[j + 1].sent == sent and is_cap(toks[j + 1]):
            out.append(j)  # "kata Mohammed bin Salman": a lower-case word inside the name
            j += 1
            continue
        if out and low == "yang":
            called = _called(an, j)
            if called:
                return called  # "kata pria yang akrab disapa Aher ini": the name the article gives
        closing = closing_demonstrative(an, out[0], j) if out and not is_cap(t) else None
        if closing is not None and (low in STOP or not _lower_np_word(low, out, an)):
            # "ujar gelandang yang turun dalam 210 laga bersama Persija tersebut": the description
            # reads on to the demonstrative that closes it
            out.extend(range(j, closing + 1))
            break
        if out and low in STOP and not is_cap(t):
            comma = described_role_to_name(an, out, j) if low in ROLE_PLACE else None
            if comma is None:
                break
            out.extend(range(j, comma + 1))  # "kata saksi dari PT Timah, Alwin Albar"
            limit += comma + 1 - j
            j = comma + 1
            continue
        if out and not is_cap(t) and not is_title(low) and low not in PRONOUNS and not _lower_np_word(low, out, an):
            comma = described_role_to_name(an, out, j)
            if comma is not None:
                # "oleh dokter spesialis anak sekaligus konselor laktasi, dr. Ian Setja": a role
                # described in lower-case words, then the name after the comma
                out.extend(range(j, comma + 1))
                limit += comma + 1 - j
                j = comma + 1
                continue
            break
        out.append(j)
        j += 1
    while out and toks[out[-1]].text in "(":
        out.pop()
    return out


_ORDINAL = re.compile(r"ke-?\d+|ke-[a-z]+")  # "Presiden ke-5", "Wakil Presiden ke-13"


def _lower_title(w: str) -> bool:
    """A title written in lower case ("menteri", "eks"): it opens a description, not a name."""
    return w[:1].islower() and (is_title(w) or w in FORMER)


_CALLED = frozenset("disapa dipanggil disebut".split())


def _called(an: Analysis, j: int) -> list[int]:
    """The capitalised run after "yang (akrab|biasa) disapa" at token j, or []."""
    toks = an.tokens
    sent = toks[j].sent
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].sent == sent and toks[k].text.lower() not in _CALLED:
        if is_cap(toks[k]):
            return []
        k += 1
    if k >= len(toks) or toks[k].text.lower() not in _CALLED:
        return []
    run = []
    k += 1
    while k < len(toks) and toks[k].sent == sent and is_cap(toks[k]) and not is_title(toks[k].text) and len(run) < 4:
        run.append(k)
        k += 1
    return run


def _lower_np_word(low: str, sofar: list[int], an: Analysis) -> bool:
    # an unnamed speaker is a lower-case noun phrase ("seorang warga", "salah satu tetangganya");
    # allow it to grow while nothing capitalised has been seen
    if _named(an.tokens, sofar):
        return False
    return len(sofar) < 4 and low.isalpha() and low not in MANNER


def phrase_before(an: Analysis, i: int, limit: int = 20) -> list[int]:
    """Token indices of the subject phrase that ends just before token i ("[Anas] mengatakan ...")."""
    toks = an.tokens
    if i <= 0:
        return []
    sent = toks[i].sent
    j = i - 1
    # a comma right before the verb closes an apposition: "Walikota X, Mehmet Aydemir, menyatakan"
    closed = comma_at(toks, j, sent)
    if closed:
        j -= 1
    name_end = before_degrees(an, j)
    if name_end != j:
        # "dr. Imelda Sari, Sp.PD, FINASIM mengatakan": the degrees after the name are no subject,
        # and the comma before them closes no apposition
        j, closed = name_end, False
    out: list[int] = []
    while j >= 0 and toks[j].sent == sent and len(out) < limit:
        t = toks[j]
        if t.text in ",;:\"“”–—" or t.text.lower() in {"dan", "tetapi", "tapi", "namun", "sedangkan", "sementara", "serta", "padahal"}:
            break
        if t.text == "-" and toks[j - 1].end < t.start:
            break
        out.append(j)
        j -= 1
    out.reverse()
    if out and j >= 0 and toks[j].text.lower() in AND_WORDS:
        opens = official_list_before(an, j)
        if opens is not None:
            # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan": the official
            # name's list of fields is one subject
            out = list(range(opens, j)) + [j] + out
    if closed and out and j > 0 and toks[j].text.lower() in AND_WORDS:
        # "Ratna Kusumawati, Menteri Lingkungan Hidup dan Kehutanan periode 2014-2024, mengatakan": the
        # "dan" joins the fields of the apposition's office; the name stands before its comma
        c = j - 1
        while c > 0 and j - c < 10 and toks[c].sent == sent and (is_cap(toks[c]) or toks[c].text.lower() in AND_WORDS):
            c -= 1
        head = without_age(an, run_before(an, c)) if comma_at(toks, c, sent) and is_title(toks[c + 1].text) else []
        if head and is_cap(toks[head[-1]]) and not is_title(toks[head[-1]].text) and not is_title(toks[head[0]].text):
            return head
    # the phrase stops at a comma: what stands before it is asked about below, read once
    at_comma = bool(out) and comma_at(toks, j, sent)
    before = run_before(an, j) if at_comma else []
    # "Taufiek Alkaff, yang turut hadir dalam rapat tersebut, menjelaskan": skip the relative clause
    if before and toks[out[0]].text.lower() == "yang":
        return before
    if closed and before and toks[out[0]].text in _SETTING:
        return before  # "KAI, dalam keterangan tertulis, menyebut": the words' setting between commas
    # "Rina Marlina, Kepala Dinas Sosial Kota Bekasi, mengatakan": the apposition between the
    # commas is a role; the subject is the name before it
    if closed and before and (is_title(toks[out[0]].text) or toks[out[0]].text in PEOPLE_WORDS) \
            and toks[out[0]].text.lower() not in ranks():  # ("X, Brigjen Pol Rudy, mengatakan": a rank opens a name)
        # ("Darmaji (60), warga Kampung Pulo, mengatakan": a description of who they are, and the
        # age in brackets after the name)
        head = without_age(an, before)
        # (not "Kapolresta Jayapura Kota, AKBP Yohanis ...,": a role before, a rank and a name after)
        if head and is_cap(toks[head[-1]]) and not is_title(toks[head[-1]].text) and not is_title(toks[head[0]].text):
            return head
    # "Kapolres X, didampingi Kasat Reskrim Y, mengatakan": who goes with the speaker is no subject
    if at_comma and toks[out[0]].text.lower() in ACCOMPANIED:
        return without_age(an, before)
    if closed and before and is_place(an.text[toks[out[0]].start:toks[out[-1]].end]) \
            and toks[before[0]].text.lower() in PEOPLE_WORDS:
        # "Seorang pedagang di Pasar Kosambi, Bandung, mengatakan": the place between the commas
        # says where; the subject stands before it
        at = next((n for n, k in enumerate(before) if toks[k].text.lower() in ("di", "dari", "asal")), len(before))
        if at >= 2:
            return before[:at]  # ("Seorang pedagang" of "Seorang pedagang di Pasar Kosambi")
    if closed and before and toks[before[0]].text.lower() in ACCOMPANIED and comma_at(toks, before[0] - 1, sent):
        # "Kepala Dinas X, Wahyu, didampingi Sekretaris Dinas, Asep, menjelaskan": the name after
        # the companion's role is the companion's
        head = without_age(an, run_before(an, before[0] - 1))
        if head:
            return head
    # "Rofikoh yang juga menjabat sebagai ... menjelaskan", "Rina selaku Ketua Panitia mengatakan",
    # "Kapolres X didampingi Y mengatakan": the subject is what comes before "yang", "selaku",
    # "sebagai" or "didampingi"
    # ("Sosok yang akrab disapa Awi ini mengatakan": a description that a demonstrative closes is
    # the subject whole)
    whole = len(out) >= 3 and toks[out[-1]].text.lower() in DEMONSTRATIVES and points_back(toks[out[0]].text) is not None
    # "KAI melalui keterangan tertulis menyebut", "Budi kepada wartawan mengatakan": nor is the
    # setting of the words (a lower-case preposition opens it)
    for k, ti in enumerate(out):
        if whole:
            break
        if (toks[ti].text.lower() in ("yang", "selaku", "sebagai") or toks[ti].text.lower() in ACCOMPANIED
                or toks[ti].text in _SETTING and _named(toks, out[:k])) and k > 0:
            out = out[:k]
            break
    if before and toks[out[0]].text.lower() in PEOPLE_WORDS:
        # "Irfan Gunadi, salah satu warga Sukalaju dari Desa Cikaret mengatakan": the name before
        # the description
        head = without_age(an, before)
        if head and all(is_cap(toks[k]) and not is_title(toks[k].text) for k in head):
            return head
    if out and toks[out[0]].text.lower() in PEOPLE_WORDS:
        # "Seorang sumber di kepolisian (yang ...) mengatakan": the described person, not where they are
        at = next((n for n, k in enumerate(out) if n >= 2 and toks[k].text.lower() in ("di", "dari")), None)
        if at is not None:
            out = out[:at]
    return out



_SETTING = frozenset("melalui lewat via dalam saat ketika kepada usai seusai".split())


def _named(toks, idx: list[int]) -> bool:
    """A capitalised word that is no title stands among `idx` (not "Dokter spesialis penyakit
    dalam dr. X": there "dalam" is the specialism's)."""
    return any(is_cap(toks[k]) and not is_title(toks[k].text) for k in idx)


def strip_adverbs(an: Analysis, idx: list[int]) -> tuple[list[int], bool]:
    """Drop adverbs between subject and verb; report a negation ("tidak mengatakan")."""
    negated = False
    while idx and an.tokens[idx[-1]].text.lower() in ADVERBS | NEGATIONS:
        if an.tokens[idx[-1]].text.lower() in NEGATIONS:
            negated = True
        idx = idx[:-1]
    return idx, negated

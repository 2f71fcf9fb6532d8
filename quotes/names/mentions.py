"""Speaker phrase -> Mention: the name as written, its span, and whether it is a person, an
organisation, a pronoun or an unnamed description, with the role words ("ketua majelis hakim
Darwin Sinurat", "dia", "Direktur PT Maju Otoparts Tbk Yakub Kurniawan")."""
from __future__ import annotations

import re
from typing import Optional, Sequence

import attrs

from ..lexicon.places import cannot_speak, is_document, leading_place, place_level
from ..lexicon.words import (
    DEMONSTRATIVES,
    NOT_NAME,
    ORG_PREFIXES,
    ORG_WORDS,
    PRONOUNS,
    STOP,
    VERB_SHAPE,
    common_words,
    function_words,
    is_title,
)
from ..nlp.analysis import Analysis, is_cap, is_punct
from .name_run import name_run
from .who_speaks import field_word
from .roles import TAIL_ONLY, honorific, ranks
from .name_words import (
    ACRONYM,
    aged,
    clean_person,
    employer_words,
    looks_org,
    name_word,
    pointing_back,
    says_next,
    someone_of,
    sentence_initial,
    unglue,
)

NOBODY = "nobody"  # a phrase next to a cue that names no speaker ("di Balai Kota Semarang", "Kamis (7/4)")


@attrs.frozen(slots=True)
class Mention:
    text: str  # the name as written, titles removed ("Anas", "dia", "nya", "seorang warga")
    start: int
    end: int
    kind: str  # person | organization | unnamed | document | pronoun | nobody
    role: Optional[str] = None



def mention_from_tokens(an: Analysis, idx: Sequence[int], scan: bool = False) -> Optional[Mention]:
    """The speaker named by a phrase: NER entity first, then a capitalised name, a pronoun, a
    description; kind NOBODY when what the phrase names cannot speak (a place, a date, a stray
    word): the statement stays, its speaker is resolved as for a pronoun. `scan`: the phrase is a
    capitalised run read for the inventory, not the speaker of a verb of saying."""
    if (handle := _handle(an, idx)) is not None:
        return handle
    m = typed(an.text, _read(an, idx))
    s, e = (an.tokens[idx[0]].start, an.tokens[idx[-1]].end) if idx else (-1, -1)
    if m is not None and m.kind != "pronoun" and (m.start, m.end) != (s, e) and place_level(an.text[s:e]) is not None:
        m = Mention(an.text[s:e], s, e, NOBODY)  # "Amerika Serikat" (not "Serikat"): the phrase is a place
    if m is None or m.kind == NOBODY or (m.kind == "organization" and m.role):
        # "Tri Rismaharini Wali Kota Surabaya mengatakan": the name first, then its role; what the
        # phrase ends with is the role's place or institution, not the speaker
        if (lead := _name_first(an, idx)) is not None:
            m = typed(an.text, lead)
    if m is not None and m.kind in ("person", "organization", "unnamed") and _tagged_place(an, m, idx):
        return attrs.evolve(m, kind=NOBODY)  # the entity model knows a place no gazetteer lists
    if m is not None and m.kind == NOBODY and (_side_of(an, idx, m) or place_level(m.text) == "country" and s == m.start
                                               and (not scan or says_next(an, idx))):
        return attrs.evolve(m, kind="organization")  # ("Iran menegaskan", "kata Iran": its government)
    if m is not None and m.kind == "organization" and idx and idx[0] > 0 \
            and an.tokens[idx[0] - 1].text.lower() in ("disapa", "dipanggil"):
        return attrs.evolve(m, kind="person")  # "pria yang akrab disapa RKS ini": a person's nickname
    return m


def _handle(an: Analysis, idx: Sequence[int]) -> Optional[Mention]:
    """"akun Instagram @dishub_jabar", "pengguna X @frien": the account speaks, by its handle
    (GUIDELINES.md: a person named by the handle), not the platform."""
    toks = an.tokens
    for a, b in zip(idx, idx[1:]):
        if toks[a].text == "@" and b == a + 1 and toks[b].start == toks[a].end and toks[b].text[:1].isalnum():
            return Mention(an.text[toks[a].start:toks[b].end], toks[a].start, toks[b].end, "person")
    return None


def _side_of(an: Analysis, idx: Sequence[int], m: Mention) -> bool:
    """"Pihak Arab Saudi menuduh ...": "the side of" a country or a region is its government,
    which speaks (a venue stays a place: "pihak Pasar Baru" is the market's management, unnamed)."""
    toks = an.tokens
    side = [n for n, k in enumerate(idx) if toks[k].end <= m.start and toks[k].text.lower() == "pihak"]
    if not side or side[-1] + 1 >= len(idx):
        return False
    # the words from after "pihak" to the end of the mention ("Kabupaten Garut") name the place
    return place_level(an.text[toks[idx[side[-1] + 1]].start:m.end]) is not None


def _name_first(an: Analysis, idx: Sequence[int]) -> Optional[Mention]:
    """A phrase that opens with a capitalised name run and goes on with a title: the run, with the
    rest as its role."""
    toks = an.tokens
    idx = [k for k in idx if not is_punct(toks[k])]
    run = []
    for n, k in enumerate(idx):
        t = toks[k]
        low = t.text.lower()
        # a first word at the sentence start is read as any other ("Tri" is capitalised there
        # anyway) unless Indonesian writes it in lower case; the word after it must be a name
        initial = sentence_initial(an.text, t.start) and (n > 0 or low in common_words())
        if (not is_cap(t) or is_title(t.text) or low in ORG_WORDS or low in NOT_NAME or ACRONYM.match(t.text)
                or not name_word(t.text, an.lower, initial, an.midcaps)):
            break
        run.append(k)
    if not run or len(run) > 4 or len(run) == len(idx) or not is_title(toks[idx[len(run)]].text) \
            or toks[idx[len(run)]].text.lower() in TAIL_ONLY:
        return None
    if len(run) == 1 and sentence_initial(an.text, toks[run[0]].start) and toks[run[0]].text not in an.midcaps:
        return None  # one capitalised word at a sentence start and nowhere else: no evidence of a name
    s, e = run[0], run[-1]
    role = an.text[toks[idx[len(run)]].start:toks[idx[-1]].end].strip(" ,")
    return Mention(an.text[toks[s].start:toks[e].end], toks[s].start, toks[e].end, "person", role or None)


def _tagged_place(an: Analysis, m: Mention, idx: Sequence[int]) -> bool:
    # the phrase's own tokens when the mention lies within them (it is read from them): scanning
    # every token of the article per mention made long articles cost their length squared
    toks = an.tokens
    if idx and toks[min(idx)].start <= m.start and m.end <= toks[max(idx)].end:
        toks = toks[min(idx):max(idx) + 1]
    tags = [t.ner for t in toks if m.start <= t.start and t.end <= m.end]
    return bool(tags) and all(tag == "PLACE" for tag in tags)


def typed(text: str, m: Optional[Mention]) -> Optional[Mention]:
    """A mention checked against what can speak. Places, venues and dates are no speakers: the
    quote is then resolved as if no one were named (the person the passage is about, as for a
    pronoun), and the phrase is not reported as the speaker's mention. Leading
    place words are cut from a person's name ("Sukabumi Darman Hakimi", after "Bupati"); a
    description headed by a writing ("surat edaran itu") is a document."""
    if m is None or m.kind == "pronoun":
        return m
    if cannot_speak(m.text):
        return attrs.evolve(m, kind=NOBODY)
    # "MPR RIHadi Nur Wahyudi(HNW)": the words a scraper glued together, apart (every word is still
    # a piece of the text, so offsets are found as before)
    words = unglue(m.text).replace("(", " (").split()
    if m.kind == "organization" and (m.role or is_title((text[max(0, m.start - 40):m.start].split() or [""])[-1])):
        # "Wakil Ketua MPR RI Hendra Nur Salam (HNS)": a title, its institution, then a person
        cut = _after_employer(words)
        rest = words[cut:-1] if words[-1].startswith("(") else words[cut:]
        if cut and len(rest) >= 2 and all(w[:1].isupper() and w.isalpha() for w in rest) and not _only_words(rest):
            start = m.start + _word_at(m.text, words, cut)
            end = start + len(" ".join(rest))
            if text[start:end] == " ".join(rest):
                return attrs.evolve(m, text=text[start:end], start=start, end=end, kind="person")
    if m.kind == "person":
        if _only_words(words):
            return attrs.evolve(m, kind=NOBODY)  # "Termasuk", "Plt", "Mobil Pencuri": words, not a name
        cut = leading_place(words)
        # "Ketua The Fed AS Jerome Powell", "Ketua Fraksi Partai Maju DPR Budi Santoso": the
        # employer ends with its acronym or organisation word; two name words or more follow it
        cut = max(cut, _after_employer(words[:-2]), employer_words(words))
        if cut and len(words) - cut >= 2:
            start = m.start + _word_at(m.text, words, cut)
            return attrs.evolve(m, text=text[start:m.end], start=start)
    if m.kind == "unnamed":
        if is_document(m.text):
            return attrs.evolve(m, kind="document")
        if not _description(words):
            return attrs.evolve(m, kind=NOBODY)
    return m


def _word_at(text: str, words: list[str], n: int) -> int:  # where `words[n]`, a piece of `text`, stands
    pos = 0
    for w in words[:n + 1]:
        pos = text.index(w, pos) + len(w)
    return pos - len(words[n])


_AFFILIATION = re.compile(r"[A-Z]{2,6}")  # an acronym (not "RIHendra", scraper glue)


def _after_employer(words: list[str]) -> int:
    """How many words up to the last acronym or organisation word ("Fed AS", "Partai Maju DPR"), 0
    if there is none."""
    return max([0] + [n + 1 for n, w in enumerate(words) if _AFFILIATION.fullmatch(w) or w.lower() in ORG_WORDS])


def speakable(name: Optional[str]) -> bool:
    """Could this name, guessed from the text around a pronoun, be a speaker? Not a place, a date,
    nor only common words or titles ("Pemerintah Federal" aside, "Mobil Pencuri", "Pertama")."""
    if not name:
        return False
    words = name.split()
    return not cannot_speak(name) and not _only_words(words)


def _only_words(words: list[str]) -> bool:
    """Every word is a common word or a title: no name in it."""
    return all(w.lower().strip(".,") in common_words() or is_title(w) for w in words)


# words that open a sentence's point, not a noun phrase ("Pertama, ...", "Selanjutnya ...")
_DISCOURSE = frozenset("pertama kedua ketiga keempat kelima terakhir selanjutnya berikutnya lalu kemudian".split())


def _description(words: list[str]) -> bool:
    """An unnamed speaker is a noun phrase ("seorang warga", "salah satu pedagang"): not a clause
    word, a verb or an adjective on its own ("seraya", "menyesatkan", "efektif dalam"), nor text
    glued across a sentence end ("kuliner.Lebih")."""
    while len(words) > 1 and words[-1].lower() in DEMONSTRATIVES:
        words = words[:-1]  # "perempuan itu": a demonstrative closes a noun phrase
    first, last = words[0].lower(), words[-1].lower()
    if any("." in w.strip(".") for w in words):
        return False
    if (is_title(words[0]) and len(words) == 1 and words[0][:1].isupper()) or first in _DISCOURSE:
        # "Plt", "Sekda" alone: a role written for a person named elsewhere (resolved as for "ia");
        # "Pertama, ...": a discourse word. A lower-case "jaksa" is an unnamed speaker as written.
        return False
    if first in function_words() or last in function_words() or last in STOP:
        return False
    return not (len(words) == 1 and VERB_SHAPE.match(first))


def _read(an: Analysis, idx: Sequence[int]) -> Optional[Mention]:
    idx = [k for k in idx if not is_punct(an.tokens[k]) or an.tokens[k].text in "()"]
    while idx and is_punct(an.tokens[idx[-1]]):
        idx.pop()
    while idx and is_punct(an.tokens[idx[0]]):
        idx.pop(0)
    if not idx:
        return None
    toks = an.tokens
    text = an.text
    words = [toks[k] for k in idx]
    lows = [w.text.lower() for w in words]
    # pronouns
    for k, low in zip(idx, lows):
        if low in PRONOUNS and len(idx) <= 2:
            return Mention(toks[k].text, toks[k].start, toks[k].end, "pronoun")
    if lows[-1] in PRONOUNS and all(not is_title(w.text) and (low in function_words() or low in common_words())
                                    for w, low in zip(words[:-1], lows)):
        k = idx[-1]  # "Lebih lanjut ia", "Selain itu, dia": words that open the clause, then the pronoun
        return Mention(toks[k].text, toks[k].start, toks[k].end, "pronoun")
    back = pointing_back(an, words) or someone_of(words)  # ("sumber BBC": unnamed, as written)
    if back:
        return Mention(text[toks[idx[0]].start:toks[idx[-1]].end], toks[idx[0]].start, toks[idx[-1]].end, back)
    # named entities from the model
    ents = _entities(an, idx)
    person = [e for e in ents if e[2] == "PERSON"]
    org = [e for e in ents if e[2] in ("ORGANISATION", "ORGANIZATION", "ORG")]
    person = [p for p in (clean_person(an, s, e) for s, e, _ in person) if p is not None]
    if person:
        s, e = person[-1]
        # the rules may see the name run on to the right ("Mahfud MD", "Marlowe Jr"): take that,
        # but not words on the left, where an organisation usually stands
        run = name_run(an, idx)
        if run is not None and run[0] <= s <= run[1] and run[1] > e:
            e = run[1]
        return _named(an, idx, s, e, "person")
    org_run = _org_run(an, idx)
    if org_run is not None:
        return org_run
    # a capitalised run at the end of the phrase, after titles and organisation words
    run = name_run(an, idx)
    if run:
        s, e = run
        kind = "organization" if looks_org(text[toks[s].start:toks[e].end]) else "person"
        if org and not person and kind == "person":
            os_, oe, _ = org[-1]
            if os_ <= s and oe >= e:
                kind = "organization"
        return _named(an, idx, s, e, kind)
    if org:
        s, e, _ = org[-1]
        return _named(an, idx, s, e, "organization")
    if len(idx) == 1 and ACRONYM.match(words[0].text) and words[0].text.isupper() and not is_title(words[0].text):
        # "APP", defined as "... (APP)"; "WHO memperingatkan": an acronym alone is an organisation
        # (a person's initials, "SBY", are read by the inventory where the article names them)
        return _named(an, idx, idx[0], idx[0], "organization")
    if len(idx) == 1 and aged(an, idx[0]):
        # "Darmaji (60), warga Kampung Pulo, mengatakan": news gives an age after a person's name
        return _named(an, idx, idx[0], idx[0], "person")
    # no name: the description as written ("seorang warga")
    s, e = idx[0], idx[-1]
    phrase = text[toks[s].start:toks[e].end]
    if len(idx) > 6:
        return None
    return Mention(phrase, toks[s].start, toks[e].end, "unnamed")


def _named(an: Analysis, idx: Sequence[int], s: int, e: int, kind: str) -> Mention:
    toks = an.tokens
    # drop titles at the front of the name ("Menteri Azwar Anas" -> "Azwar Anas")
    while s < e and is_title(toks[s].text):
        s += 1
    role = None
    before = [k for k in idx if k < s]
    if before:
        rs = next((k for k in before if is_title(toks[k].text)), None)
        if any(toks[k].text.lower() in ("atau", "alias") for k in before):
            rs = None  # "Presiden Joko Widodo atau Jokowi": the words before are the full name, no role
        if rs is not None:
            role_text = an.text[toks[rs].start:toks[before[-1]].end].strip(" ,")
            if "\n" in role_text:
                role_text = ""  # a role never runs over a line break: what stands there is no title
            # "Ketua Al Furqan Kota Ciamis, Ustaz": an honorific after the comma is not the role
            head, comma, tail = role_text.rpartition(",")
            if comma and head and all(is_title(w) for w in tail.split()):
                role_text = head.strip()
            # "... Kota Bogor dr.": a lower-case honorific before the name belongs to the name
            ws = role_text.split()
            while (len(ws) > 1 and is_title(ws[-1].rstrip(".")) and ws[-1][:1].islower()
                   and (ws[-1].endswith(".") or len(ws[-1]) <= 3)):  # "dr", "ir.", not "hakim"
                ws.pop()
            while ws and honorific(ws[-1]):
                ws.pop()  # "Kang Emil", "Pak Budi": an honorific alone is no role
            role_text = " ".join(ws)
            if role_text.lower() in ranks():
                role_text = ""  # "Kombes Pol": a rank alone is no role (GUIDELINES.md)
            role = role_text or None
    return Mention(an.text[toks[s].start:toks[e].end], toks[s].start, toks[e].end, kind, role)


# units named by their territory, never by a person ("Polda Metro Jaya", "Kodam Jaya")
_TERRITORIAL = frozenset("""polda polres polresta polrestabes polsek kodam korem kodim koramil lanud lantamal
    kejati kejari pemkab pemkot pemprov""".split())


def _org_run(an: Analysis, idx: Sequence[int]) -> Optional[Mention]:
    """"Kepolisian Wales Selatan": a trailing capitalised run that opens with an organisation word names
    an organisation, unless a person's name follows a closing marker ("PT Maju Tbk Yakub Kurniawan") or a title."""
    toks = an.tokens
    run: list[int] = []
    for k in reversed(idx):
        t = toks[k].text
        if is_cap(toks[k]) or t.lower() in ("dan", "&", "(", ")", "-") or t[:1].isdigit():
            run.insert(0, k)
        else:
            break
    while run and not is_cap(toks[run[0]]):
        run.pop(0)
    while run and toks[run[0]].text.lower() not in ORG_WORDS and (is_title(toks[run[0]].text) or toks[run[0]].text.lower() == "pihak"):
        run.pop(0)  # "Pihak SMAN 11 Semarang": "the side of" the organisation is the organisation
    if not run:
        return None
    words = [toks[k].text for k in run]
    if toks[run[0]].text.lower() not in ORG_WORDS:
        # "RHB Sekuritas": initials and a trade's word; "PN Bandung": an acronym and the place it serves
        trade = len(run) >= 2 and ACRONYM.match(words[0]) and words[-1].lower() in ORG_WORDS and not any(map(is_title, words))
        if not trade and not (len(run) >= 2 and ACRONYM.match(words[0]) and len(words[0]) <= 6
                              and place_level(" ".join(words[1:])) is not None and not cannot_speak(words[0])):
            return None
        return Mention(an.text[toks[run[0]].start:toks[run[-1]].end], toks[run[0]].start, toks[run[-1]].end, "organization")
    if any(is_title(w) for w in words[1:]):
        return None
    # the organisation's name ends at its last organisation-like word; name-like words after it
    # are a person ("Universitas Indonesia Teuku Rifaldi", "Bank Sentral AS Jerome Powell")
    last_org = max(n for n, w in enumerate(words)
                   if w.lower() in ORG_WORDS or w.lower() in NOT_NAME or ACRONYM.match(w) or w == ")")
    after = [w for w in words[last_org + 1:] if w[:1].isupper()]
    # "Pemkab Cirebon", "Polres Bogor": a place after the organisation word is its seat, no person;
    # after a territorial unit ("Polda Metro Jaya", "Kodam Siliwangi") a word or two always are
    territorial = words[last_org].lower() in _TERRITORIAL and len(after) <= 2
    # "PT Pertamina", "Perum Bulog", "Koperasi Maju": one word after a company's marker is its name
    named = len(after) == 1 and words[last_org].lower() in ORG_PREFIXES
    if after and place_level(" ".join(after)) is None and not territorial and not named:
        # words the article, or Indonesian at large, writes in lower case are the name's words
        common = sum(1 for w in after if w.lower() in an.lower or w.lower() in common_words())
        # (one field's word, capitalised only inside official names, too: "Kementerian Kesehatan")
        if common * 2 < len(after) and not (common >= 1 and len(after) >= 3) \
                and not (len(after) == 1 and field_word(after[0])):
            return None
    s, e = run[0], run[-1]
    # a trailing "(ACRONYM)" is the short name, not part of the name
    if toks[e].text == ")" and e - 2 >= s and toks[e - 2].text == "(":
        e -= 3
    return Mention(an.text[toks[s].start:toks[e].end], toks[s].start, toks[e].end, "organization")


def _entities(an: Analysis, idx: Sequence[int]) -> list[tuple[int, int, str]]:
    out = []
    cur = None
    for k in idx:
        t = an.tokens[k]
        if t.ner and (cur is None or cur[2] == t.ner) and (cur is None or cur[1] == k - 1):
            cur = (cur[0] if cur else k, k, t.ner)
        else:
            if cur:
                out.append(cur)
            cur = (k, k, t.ner) if t.ner else None
    if cur:
        out.append(cur)
    return out

"""Every person's name in an article, in reading order, with what the words around each mention
say about its part in the sentence: the subject, the one who speaks, introduced with a title or an
apposition, an object after a preposition, a place after "di". The speakers stage reads these to
find who a pronoun or a quote without a cue stands for (`speakers.salience`)."""
from __future__ import annotations

import re
from typing import Optional, Sequence

import attrs

from ..lexicon.words import ADVERBS, DEMONSTRATIVES, NOT_NAME, ORG_WORDS, PEOPLE_WORDS, is_title, roles_for
from ..nlp.analysis import ARTICLE_CAP, Analysis
from ..text.positions import Cover
from .mentions import Mention, mention_from_tokens
from .name_words import age_in_brackets
from .who_speaks import _DATEISH, _capital, can_speak

# prepositions: a person named after one is an object, not who the passage is about
PREPOSITIONS = frozenset(
    "kepada dengan oleh dari bersama untuk terhadap ke di pada antara tentang atas bagi melawan soal "
    "mengenai terkait via lewat melalui seperti".split())


# words that may stand before the subject at the start of a sentence
_OPENERS = frozenset("sementara itu adapun namun kemudian lalu selain sedangkan menurut di sisi lain , ( ) :".split())


_CONNECT = frozenset("dan & bin binti van de der von al el of at".split())


_SAY_ROLES = frozenset({"say", "weak", "post", "menurut", "passive"})


_TIMES = frozenset("pekan kemarin hari minggu bulan tahun tadi sore pagi siang malam beberapa".split())


@attrs.frozen(slots=True)
class PersonMention:
    """A person's name in the text, with what the words around it say about its role there."""
    text: str
    start: int
    end: int
    subject: bool
    says: bool
    titled: bool
    apposition: bool
    oblique: bool
    locative: bool  # after "di", "ke", "dari": more likely a place
    ner: Optional[str] = None
    role: Optional[str] = None  # the title written before the name ("Creative Director Harbor Lane")


def stretches(an: Analysis, first: int, last: int) -> list[list[int]]:
    """Runs of capitalised tokens in a sentence, with the connectors of long names inside them."""
    toks = an.tokens
    out: list[list[int]] = [[]]
    for k in range(first, last):
        w = toks[k].text
        if _capital(w) or (out[-1] and (w == "." and len(toks[k - 1].text) == 1 or ARTICLE_CAP.match(w)
                                        or w.lower() in _CONNECT and k + 1 < last and _capital(toks[k + 1].text))):
            out[-1].append(k)
        elif out[-1]:
            out.append([])
    return [r for r in out if r]


def title_case(an: Analysis, sent) -> bool:
    """A Title Case headline (three words or more, most capitalised, no closing stop)."""
    words = [t.text for t in an.tokens[sent.first:sent.last] if t.text.isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) \
        and an.tokens[sent.last - 1].text not in ".!?\"”"


Readings = dict  # (sentence index, first token of a run) -> (run, Mention or None)


def readings(an: Analysis) -> Readings:
    """Every capitalised run of every sentence (Title Case headlines left out: capitals say nothing
    there), read once as a speaker phrase is (`mentions.mention_from_tokens`). The inventory and
    the salience ranker both read these: reading each run twice cost as much as the rest of the
    rules path."""
    out: Readings = {}
    for si, sent in enumerate(an.sentences):
        if title_case(an, sent):
            continue
        for run in stretches(an, sent.first, sent.last):
            out[(si, run[0])] = (run, mention_from_tokens(an, run, scan=True))
    return out


def person_mentions(an: Analysis, skip: Sequence[tuple[int, int]] = (),
                    read: Optional[Readings] = None) -> tuple[PersonMention, ...]:
    """Every person's name in the article, in reading order, outside the spans in `skip`
    (the direct quotes: a name inside somebody's words is not who the passage is about), with
    what the sentence says of it. `read`: the article's `readings`, when they were made already."""
    return tuple(_describe(an, an.sentences[si], run, m) for si, run, m in _persons(an, skip, read))


def person_names(an: Analysis, read: Optional[Readings] = None) -> tuple[Mention, ...]:
    """The mentions `person_mentions` reads as persons, without reading their sentences (the
    inventory needs only where the names stand and the role they were read with)."""
    return tuple(p for _, _, m in _persons(an, (), read) for p in _pair(m))


# two names of two words or more joined by a hyphen, as news writes a pair of office holders
_PAIR = re.compile(r"([A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*)+)-([A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*)+)")


def _pair(m: Mention) -> tuple[Mention, ...]:
    """"pemerintahan Ridwan Kamal-Uu Ruzhanul Hakim": two persons, each a mention of its own (the
    second is the "Uu" the article quotes); any other mention as it is."""
    pair = _PAIR.fullmatch(m.text) if "-" in m.text else None
    if not pair:
        return (m,)
    cut = m.start + pair.end(1)
    return (attrs.evolve(m, text=pair.group(1), end=cut), attrs.evolve(m, text=pair.group(2), start=cut + 1))


_NUMBERED = re.compile(r"\s*[-–]\s*\d")


def _persons(an: Analysis, skip: Sequence[tuple[int, int]], read: Optional[Readings]):
    out = []
    # by bisection (positions.Cover, closed intervals): testing every direct quote for every name
    # made long articles cost their quotes times their names
    quoted = Cover([(a, b - 1) for a, b in skip]) if skip else None
    for (si, _), (run, m) in (read if read is not None else readings(an)).items():
        if quoted is not None and quoted.holds(an.tokens[run[0]].start):
            continue
        if m is None or m.kind != "person":
            if not _appositive_name(an, an.sentences[si], run):
                continue
            t = an.tokens[run[0]]  # "Adi, seorang warga Sukajadi, ...": the apposition says it is a name
            m = Mention(t.text, t.start, t.end, "person")
        if not can_speak(m.text, "person"):
            continue
        if _NUMBERED.match(an.text, m.end, m.end + 6):
            continue  # "Covid - 19", "Su - 30": a name with a number is a thing
        out.append((si, run, m))
    return out


def _appositive_name(an: Analysis, sent, run: list[int]) -> bool:
    toks = an.tokens
    k = run[-1] + 1
    if len(run) != 1 or k + 1 >= sent.last or toks[k].text != ",":
        return False
    w, nxt = toks[run[0]].text, toks[k + 1].text.lower()
    return (w.isalpha() and w.lower() not in an.lower and not is_title(w) and w.lower() not in NOT_NAME
            and w.lower() not in ORG_WORDS and (nxt in PEOPLE_WORDS or is_title(nxt)))


class _Lowered:
    """The tokens' lower-case texts, made when read: lowering every token of the article for each
    mention made long articles cost their length squared."""

    def __init__(self, tokens):
        self.tokens = tokens

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [t.text.lower() for t in self.tokens[k]]
        return self.tokens[k].text.lower()


def _describe(an: Analysis, sent, run: list[int], m) -> PersonMention:
    toks = an.tokens
    low = _Lowered(toks)
    s0, e0 = run[0], run[-1]
    before = [low[k] for k in range(max(sent.first, s0 - 3), s0)]
    titled = m.role is not None or bool(before and is_title(before[-1]))
    # "di Cibeunying", "warga Cibeunying", "asal Garut": a place
    locative = bool(before) and before[-1] in ("di", "ke", "dari", "menuju", "warga", "asal", "penduduk")
    oblique = bool(before) and (before[-1] in PREPOSITIONS or any(
        b in PREPOSITIONS and all(is_title(x) for x in before[n + 1:]) for n, b in enumerate(before)))
    says = bool(before) and any(r.role in _SAY_ROLES for r in roles_for(before[-1]))
    # "disampaikan oleh Chandra": the agent of a passive verb of saying
    says = says or (len(before) >= 2 and before[-1] == "oleh" and any(r.role in _SAY_ROLES for r in roles_for(before[-2])))
    # "putra sulung aktor Rudy Halim, ...": a name inside the apposition of an earlier name
    k = s0 - 1
    while k > sent.first and low[k].isalpha() and low[k] == toks[k].text:
        k -= 1
    embedded = k < s0 - 1 and toks[k].text == "," and k > sent.first and _capital(toks[k - 1].text)
    # "Budi, kuasa hukum Y, menyatakan": the apposition says who Budi is; the verb after it is his
    a = e0 + 1
    apposition = False
    if a < sent.last and toks[a].text == ",":
        nxt = toks[a + 1].text if a + 1 < sent.last else ""
        close = next((k for k in range(a + 1, min(sent.last, a + 14)) if toks[k].text == ","), None)
        if before and before[-1] == "," and nxt[:1].islower() and _previous_role(an, sent, s0):
            # "Rektor Universitas X, Hamdan Fikri, menyambut ...": the name closes the apposition of
            # the role before it, and the verb after the comma is theirs
            titled = apposition = True
            a += 1
        elif (_DATEISH.match(nxt) or nxt.lower() in _TIMES) and close is not None:
            a = close + 1  # "Agus, Jumat, mengatakan", "Erwin, pekan lalu, menyampaikan": a time aside
        elif (nxt[:1].islower() or is_title(nxt)) and not roles_for(nxt):  # not "Budi, menurut ..."
            apposition = True
            oblique = locative = False  # "datang dari Helen Ward, wanita yang ...": introduced
            titled = titled or nxt.lower() in PEOPLE_WORDS or is_title(nxt)
            a = close + 1 if close is not None else a
        elif _previous_role(an, sent, s0):
            titled = apposition = True  # "Komisioner Ombudsman RI, Sari Dewi, ..."
    elif before and before[-1] == "," and _previous_role(an, sent, s0):
        titled = apposition = True
    if a + 2 < sent.last and age_in_brackets([t.text for t in toks[a:a + 3]]):
        titled, oblique, locative = True, False, False  # "datang dari Chandra (38)": introduced with an age
        a += 3
        if a < sent.last and toks[a].text == ",":
            a += 1  # "Sutrisno (52), mengaku ...": the verb after the age's comma is theirs
    while a < sent.last and low[a] in ADVERBS:
        a += 1
    after = toks[a].text if a < sent.last else ""
    says = says or any(r.role in _SAY_ROLES for r in roles_for(after))
    lead = low[sent.first:s0]
    dash = max((n for n, w in enumerate(lead) if w in "-–—"), default=-1)  # "KOMPAS.com - Budi ..."
    lead = [w for w in lead[dash + 1:] if w not in _OPENERS]
    # "Pengamat transportasi Rudi ...", "Kuasa hukum terdakwa, Michael ...": a role opens the sentence
    # ... or a description of the person does ("Seorang warga Kampung Melayu, Sutrisno (52), mengaku")
    opens = not lead or (is_title(lead[0]) or lead[0] in PEOPLE_WORDS) and all(w.isalpha() or w == "," for w in lead)
    subject = opens and after[:1].islower() and after.isalpha() and after.lower() not in DEMONSTRATIVES
    tags = {toks[k].ner for k in run if toks[k].start >= m.start and toks[k].end <= m.end} - {None}
    ner = "PERSON" if "PERSON" in tags else (next(iter(sorted(tags))) if tags else None)
    return PersonMention(m.text, m.start, m.end, subject, says, titled, apposition, oblique or embedded,
                         locative, ner, m.role)


def _previous_role(an: Analysis, sent, s0: int) -> bool:
    """"Komisioner Ombudsman RI, Sari Dewi", "Kuasa hukum terdakwa, Michael": a role before the comma."""
    k = s0 - 2
    while k >= max(sent.first, s0 - 8) and an.tokens[k].text.isalpha() and not is_title(an.tokens[k].text):
        k -= 1
    return k >= sent.first and is_title(an.tokens[k].text)

"""Salience: the person "-nya", "ia", "dia" or a quote without a cue stands for.

A reader takes the person the passage is about: usually the one quoted last, unless somebody else
has since become the subject of the story ("Desi menilai, ... "...," katanya."), and never a place,
a date, an organisation, a document, or a person named only inside a prepositional phrase
("kepada Budi"). Here the people mentioned before a quote are listed (speakers already resolved,
capitalised names read with the speaker-phrase grammar of `mentions`), each is described by a few
features, and a small linear model (conditional logistic regression) picks one. Its weights are
learned by scripts/train_salience.py from gold articles and from raw news where the name a writer
gave after the verb is hidden ("...," ujar Budi -> "...," ujarnya), and ship in
quotes/data/salience.json. One feature counts, over raw news, how often a name's words fill the
speaker's slot after a verb of saying (speaker_words.tsv): people do, clubs, apps and agencies
written as often do not.
Pure functions of the analysis, the position and the speakers resolved before it.
"""
from __future__ import annotations

import bisect
import functools
import json
import math
import re
from importlib import resources
from typing import Callable, Optional, Sequence

import attrs

from .analysis import Analysis
from .lexicon import ADVERBS, NOT_NAME, ORG_WORDS, data_lines, is_title, roles_for
from .mentions import Mention, mention_from_tokens
from .positions import Cover

FEATURES = (
    "rules_choice",      # the hand-written rules' pick (the model learns when to overrule them)
    "last_speaker",      # the person quoted last
    "speaker_recency",   # 1 / rank among the distinct speakers, most recent first (0: never quoted)
    "speaker_count",     # how many quotes they were given
    "char_distance",     # log distance from their last mention or quote to the position
    "sentence_distance",  # sentences between (capped at 10)
    "since_last_quote",  # named after the end of the last quote
    "new_subject",       # ... as the subject of a sentence or of a verb of saying
    "subject",           # their last mention opens its sentence and a lower-case verb follows
    "says",              # their last mention is followed (or preceded) by a verb of saying
    "titled",            # introduced with a title or job ("Kepala Dinas X Budi")
    "apposition",        # introduced with an apposition ("Budi, kuasa hukum Y, ...")
    "oblique",           # their last mention sits in a prepositional phrase ("kepada Budi")
    "mentions",          # how often the article named them so far
    "same_paragraph",    # their last mention is in the paragraph of the position
    "recent_rank",       # 1 / rank by the recency of the last mention among the candidates
    "latest_subject",    # the last person brought in as a subject or with a verb of saying
    "common_words",      # share of the name's words the article also writes in lower case
    "place_like",        # a word of the name is a place, or a mention follows "di" / "ke" / "dari"
    "first_person",      # the first person the article names
    "unnamed",           # a speaker the article never names ("seorang warga")
    "organisation",      # an organisation: only ever the rules' pick, which the model may overrule
    "ner_person",        # the entity model tagged a mention as a person
    "ner_other",         # ... as an organisation or a place
    "speaker_words",     # how often raw news writes the name's words right after a verb of saying
)
# prepositions: a person named after one is an object, not who the passage is about
PREPOSITIONS = frozenset(
    "kepada dengan oleh dari bersama untuk terhadap ke di pada antara tentang atas bagi melawan soal "
    "mengenai terkait via lewat melalui seperti".split())
# words that may stand before the subject at the start of a sentence
_OPENERS = frozenset("sementara itu adapun namun kemudian lalu selain sedangkan menurut di sisi lain , ( ) :".split())
_CONNECT = frozenset("dan & bin binti van de der von al el of at".split())
_DOCUMENTS = frozenset("surat unggahan dokumen laporan keterangan rilis siaran pernyataan data akun "
                       "video postingan cuitan putusan".split())
_DEMONSTRATIVES = frozenset("ini itu tersebut".split())
_REGIONS = frozenset("asia eropa amerika afrika australia oseania timur tengah".split())  # not in places.tsv
# words that describe an unnamed person ("seorang warga"); an "unnamed" speaker without one is a misreading
_PEOPLE = frozenset(
    """seorang salah pria wanita perempuan laki-laki sumber orang korban saksi pasien anak remaja pemuda
    pemudi ibu bapak petugas pedagang pengunjung penumpang nelayan petani buruh sopir pengemudi mahasiswa
    siswa pelajar murid karyawan pegawai relawan tetangga keluarga istri suami ayah kakak adik kakek nenek
    warga tokoh ustaz kiai santri atlet pemain pelatih penonton pembeli penjual pengusaha pekerja""".split())
_SAY_ROLES = frozenset({"say", "weak", "post", "menurut", "passive"})
_DATEISH = re.compile(r"\d|\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b", re.I)
_TIMES = frozenset("pekan kemarin hari minggu bulan tahun tadi sore pagi siang malam beberapa".split())


@attrs.frozen(slots=True)
class Said:
    """A quote already attributed: who said it, where the quote is, where the speaker is named."""
    name: str
    type: Optional[str]
    start: int
    end: int
    kind: str = "direct"
    named_at: Optional[int] = None
    role: Optional[str] = None


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
    role: Optional[str] = None  # the title written before the name ("Creative Director Urban Quarter")


@attrs.frozen(slots=True)
class Candidate:
    name: str
    type: str
    features: tuple[float, ...]
    start: int  # the last mention (or quote) of them before the position
    end: int


@attrs.frozen(slots=True)
class Referent:
    name: str
    type: str
    probability: float
    start: int
    end: int


# ---------------------------------------------------------------- mentions
@functools.lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Lower-case place names (Indonesian regions, countries) from quotes/data/places.tsv."""
    return frozenset(line.split("\t")[0] for line in data_lines("places.tsv"))


@functools.lru_cache(maxsize=None)
def _speaker_counts() -> dict[str, tuple[int, int]]:
    """speaker_words.tsv (scripts/build_speaker_words.py): word -> (times right after a verb of
    saying, times written at all)."""
    out = {}
    for line in data_lines("speaker_words.tsv"):
        w, slot, cap, low = line.split("\t")
        out[w] = (int(slot), int(cap) + int(low))
    return out


# below this, a name's best word is written often in news and (almost) never after a verb of
# saying: 0 of 58 uses or more, 1 of 183 or more. A surname alone can fall under it ("Subianto"
# 0.06, written after "Prabowo"): the whole name is scored by its best word ("Prabowo Subianto" 0.54)
THING = 0.15


@functools.lru_cache(maxsize=65536)
def speaker_words(name: str) -> float:
    """How much a name looks like somebody who speaks, from 0 to 1: the best of its words by the
    share of their uses that name a speaker after a verb of saying in raw news. People's names score
    about 0.5-0.9 ("Budi" 0.89, "Jokowi" 0.69), organisations, places and products under 0.2
    ("Barcelona" 0.12, "Otoritas" 0.03). A word never counted (a rare name) gets 0.61, as if seen
    once in the slot out of five uses: rare words are names more often than not."""
    counts = _speaker_counts()
    best = None
    for w in re.findall(r"[a-z][a-z'\u2019\-]+", name.lower()):
        slot, seen = counts.get(w, (0, 0))
        r = (slot + 0.5) / (seen + 5)
        v = min(1.0, math.log1p(100 * r) / math.log(51))
        best = v if best is None else max(best, v)
    return 0.0 if best is None else best


def _capital(w: str) -> bool:
    return w[:1].isupper() and any(ch.isalpha() for ch in w)


def _stretches(an: Analysis, first: int, last: int) -> list[list[int]]:
    """Runs of capitalised tokens in a sentence, with the connectors of long names inside them."""
    toks = an.tokens
    out: list[list[int]] = [[]]
    for k in range(first, last):
        w = toks[k].text
        if _capital(w) or (out[-1] and (w == "." and len(toks[k - 1].text) == 1 or w.lower() in _CONNECT
                                        and k + 1 < last and _capital(toks[k + 1].text))):
            out[-1].append(k)
        elif out[-1]:
            out.append([])
    return [r for r in out if r]


def person_mentions(an: Analysis, skip: Sequence[tuple[int, int]] = ()) -> tuple[PersonMention, ...]:
    """Every person's name in the article, in reading order, outside the spans in `skip`
    (the direct quotes: a name inside somebody's words is not who the passage is about)."""
    out = []
    # by bisection (positions.Cover, closed intervals): testing every direct quote for every name
    # made long articles cost their quotes times their names
    quoted = Cover([(a, b - 1) for a, b in skip])
    for sent in an.sentences:
        words = [t.text for t in an.tokens[sent.first:sent.last] if t.text.isalpha()]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) \
                and an.tokens[sent.last - 1].text not in ".!?\"”":
            continue  # a Title Case headline: capitals say nothing there
        for run in _stretches(an, sent.first, sent.last):
            if quoted.holds(an.tokens[run[0]].start):
                continue
            m = mention_from_tokens(an, run)
            if (m is None or m.kind != "person") and _appositive_name(an, sent, run):
                t = an.tokens[run[0]]  # "Adi, seorang warga Sukajadi, ...": the apposition says it is a name
                m = Mention(t.text, t.start, t.end, "person")
            if m is None or m.kind != "person" or not can_speak(m.text, "person"):
                continue
            if re.match(r"\s*[-–]\s*\d", an.text[m.end:m.end + 6]):
                continue  # "Covid - 19", "Su - 30": a name with a number is a thing
            out.append(_describe(an, sent, run, m))
    return tuple(out)


def _appositive_name(an: Analysis, sent, run: list[int]) -> bool:
    toks = an.tokens
    k = run[-1] + 1
    if len(run) != 1 or k + 1 >= sent.last or toks[k].text != ",":
        return False
    w, nxt = toks[run[0]].text, toks[k + 1].text.lower()
    return (w.isalpha() and w.lower() not in an.lower and not is_title(w) and w.lower() not in NOT_NAME
            and w.lower() not in ORG_WORDS and (nxt in _PEOPLE or is_title(nxt)))


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
    # "putra sulung aktor Fery Salim, ...": a name inside the apposition of an earlier name
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
            # "Rektor Universitas X, Hamid Fahmy, menyambut ...": the name closes the apposition of
            # the role before it, and the verb after the comma is theirs
            titled = apposition = True
            a += 1
        elif (_DATEISH.match(nxt) or nxt.lower() in _TIMES) and close is not None:
            a = close + 1  # "Agus, Jumat, mengatakan", "Erwin, pekan lalu, menyampaikan": a time aside
        elif (nxt[:1].islower() or is_title(nxt)) and not roles_for(nxt):  # not "Budi, menurut ..."
            apposition = True
            oblique = locative = False  # "datang dari Helen Bond, wanita yang ...": introduced
            titled = titled or nxt.lower() in _PEOPLE or is_title(nxt)
            a = close + 1 if close is not None else a
        elif _previous_role(an, sent, s0):
            titled = apposition = True  # "Komisioner Ombudsman RI, Sari Dewi, ..."
    elif before and before[-1] == "," and _previous_role(an, sent, s0):
        titled = apposition = True
    if a + 2 < sent.last and toks[a].text == "(" and toks[a + 1].text.isdigit() and toks[a + 2].text == ")":
        titled, oblique, locative = True, False, False  # "datang dari Chandra (38)": introduced with an age
        a += 3
    while a < sent.last and low[a] in ADVERBS:
        a += 1
    after = toks[a].text if a < sent.last else ""
    says = says or any(r.role in _SAY_ROLES for r in roles_for(after))
    lead = low[sent.first:s0]
    dash = max((n for n, w in enumerate(lead) if w in "-–—"), default=-1)  # "KOMPAS.com - Budi ..."
    lead = [w for w in lead[dash + 1:] if w not in _OPENERS]
    # "Pengamat transportasi Rudi ...", "Kuasa hukum terdakwa, Michael ...": a role opens the sentence
    opens = not lead or is_title(lead[0]) and all(w.isalpha() or w == "," for w in lead)
    subject = opens and after[:1].islower() and after.isalpha() and after.lower() not in _DEMONSTRATIVES
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



@functools.lru_cache(maxsize=65536)  # pure, and asked for the same few names again and again
def can_speak(name: str, kind: Optional[str]) -> bool:
    """A person or a described speaker, not a place, a date, an organisation or a document."""
    if not name or kind == "organization":
        return False
    low = name.lower()
    words = low.split()
    if kind == "unnamed":
        return words[0] not in _DOCUMENTS and any(w in _PEOPLE or is_title(w) for w in words)
    # "KOMPAS.com" is the outlet; "Alternatifnya" a word with -nya opening a sentence
    if not _capital(name) or _DATEISH.search(name) or low in places() or low in _REGIONS \
            or re.search(r"[a-z]\.[a-z]{2,}", low) or (len(words) == 1 and len(low) > 6 and low.endswith("nya")):
        return False
    if any(w.strip("()") in ORG_WORDS for w in words) or all(w in NOT_NAME for w in words):
        return False
    return not (len(words) >= 2 and " ".join(words[-2:]) in places() and len(words) <= 3)


# ---------------------------------------------------------------- candidates and features
def _canonical(canonical: Callable[[str], str], text: str) -> str:
    full = canonical(text)
    # a "fullest form" of five words or more has swallowed a headline or an organisation
    return full if len(full.split()) <= 4 or len(text.split()) >= len(full.split()) else text


# How far back (characters) a pronoun's referent is looked for. A reader finds it in the passage
# before; reading every earlier mention and quote made an article cost its quotes times its
# mentions (a 2.7 MB article never finished). Three times the longest news article at hand, so an
# ordinary article is read whole.
WINDOW = 20_000


def _within(name: str, roles: str) -> bool:
    """"pihak X" after "Creative Director X Adelaide": a name inside a person's title is their employer."""
    return name in roles and bool(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", roles))


def candidates(an: Analysis, pos: int, history: Sequence[Said], canonical: Callable[[str], str],
               mentions: Sequence[PersonMention], prior: Optional[str] = None) -> list[Candidate]:
    """The people a pronoun at `pos` may stand for, each with its feature vector (FEATURES order).
    `prior` is the name the caller's rules chose, if any."""
    groups: dict[str, list[PersonMention]] = {}
    order: list[str] = []
    # only the passage before the position (both are in reading order): see WINDOW
    history = history[bisect.bisect_left(history, pos - WINDOW, key=lambda h: h.start):]
    mentions = mentions[bisect.bisect_left(mentions, pos - WINDOW, key=lambda m: m.start):
                        bisect.bisect_right(mentions, pos, key=lambda m: m.end)]
    # an "organisation" the article gives a job title is a person ("Creative Director X Adelaide")
    orgs = {h.name for h in history if h.type == "organization"} - {h.name for h in history if h.role} - {
        _canonical(canonical, m.text) for m in mentions if m.role}
    # (a role that lists people, "Raden Brotoseno dan Angelina", is a misreading: left out)
    roles = " | ".join(r for r in [m.role for m in mentions] + [h.role for h in history]
                       if r and " dan " not in r)
    inside: dict[str, bool] = {}  # _within per name: a name recurs in many mentions and quotes

    def within(name: str) -> bool:
        if name not in inside:
            inside[name] = _within(name, roles)
        return inside[name]

    for m in mentions:
        name = _canonical(canonical, m.text)
        if not can_speak(name, "person") or name in orgs or within(name):
            continue
        order += [] if name in groups else [name]
        groups.setdefault(name, []).append(m)
    said = [h for h in history if h.start < pos and not within(h.name)
            and can_speak(h.name, "person" if h.type == "organization" and h.name not in orgs else h.type)]
    kinds: dict[str, str] = {}
    if prior is not None and prior in orgs:  # an organisation only as the rules' pick
        kinds[prior] = "organization"
        said += [h for h in history if h.name == prior and h.start < pos]
    elif prior is not None and can_speak(prior, "person") and prior not in groups:
        # the rules' pick is a candidate too; a shorter form of it ("Nicholas Salim") is the same person
        short = [n for n in groups if set(n.split()) < set(prior.split())]
        merged = sorted((m for n in short for m in groups.pop(n)), key=lambda m: m.start)
        groups[prior] = merged
        order = [prior if n == short[0] else n for n in order if n not in short[1:]] if short else order + [prior]
    for h in said:
        kinds.setdefault(h.name, "unnamed" if h.type == "unnamed" else "person")
        order += [] if h.name in groups else [h.name]
        groups.setdefault(h.name, [])
    if not groups:
        return []
    speakers = list(dict.fromkeys(h.name for h in reversed(said)))
    last_quote_end = max((h.end for h in history if h.start < pos), default=0)
    cur_sent = an.sentence_of(pos)
    first = order[0] if order and groups[order[0]] else None
    rows = []
    quoted: dict[str, list[Said]] = {}
    for h in said:
        quoted.setdefault(h.name, []).append(h)
    for name in groups:
        ms = groups[name]
        quotes = quoted.get(name, [])
        spans = [(m.start, m.end) for m in ms] + [(h.named_at if h.named_at is not None else h.start, h.end)
                                                  for h in quotes]
        if not spans:  # the rules' pick, never written out as such before the position
            at = an.text.rfind(name.split()[-1], max(0, pos - WINDOW), pos)
            spans = [(at, at + len(name.split()[-1]))] if at >= 0 else [(0, 0)]
        start, end = max(spans, key=lambda s: s[1])
        end = min(end, pos)
        since = [m for m in ms if m.start >= last_quote_end]
        last = ms[-1] if ms else None
        words = name.split()
        cues = [m.start for m in ms if m.subject or m.says] + [h.named_at for h in quotes if h.named_at is not None]
        f = {
            "rules_choice": float(prior is not None and prior == name),
            "last_speaker": float(bool(speakers) and speakers[0] == name),
            "speaker_recency": 1.0 / (speakers.index(name) + 1) if name in speakers else 0.0,
            "speaker_count": min(1.0, math.log1p(len(quotes)) / math.log(10)),
            "char_distance": min(1.0, math.log1p(max(0, pos - end)) / math.log(5000)),
            "sentence_distance": min(10, max(0, cur_sent - an.sentence_of(max(0, end - 1)))) / 10,
            "since_last_quote": float(bool(since)),
            "new_subject": float(any(m.subject or m.says for m in since)),
            "subject": float(last is not None and last.subject),
            "says": float(last is not None and last.says),
            "titled": float(any(m.titled for m in ms)),
            "apposition": float(any(m.apposition for m in ms)),
            "oblique": float(last is not None and last.oblique),
            "mentions": min(1.0, math.log1p(len(ms)) / math.log(20)),
            "same_paragraph": float("\n" not in an.text[end:pos]),
            "first_person": float(name == first),
            "unnamed": float(kinds.get(name) == "unnamed"),
            "organisation": float(kinds.get(name) == "organization"),
            "ner_person": float(any(m.ner == "PERSON" for m in ms)),
            "ner_other": float(any(m.ner not in (None, "PERSON") for m in ms)),
            "common_words": sum(w in an.lower or w.lower() in an.lower for w in words) / len(words),
            "place_like": float(any(w.lower() in places() for w in words) or any(m.locative for m in ms)),
            "speaker_words": speaker_words(name),
        }
        rows.append((name, kinds.get(name, "person"), f, start, end, max(cues, default=-1)))
    recency = sorted({r[4] for r in rows}, reverse=True)
    latest = max(r[5] for r in rows)
    out = []
    for name, kind, f, start, end, cued in rows:
        f["recent_rank"] = 1.0 / (recency.index(end) + 1)
        f["latest_subject"] = float(cued >= 0 and cued == latest)
        out.append(Candidate(name, kind, tuple(f[k] for k in FEATURES), start, end))
    return out


# ---------------------------------------------------------------- the model
@functools.lru_cache(maxsize=None)
def load_weights(neural: bool = False) -> Optional[tuple[float, ...]]:
    """The shipped weights (FEATURES order), or None when the file is missing or for other features.
    Model analyses have weights of their own (salience-neural.json, learned from the candidates
    the entity model shapes), falling back to the rules' weights."""
    data: dict = {}
    for name in (["salience-neural.json"] if neural else []) + ["salience.json"]:
        path = resources.files("quotes").joinpath("data").joinpath(name)
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            break
    return tuple(float(data["weights"][k]) for k in FEATURES) if tuple(data.get("features", ())) == FEATURES else None


def scores(cands: Sequence[Candidate], weights: Sequence[float]) -> list[float]:
    """Softmax probabilities of the candidates under the linear model."""
    raw = [sum(w * x for w, x in zip(weights, c.features)) for c in cands]
    top = max(raw)
    exp = [math.exp(r - top) for r in raw]
    total = sum(exp)
    return [e / total for e in exp]


def choose_referent(an: Analysis, pos: int, history: Sequence[Said], canonical: Callable[[str], str],
                    mentions: Optional[Sequence[PersonMention]] = None, prior: Optional[str] = None,
                    weights: Optional[Sequence[float]] = None) -> Optional[Referent]:
    """The person a pronoun (or a quote without a cue) at character `pos` stands for, or None when
    there is nobody to choose from or no model (the caller then keeps its own rules). `history`:
    the quotes attributed so far; `canonical`: a name's fullest form in the article; `mentions`:
    person_mentions(an, direct quote spans), computed here if not given; `prior`: the speaker the
    caller's own rules picked, a feature the model weighs."""
    weights = weights if weights is not None else load_weights(an.neural)
    if weights is None:
        return None
    cands = candidates(an, pos, history, canonical, person_mentions(an) if mentions is None else mentions, prior)
    if not cands:
        return None
    probs = scores(cands, weights)
    best = max(range(len(cands)), key=lambda k: (probs[k], cands[k].end))
    return Referent(cands[best].name, cands[best].type, probs[best], cands[best].start, cands[best].end)

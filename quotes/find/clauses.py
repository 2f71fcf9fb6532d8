"""The extent and kind of a reported clause: where the words a cue reports end, and whether marks
inside them make the quote mixed. A reported clause stops where a quotation of its own starts; it
runs on over a title in marks (still indirect) and over a fragment in the speaker's own words
("Menurut dia, kebijakan tersebut "tidak adil"."): one mixed quote, marks and all."""
from __future__ import annotations

import bisect
import re
from typing import Sequence

import attrs

from ..lexicon.words import (
    ADVERBS,
    COMPLEMENTISERS,
    NEGATIONS,
    NOT_VERBS,
    PREDICATE_WORDS,
    QUOTE_CHARS,
    VERB_SHAPE,
    cue_for,
)
from ..nlp.analysis import Analysis
from ..text.paragraphs import count_words
from ..text.positions import tokens_within
from .cues import cue_after
from .marks import Span


@attrs.frozen(eq=False)
class Marked:
    """An article's quotation-mark spans, looked up by position. Built once per article: going
    through every span for every reported clause made long articles cost clauses times quotes."""

    by_open: dict  # position of the opening mark -> its span
    opens: tuple[int, ...]  # sorted
    spans: tuple[Span, ...]  # in the order of `opens`

    @classmethod
    def of(cls, spans: Sequence[Span]) -> "Marked":
        ordered = sorted(spans, key=lambda sp: sp.open)
        return cls({sp.open: sp for sp in spans}, tuple(sp.open for sp in ordered), tuple(ordered))

    def opened_between(self, start: int, end: int) -> tuple[Span, ...]:
        """The spans whose opening mark lies strictly between `start` and `end`."""
        return self.spans[bisect.bisect_right(self.opens, start):bisect.bisect_left(self.opens, end)]


def clean_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;"):
        end -= 1
    return end


def content_end(an: Analysis, sent, start: int, marked: Marked) -> int:
    """Where a reported clause that starts at `start` ends. It stops where a quotation of its own
    starts (a capitalised sentence in marks, an unpaired mark); it runs on over marks that hold a
    title ("program "Kampung Tangguh" belum berjalan") or a fragment of the clause in the speaker's
    own words ("kebijakan itu "tidak adil" bagi warga"), marks and all."""
    text = an.text
    end = sent.end
    by_open = marked.by_open
    ch_i = start + 1
    while ch_i < end:
        if text[ch_i] not in QUOTE_CHARS:
            ch_i += 1
            continue
        sp = by_open.get(ch_i)
        if sp is None or sp.close is None or _speech_of_its_own(text[sp.start:sp.end].strip()):
            end = ch_i
            break
        close = sp.close
        if close + 1 >= end and an.sentences:
            # marks that run past the sentence the splitter saw (a full stop inside them)
            end = max(end, an.sentences[an.sentence_of(close)].end)
        if cue_after(an, close) is not None:
            end = close + 1  # ""...," tambahnya": the clause ends with its marks, before the cue
            break
        ch_i = close + 1
    end = clean_end(text, start, _next_verb(an, start, end))
    return _setting_start(text, start, end)


_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
# where and when the words were said, closing the sentence after the clause: "... saat ditemui di
# kantornya, Senin (3/6)", "... dalam diskusi daring di Jakarta, Rabu, 5 Juni 2024". Reporters being
# received ("saat dikonfirmasi") always set the scene; an event ("dalam acara ...") only when the
# day of the statement closes it, as inside a clause it is content ("dibahas dalam rapat itu").
_SETTING = re.compile(
    r"(?:,\s*)?\s(?:saat|ketika|usai|seusai|sewaktu)\s+(?:ditemui|dikonfirmasi|dihubungi|diwawancarai)\b[^.;]*$"
    r"|(?:,\s*)?\s(?:dalam|saat|ketika|di\s+sela(?:-sela)?)\s+(?:acara|kegiatan|diskusi|konferensi\s+pers|jumpa\s+pers"
    r"|kampanye|seminar|webinar|sambutan|wawancara|peresmian|kunjungan|talkshow|dialog)\b[^.;,]*,\s*" + _DAY
    + r"\b[^.;]*$")


def _setting_start(text: str, start: int, end: int) -> int:
    """The clause's end before the setting of the statement that closes it, if one does and at
    least four words of the clause stand before it."""
    m = _SETTING.search(text, start, end)
    if m is None or len(text[start:m.start()].split()) < 4:
        return end
    return clean_end(text, start, m.start())


_AND = frozenset("dan serta tetapi tapi namun".split())


def _next_verb(an: Analysis, start: int, end: int) -> int:
    """"Budi menuding bahwa X, dan mempertanyakan mengapa ...", "menuduh X, tetapi tidak secara
    langsung menuduh ...": a verb of saying coordinated after a comma is the speaker's next
    statement (or its denial); the clause ends at the comma."""
    toks = tokens_within(an.tokens, start, end)
    for n, t in enumerate(toks):
        if t.text != "," or n + 1 >= len(toks) or toks[n + 1].text.lower() not in _AND:
            continue
        k = n + 2
        while k < len(toks) and toks[k].text.lower() in ADVERBS | NEGATIONS:
            k += 1
        c = cue_for(toks[k].text) if k < len(toks) else None
        if c is not None and c.role in ("say", "weak") or k < len(toks) and toks[k].text.lower() in _SPEECH_ACTS:
            return t.start
    return end


# verbs of a speaker's next act that are no cue of their own (they take plain objects too), yet
# end the clause before them when coordinated after a comma: "menuding X, dan mempertanyakan ..."
_SPEECH_ACTS = frozenset("mempertanyakan mengkritik menyoroti mendesak mendorong menyerukan".split())


def clause_kind(text: str, start: int, end: int, marked: Marked) -> str:
    """"mixed" when the reported clause holds marks around a fragment of its own words (not a
    title, not a sentence of speech with a cue of its own), else "indirect"."""
    for sp in marked.opened_between(start, end):
        if sp.close is not None and sp.close < end:
            frag = text[sp.start:sp.end].strip()
            if frag and not _title(frag) and not _speech_of_its_own(frag):
                return "mixed"
    return "indirect"


def _speech_of_its_own(frag: str) -> bool:
    """A capitalised sentence in marks ("Kami siap membantu."), not a fragment or a title."""
    words = frag.split()
    return bool(words) and frag[:1].isupper() and len(words) >= 4 and not _title(frag)


def _title(frag: str) -> bool:
    """"Kampung Tangguh", "Merdeka Belajar": a name in marks, every content word capitalised."""
    words = [w for w in re.findall(r"[\w'-]+", frag) if w.lower() not in _NAME_GLUE]
    return bool(words) and len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


_NAME_GLUE = frozenset({"dan", "di", "ke", "dari", "untuk", "yang", "of", "the", "and", "for"})


def has_predicate(an: Analysis, start: int, end: int) -> bool:
    """Does the text after a cue read as a clause (it has a verb or a predicate word) rather than
    a noun phrase? With Stanza's tags a verb, auxiliary or adjective decides; without, word shapes."""
    toks = tokens_within(an.tokens, start, end)
    if any(t.upos is not None for t in toks):
        return any(t.upos in ("VERB", "AUX", "ADJ") for t in toks[1:]) or any(
            t.text.lower() in PREDICATE_WORDS for t in toks)
    for t in toks[1:]:
        low = t.text.lower()
        if low in PREDICATE_WORDS or (VERB_SHAPE.match(low) and not low.endswith(("an", "nya"))
                                      and low not in NOT_VERBS):
            return True
    return False


def clause_from(an: Analysis, sent, begin: int, marked: Marked, predicate_from: int | None = None
                ) -> tuple[int, int] | None:
    """The reported clause from `begin` on in its sentence, (start, end), when it holds four words or
    more and a predicate (read from `predicate_from`, the clause's start when None); else None."""
    start = clean_start(an.text, begin, sent.end)
    end = content_end(an, sent, start, marked)
    if count_words(an.text[start:end]) < 4 or not has_predicate(an, start if predicate_from is None else predicate_from, end):
        return None
    return start, end


def clean_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    return start


# first words that make what follows a weak verb a clause, not its object: a subject pronoun
# ("menyampaikan dirinya tidak ..."), existential "ada", a negation, a question word
# ("mengungkapkan betapa ...", "mempertanyakan mengapa ...")
_CLAUSE_OPENING = frozenset(
    """dirinya pihaknya ia dia mereka kami kita saya beliau ada tidak tak belum betapa bagaimana mengapa
    apakah pentingnya perlunya""".split())
# "menekankan pentingnya X", "menegaskan perlunya X": the importance or need of something is the
# speaker's stance, reported as a clause is, though no predicate follows
_STANCE = frozenset("pentingnya perlunya".split())


def stance(word: str) -> bool:
    return word.lower() in _STANCE


def opens_clause(word: str, predicate: bool) -> bool:
    """The words after a weak verb open a clause: a pronoun with a predicate after it, or a word
    that is a predicate itself ("ada", "tidak")."""
    low = word.lower()
    return low in _CLAUSE_OPENING and (predicate or low in PREDICATE_WORDS)


# a verb right after these is an adverbial ("saat memaparkan capaian ...", "sambil menjelaskan
# rencana ..."): without "bahwa" or a comma it reports nothing
_WHILE = frozenset("saat ketika sambil seraya usai seusai setelah sebelum".split())


def object_not_clause(an: Analysis, cue: int, first: int) -> bool:
    """What follows a verb of saying with no comma or "bahwa" is no reported clause: "mengatakan
    demikian ..." (it points back), "berkata lain" (says otherwise), "memastikan diri ikut" (a reflexive object), "berharap pada X"
    (relies on someone), and a verb in an adverbial of time or manner."""
    toks = an.tokens
    low = toks[first].text.lower() if first < len(toks) else ""
    verb = toks[cue].text.lower()
    return (low in ("demikian", "diri") or (verb == "berkata" and low == "lain") or (verb == "berharap" and low in ("pada", "kepada", "banyak"))
            or (cue > 0 and toks[cue - 1].text.lower() in _WHILE))


def lists_next(an: Analysis, sent) -> bool:
    """"... menyebutkan lima faktor lainnya, di antaranya sebagai berikut:": the words after the cue
    announce a list (the sentence ends with a colon), not a statement."""
    return an.text[sent.start:sent.end].rstrip().endswith(":")


# where the words of an addressee, a place or a time may stand between a verb of saying and "bahwa"
_BEFORE_THAT = frozenset("kepada pada di dalam saat ketika usai seusai melalui".split())


def that_after_adjunct(an: Analysis, sent, j: int) -> int | None:
    """"mengatakan kepada wartawan bahwa ...", "menyampaikan di Bogor, Senin (2/6), bahwa ...": the
    token after the "bahwa" that follows an addressee or a place and time right after the verb, or
    None. The adjunct runs at most ten words and holds no cue or quotation mark."""
    toks = an.tokens
    if j >= sent.last or toks[j].text.lower() not in _BEFORE_THAT:
        return None
    for k in range(j + 1, min(sent.last, j + 14)):
        low = toks[k].text.lower()
        if low == "bahwa":
            return k + 1 if k + 1 < sent.last else None
        if toks[k].text in QUOTE_CHARS or low in COMPLEMENTISERS or cue_for(low) is not None:
            return None
    return None

"""The linguistic view of an article that the extractor reads: sentences and surface tokens.

A token here is what the reader sees ("ujarnya"), with the analysis of its first word (lemma,
part of speech, head) and whether it ends in the enclitic -nya. It is built from a Stanza
Document (`from_stanza`) or, without any model, by a rule tokenizer (`rule_based`), which the
tests and the cheap first pass of a batch run use.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Optional

import attrs

from ..lexicon.words import (
    ADVERBS,
    NAME_ABBREVIATIONS,
    NEGATIONS,
    PREDICATE_WORDS,
    VERB_SHAPE,
    common_words,
    cues,
    function_words,
)


@attrs.frozen(slots=True)
class Token:
    text: str
    start: int
    end: int
    sent: int
    lemma: Optional[str] = None
    upos: Optional[str] = None
    ner: Optional[str] = None  # entity type (PERSON, ORGANISATION, PLACE) or None
    head: Optional[int] = None  # document index of the head token, None for the root
    deprel: Optional[str] = None
    nya: bool = False  # the token ends in the enclitic -nya (a separate word in the analysis)


@attrs.frozen(slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of the first token in Analysis.tokens
    last: int  # one past the last token


@attrs.frozen(slots=True)
class Analysis:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    neural: bool = False  # pos/lemma/ner came from models
    # words the article writes in lower case: a capitalised "Pelaku" or "Kehutanan" is then no name
    lower: frozenset = frozenset()
    # capitalised words the article also writes capitalised inside a sentence: proper nouns
    midcaps: frozenset = frozenset()

    def sentence_of(self, char: int) -> int:
        """Index of the sentence holding character `char` (or the nearest one before it)."""
        lo, hi = 0, len(self.sentences) - 1
        if hi < 0:
            return -1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo


# "Turki al-Malki", "Abdel Fattah el-Sisi": the Arabic article in lower case starts a name word
ARTICLE_CAP = re.compile(r"(?:al|el|ad|ar|as|an|at|az|ash|bin)-[A-Z]")


def is_cap(t: Token) -> bool:
    return bool(t.text) and (t.text[0].isupper() or (t.text[:1] in "ae" and bool(ARTICLE_CAP.match(t.text))))


def is_punct(t: Token) -> bool:
    return not any(ch.isalnum() for ch in t.text)


# ---------------------------------------------------------------- rule-based

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_ABBREV = frozenset(
    "dr drs prof ir h hj kh st no tbk pt cv jl jln sdr bpk dll dsb dkk tsb yth a.n u.p m s.h s.e plt plh pj pjs ny rm rr rd".split()
) | NAME_ABBREVIATIONS


# a lower-case word of three letters or more glued to a capitalised one; a capitalised first part
# only for the words that introduce a speaker (brands such as "YouTube" stay whole)
_GLUED = re.compile(r"([A-Za-z][a-z]{2,})([A-Z][a-z]+)")
_ACRONYM_GLUE = re.compile(r"((?:[A-Za-z]+-)?[A-Z]{2,})([A-Z][a-z]{2,}[a-z'’-]*)")  # ("Co-CEOClaim" too)
# an acronym glued to a lower-case word ("CNNmenyebut"); split only where that word is known
# (`known_word`): the tokenizer here and names.name_words.glue_cuts read it the same way
ACRONYM_WORD = re.compile(r"(?<![A-Za-z])([A-Z]{2,})([a-z]{3,})")
_GLUED_CUES = frozenset("menurut kata ujar ungkap jelas tutur tegas imbuh ucap papar".split())

# A stop glued to the next sentence ("Santoso.Belakangan", "katanya.Pihaknya"): a word of three
# letters or more (in either case: scrapers glue most often after a lower-case cue such as "katanya"),
# a dot, a capitalised word. Not split: initials ("M.Ridwan"), domains
# ("KOMPAS.com", "TEMPO.CO"), numbers, and the short abbreviations that scraped court and address
# text glues to what follows ("Pid.Sus", "Kab.Bandung", "Sdr.Rizal", "Jkt.Tim").
_GLUED_STOP = re.compile(r"[A-Za-z]{3,}")
_NEXT_SENTENCE = re.compile(r"[A-Z][a-z]")
_GLUED_ABBREV = _ABBREV | frozenset(
    "sdri sdra kab kec kel prov jkt pid pdt pen reg als tlp bag med drg dra des subsp www".split()
)
_DOMAINS = frozenset("com co id net org".split())
_JOINT = re.compile(r"[-'’.]")
# a capitalised word glued to the lower-case word after it ("Santosomenegaskan")
_NAME_GLUE = re.compile(r"[A-Z][a-z]{5,}")
# tokens none of the splits applies to (most of them): read without a call to _pieces
_PLAIN = re.compile(r"[a-z]+|[A-Z][a-z]{0,4}|\d+|[^\w\s]")


def rule_based(text: str) -> Analysis:
    """Sentences and tokens by rule: good enough for tests and for choosing what to analyse."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    segment(text, 0, len(text), tokens, sentences)
    return Analysis(text, tuple(tokens), tuple(sentences), neural=False, lower=lower_vocab(text), midcaps=mid_caps(text))


def segment(text: str, start: int, end: int, tokens: list[Token], sentences: list[Sentence]) -> None:
    """Append the rule tokens and sentences of text[start:end] to `tokens` and `sentences`, with
    offsets into `text` and indices into the lists (so that paragraphs need no shifting after)."""
    first = len(tokens)
    sent_start_tok = first
    sent_idx = len(sentences)

    def close(end_tok: int) -> None:
        nonlocal sent_start_tok, sent_idx
        if end_tok > sent_start_tok:
            sentences.append(Sentence(tokens[sent_start_tok].start, tokens[end_tok - 1].end, sent_start_tok, end_tok))
            sent_idx += 1
        sent_start_tok = end_tok

    last_end = start
    for m in _TOKEN.finditer(text, start, end):
        m_start, m_end = m.span()
        if "\n" in text[last_end:m_start] and len(tokens) > sent_start_tok:
            close(len(tokens))
        last_end = m_end
        word = m.group()
        pieces = ((word, m_start, m_end),) if _PLAIN.fullmatch(word) else _pieces(text, word, m_start)
        for word, begin, stop in pieces:
            nya = len(word) > 5 and word.lower().endswith("nya")
            tokens.append(Token(word, begin, stop, sent_idx, nya=nya))
            if stop < m_end:
                if word == ".":  # a dot glued between two words ("Santoso.Belakangan") ends its sentence
                    close(len(tokens))
            elif word in ".!?":
                prev = tokens[-2].text.lower() if len(tokens) > first + 1 else ""
                if word == "." and (prev in _ABBREV or (len(prev) == 1 and prev.isalpha())):
                    continue
                nxt = text[m_end:min(end, m_end + 3)]
                # a closing quotation mark belongs to the sentence it closes
                if nxt[:1] in "\"”’'":
                    continue
                close(len(tokens))
            elif word in "\"”" and len(tokens) - 2 >= sent_start_tok and tokens[-2].text in ".!?":
                # a mark after the stop of its own sentence closes it (a mark opening the next
                # paragraph does not make a sentence of its own)
                close(len(tokens))
    close(len(tokens))


def _pieces(text: str, word: str, start: int) -> list[tuple[str, int, int]]:
    """One regex token as (text, start, end) pieces: split at dots that end a sentence, then at
    the missing spaces a scraper leaves (see _GLUED and _name_glue)."""
    if "." not in word:
        return _split_words(text, word, start)
    cuts: list[int] = []  # positions in `word` of the dots to split off
    after = 0  # where the chunk before the current joint starts
    dotted = False  # a dot kept whole before: nothing after "M.Ridwan" or "S.Sos" is split
    for j in _JOINT.finditer(word):
        k, left = j.start(), word[after:j.start()]  # "kata-kata.Dia": the chunk is "kata"
        after = k + 1
        if word[k] != ".":
            continue
        if not dotted and _GLUED_STOP.fullmatch(left) and left.lower() not in _GLUED_ABBREV:
            right = _JOINT.search(word, after)
            nxt = word[after:right.start() if right else len(word)].lower()
            if _NEXT_SENTENCE.match(word, after) and nxt not in _DOMAINS and nxt not in _GLUED_ABBREV:
                cuts.append(k)
                continue
        dotted = True
    out: list[tuple[str, int, int]] = []
    lo = 0
    for k in cuts + [len(word)]:
        out.extend(_split_words(text, word[lo:k], start + lo))
        if k < len(word):
            out.append((".", start + k, start + k + 1))
        lo = k + 1
    return out


def _split_words(text: str, word: str, start: int) -> list[tuple[str, int, int]]:
    """A word without a sentence-ending dot as pieces: split where a scraper dropped a space."""
    out = []
    glued = _GLUED.fullmatch(word)
    if glued and (glued.group(1)[0].islower() or glued.group(1).lower() in _GLUED_CUES):
        # "kepadaBerliner", "MenurutClaim": a scraper dropped the space before a link's text
        cut = len(glued.group(1))
        out.append((word[:cut], start, start + cut))
        word, start = word[cut:], start + cut
    lowered = ACRONYM_WORD.fullmatch(word)
    if lowered and known_word(lowered.group(2)):
        # "CNNmenyebut", "ACLEDdalam": an acronym and a known lower-case word (not "CN" + "Nmenyebut")
        cut = len(lowered.group(1))
        out.append((word[:cut], start, start + cut))
        word, start = word[cut:], start + cut
    acro = _ACRONYM_GLUE.fullmatch(word)
    if acro:
        # "ESDMBagus", "RIHendra": an acronym and the name after it, the space lost
        cut = len(acro.group(1))
        out.append((word[:cut], start, start + cut))
        word, start = word[cut:], start + cut
    cut = _name_glue(text, word, start) if len(word) <= 40 and _NAME_GLUE.fullmatch(word) else 0
    if cut:
        out.append((word[:cut], start, start + cut))
        word, start = word[cut:], start + cut
    out.append((word, start, start + len(word)))
    return out


@functools.lru_cache(maxsize=None)
def _lists() -> tuple[frozenset, frozenset, frozenset]:
    """Known lower-case words; those that can follow a subject, a verb ("menegaskan") or a clause
    word ("yang", "akan", "juga"), but no noun or adjective, which end place names ("Kotabaru",
    "Batanghari"); and the verbs of saying with their -nya forms (as is_cue_word reads them)."""
    said = frozenset(cues()) | frozenset(form + "nya" for form in cues())
    after_subject = function_words() | ADVERBS | PREDICATE_WORDS | NEGATIONS
    return common_words() | function_words() | said, after_subject, said


def known_word(word: str) -> bool:
    """A known lower-case word (`_lists`): what may follow an acronym a scraper glued to it."""
    return word in _lists()[0]


def name_glue(text: str, word: str, start: int = -1) -> int:
    """Where the tokenizer splits a capitalised name glued to the word after it ("Wirawanmenanggapi"
    at 7: "Wirawan" + "menanggapi"), or 0: for what reads the text without the tokens (`start`:
    where the word is written, when known)."""
    return _name_glue(text, word, start) if len(word) <= 40 and _NAME_GLUE.fullmatch(word) else 0


_PREVIOUS = re.compile(r"([A-Z][a-z]+)[ \t]+$")  # a capitalised word right before


def _name_glue(text: str, word: str, start: int = -1) -> int:
    """Where a capitalised name glued to the word after it ("Santosomenegaskan", "Rudiberkata")
    splits, or 0. The rest must be a verb of saying or a word that follows a subject; the whole
    must be no known word, nor one the article writes in lower case ("Bersama", "Pemerintah"), and
    be written only here: places and names end in words too ("Kalimantan", "Pontianak",
    "Pekanbaru") and an article writes them more than once. Then the first part must be written
    on its own in the article (a name of four letters or more, "Santoso"), or else the rest must be
    a verb of saying with a verb's prefix ("berkata", "mengatakan"), which no place ends in."""
    known, after, said = _lists()
    if word.lower() in known:
        return 0
    fallback = 0
    vocab = None
    written = []  # cuts after a long unknown first part before a long word the article writes alone
    for k in range(3, len(word) - 2):
        rest = word[k:]
        cue = rest in said
        long = k >= 5 and len(rest) >= 5 and rest in known
        follows = cue or (len(rest) >= 4 and (rest in after or (rest in known and VERB_SHAPE.match(rest))))
        if not (follows or long):
            continue
        first = word[:k]
        low = first.lower()
        if low in _GLUED_ABBREV or low in known:
            continue
        if vocab is None:
            vocab = _vocab(text)  # built only for a word that can split, once per text
            if vocab[word] > 1 or vocab[word.lower()]:
                return 0
        if follows and vocab[first] and not vocab[low] and (len(first) >= 4 or cue):
            return k
        if not fallback and cue and VERB_SHAPE.match(rest):
            fallback = k
        if long and vocab[rest]:
            written.append(k)
    if fallback or len(written) != 1 or start < 0 or _PARTICLE.search(word):
        return fallback
    # "Sinta Wiradinatamarah karena ...": the last word of a name whose first word the article
    # writes again ("Sinta"), written once, its end a word of five letters or more the article
    # also writes on its own ("marah"), after five letters or more that are no word, and lower case
    # after it; one such cut only ("amarah" and "marah" both written: no telling). Not "Taman
    # Kirtasatwa Sentosa" (a common word before it), "Tersisalah" (a word and its particle).
    before = _PREVIOUS.search(text, max(0, start - 30), start)
    if not before or vocab[before.group(1)] < 2 or before.group(1).lower() in known:
        return 0  # ("Taman Kirtasatwa": a common word before it)
    return written[0] if _LOWER_NEXT.match(text, start + len(word)) else 0


_PARTICLE = re.compile(r"(?:lah|kah|tah|pun|nya)$")  # "Tersisalah": a known word and a particle
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")  # the sentence goes on in lower case after the name


@functools.lru_cache(maxsize=4)
def _vocab(text: str) -> Counter:
    """How often each word is written in `text`. Cached: the hybrid analyzer segments a text one
    paragraph at a time, and the count must be made once per text, not once per paragraph."""
    return Counter(_VOCAB_WORD.findall(text))


# ---------------------------------------------------------------- stanza

def from_stanza(doc, text: Optional[str] = None, offset: int = 0) -> Analysis:
    """Convert a Stanza Document. `offset` shifts character positions (for documents built from a slice)."""
    return from_stanza_sentences(doc.sentences, doc.text if text is None else text, offset)


def from_stanza_sentences(sents, text: str, offset: int = 0) -> Analysis:
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for si, sent in enumerate(sents):
        first = len(tokens)
        word_to_token: dict[int, int] = {}
        pending = []
        for tok in sent.tokens:
            ti = len(tokens)
            words = tok.words
            for w in words:
                word_to_token[w.id] = ti
            w0 = words[0]
            ner = None
            tag = getattr(tok, "ner", None)
            if tag and tag != "O":
                ner = tag.split("-", 1)[-1]
            nya = len(words) > 1 and words[-1].text.lower() == "nya"
            pending.append((tok, w0, ner, nya))
            tokens.append(None)  # placeholder, filled below once heads are known
        for k, (tok, w0, ner, nya) in enumerate(pending):
            ti = first + k
            head = None
            if getattr(w0, "head", None):
                head = word_to_token.get(w0.head)
            tokens[ti] = Token(
                tok.text, tok.start_char + offset, tok.end_char + offset, si,
                lemma=getattr(w0, "lemma", None), upos=getattr(w0, "upos", None), ner=ner,
                head=head, deprel=getattr(w0, "deprel", None), nya=nya,
            )
        if len(tokens) > first:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    neural = any(t.upos is not None for t in tokens)
    return Analysis(text, tuple(tokens), tuple(sentences), neural=neural, lower=lower_vocab(text), midcaps=mid_caps(text))


# a vocabulary entry: a word with its inner apostrophes and hyphens ("kata-kata", "Jum'at")
_VOCAB_WORD = re.compile(r"\w[\w'’-]*")


def lower_vocab(text: str) -> frozenset:
    return frozenset(m.group() for m in _VOCAB_WORD.finditer(text) if m.group()[0].islower())


_MIDCAP = re.compile(r"(?<=[\w,;)’'\"”] )([A-Z][\w'’-]*)")


def mid_caps(text: str) -> frozenset:
    """Capitalised words that follow a word or comma inside a sentence (not after . ! ? or a line start)."""
    return frozenset(m.group(1) for m in _MIDCAP.finditer(text))


def merge(parts: list[Analysis], text: str) -> Analysis:
    """One Analysis from analyses of consecutive pieces of `text` (offsets already absolute)."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    neural = False
    for p in parts:
        shift, sshift = len(tokens), len(sentences)
        for t in p.tokens:
            tokens.append(attrs.evolve(t, sent=t.sent + sshift,
                                       head=None if t.head is None else t.head + shift))
        for s in p.sentences:
            sentences.append(Sentence(s.start, s.end, s.first + shift, s.last + shift))
        neural = neural or p.neural
    return Analysis(text, tuple(tokens), tuple(sentences), neural=neural, lower=lower_vocab(text),
                    midcaps=mid_caps(text))

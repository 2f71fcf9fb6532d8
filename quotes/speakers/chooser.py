"""The speaker of one candidate quote, chosen by a trained model among the article's people.

What the passage's grammar says (`resolve`: the name the cue's mention reads as, the subject
brought in since the last quote, the person a sentence-initial "Ia" follows, the person quoted
last, the spokesperson of an organisation quoted last, the group "mereka" means) is no longer an
ordered list of decisions: each is a feature of the option it proposes. Every option (an entry
of the inventory, a name a proposal read, or "no named speaker") is described by those features,
by the salience features of the person (`salience.candidates`: distance, subject, titles, how
often quoted, ...), by its type, by how often raw news writes its words as a speaker's, and, for
a named mention, by whether the mention is a short or misspelt form of the entry's name. A
conditional logit (`learn.fit_conditional`, trained by `quotes train` on the gold articles)
scores them; the weights are separate for each kind of mention (a name, an unnamed description,
a pronoun, none), since what the writer gave says which evidence counts.
Without trained weights, `PRIOR` stands in: hand-set weights in the same form, which follow the
grammar's proposals in the order a reader would (what `quotes train` reads its examples with).
"""
from __future__ import annotations

import math
import operator
from typing import NamedTuple, Optional, Sequence

import attrs

from ..learn.weights import section
from ..names.entry_index import persons_ending, table
from ..names.inventory import SPEAKING, Entry, entry_for, person_ending_like
from ..names.name_words import one_edit
from ..names.who_speaks import THING, speaker_words
from . import salience

KINDS = ("name", "unnamed", "pronoun", "none")
PROPOSALS = ("named", "subject", "introduced", "before", "last", "spokesperson", "group")
SALIENCE = salience.FEATURES
BASE = (
    "no_speaker",   # the "no named speaker" option
    *(f"by_{p}" for p in PROPOSALS),  # the option is what this reading of the passage proposes
    "alias",        # a named mention that is a short or misspelt form of this entry's name ("Adit")
    "weak_named",   # the named option, when the mention reads as nobody who speaks (a place, a word)
    "named_thing",  # ... when the inventory types the mention a place, a document, a date
    "named_plain",  # ... the share of the mention's words the article also writes in lower case
    "named_short",  # ... a one-word name
    "named_org",    # ... an organisation (often the employer read for its spokesperson: "kata Kementan Sumarno")
    "alias_fuller",  # an alias option with more words than the name the mention reads as ("Enggar")
    "fuller_named",  # a longer name holding every word of the mention ("Inggris": "Kepolisian Inggris")
    "here",         # named in the quote's paragraph after the last quote
    "parser_agent",  # holds the subject or agent the dependency parser gives the cue verb
    "salient",      # a person the salience features describe (named before the quote)
    *SALIENCE,
    "person", "organization", "unnamed", "no_entry",
    "name_speaks",    # how often raw news writes the option's name as a speaker's (all options)
    "log_forms",      # how often the article names it
    "sole_new_subject",  # the only person brought in as a subject (or saying) since the last quote
    "last_unrivalled",   # the person quoted last, and nobody brought in as a subject since
    "named_before",   # the article names it before the quote
    "named_after",    # ... only after it
)
FEATURES = tuple(f"{k}:{b}" for k in KINDS for b in BASE)


@attrs.frozen(slots=True)
class Proposals:
    """What the passage's grammar reads for one candidate (names; None where it reads nothing)."""

    kind: str  # one of KINDS
    named: Optional[tuple[str, str]] = None  # (name, type) the mention reads as
    plain: float = 0.0  # the share of the mention's words the article also writes in lower case
    mention: Optional[tuple[str, int, int]] = None  # the mention's text and offsets
    subject: Optional[str] = None
    introduced: Optional[str] = None
    before: Optional[str] = None
    last: Optional[tuple[str, str]] = None
    spokesperson: Optional[tuple[str, str]] = None
    group: Optional[tuple[str, str]] = None
    here: tuple[str, ...] = ()  # names brought in within the paragraph since the last quote
    agent: Optional[tuple[int, int]] = None  # the parser's subject or agent of the cue verb
    plural: bool = False  # "mereka": a group, an organisation or several people, never one person


@attrs.frozen(slots=True)
class Option:
    name: Optional[str]  # None: no named speaker
    type: Optional[str]
    entry: Optional[Entry]
    kind: str  # the kind of mention of the decision (KINDS): which block of weights scores it
    base: tuple[float, ...]  # BASE order

    @property
    def row(self) -> tuple[float, ...]:
        """The option's features in FEATURES order: its BASE values in its kind's block, zeros elsewhere
        (what the model is trained on; scoring reads the block alone)."""
        k = KINDS.index(self.kind)
        return (0.0,) * (k * len(BASE)) + self.base + (0.0,) * ((len(KINDS) - k - 1) * len(BASE))


@attrs.frozen(slots=True)
class Choice:
    """The options of one decision and the one picked, with its probability (for training and
    the record's confidence)."""

    options: tuple[Option, ...]
    picked: int
    probability: float


def load(path: Optional[str] = None, neural: bool = False) -> tuple[float, ...]:
    """The trained weights of a `quotes train` file (None: the shipped one), else PRIOR."""
    return section("speaker", FEATURES, path, neural) or PRIOR


def _prior() -> tuple[float, ...]:
    w = dict.fromkeys(FEATURES, 0.0)
    for k in ("name", "unnamed"):
        w[f"{k}:by_named"] = 10.0
    for k in ("pronoun", "none"):
        # the order the hand rules followed: "mereka" is the group; the person a sentence-initial
        # "Ia" follows; the subject brought in since the last quote; the spokesperson of the
        # organisation quoted last; the person quoted last; the last name before; nobody
        for f, v in (("group", 20.0), ("introduced", 8.0), ("subject", 6.0), ("spokesperson", 3.0),
                     ("last", 2.0), ("before", 1.0), ("no_speaker", 0.5)):
            w[f"{k}:{f if f == 'no_speaker' else 'by_' + f}"] = v
    return tuple(w[f] for f in FEATURES)


PRIOR = _prior()


def _alias(mention: str, name: str) -> bool:
    """A one-word mention that starts a word of the name ("Adit" of "Adityawarman"), or one letter
    away from one ("Nenang" / "Nanang"), but is not itself a word of it."""
    m = mention.lower()
    words = [w.lower() for w in name.split()]
    if " " in m or len(m) < 3 or m in words:
        return False
    return any(w.startswith(m) or (len(m) >= 4 and one_edit(m, w)) for w in words)


def options(p: Proposals, people: Sequence[salience.Candidate], entries: Sequence[Entry], pos: int) -> list[Option]:
    """The options of one decision, each with its feature row, "no named speaker" first."""
    # one option per entry (or per name no entry holds), keyed by the entry's name
    found: dict[str, dict] = {}

    def add(name: Optional[str], kind: Optional[str], at: Optional[tuple[int, int]] = None) -> Optional[dict]:
        if not name:
            return None
        e = entry_for(entries, name, *(at or (None, None))) or person_ending_like(entries, name) or _tail(entries, name)
        if e is not None and at is None and e.name.lower() != name.lower() and e.type != (kind or e.type):
            e = None
        key = (e.name if e is not None else name).lower()
        if key not in found:
            found[key] = {"name": name, "type": kind or (e.type if e else "person"), "entry": e, "f": {}}
        return found[key]

    if p.named:
        o = add(p.named[0], p.named[1], (p.mention[1], p.mention[2]) if p.mention else None)
        if o is not None:
            o["f"]["by_named"] = 1.0
            o["f"]["weak_named"] = float(speaker_words(p.named[0]) < THING)
            o["f"]["named_thing"] = float(o["entry"] is not None and o["entry"].type not in SPEAKING)
            o["f"]["named_plain"] = p.plain
            o["f"]["named_short"] = float(len(p.named[0].split()) == 1)
    for f in ("subject", "introduced", "before"):
        o = add(getattr(p, f), "person")
        if o is not None:
            o["f"][f"by_{f}"] = 1.0
    for f in ("last", "spokesperson", "group"):
        v = getattr(p, f)
        o = add(v[0], v[1]) if v else None
        if o is not None:
            o["f"][f"by_{f}"] = 1.0
    for c in people:
        o = add(c.name, c.type)
        if o is not None:
            o["f"]["salient"] = 1.0
            o["f"].update(zip(salience.FEATURES, c.features))
    art = _article(entries)
    if p.kind == "name" and p.mention:
        m = p.mention[0].lower()
        for e, words in art.persons if " " not in m and len(m) >= 3 else ():  # (`_alias` of each person)
            if m not in words and any(w.startswith(m) or (len(m) >= 4 and one_edit(m, w)) for w in words):
                o = add(e.name, e.type)
                o["f"]["alias"] = 1.0
                o["f"]["alias_fuller"] = float(len(e.name.split()) > len((p.named or ("",))[0].split()))
    fresh = [o for o in found.values() if o["f"].get("new_subject")]
    words = set(p.mention[0].lower().split()) if p.kind == "name" and p.mention else None
    here = {h.lower() for h in p.here}
    out = [Option(None, None, None, p.kind, _NO_SPEAKER)]
    for o in found.values():
        e, f = o["entry"], o["f"]
        kind = o["type"]
        if p.plural and kind == "person" and " dan " not in o["name"]:
            continue
        # (the row written in place: a dict of the features per option was most of the options' cost)
        row = _row(f)
        row[_AT["sole_new_subject"]] = float(len(fresh) == 1 and fresh[0] is o)
        row[_AT["last_unrivalled"]] = float(bool(f.get("last_speaker")) and all(x is o for x in fresh))
        if words is not None:
            name = o["name"].lower().split()
            row[_AT["fuller_named"]] = float(len(name) > len(words) and words <= set(name))
        row[_AT[kind if kind in SPEAKING else "organization"]] = 1.0
        row[_AT["named_org"]] = float(bool(f.get("by_named")) and kind == "organization")
        row[_AT["no_entry"]] = float(e is None)
        row[_AT["here"]] = float(o["name"].lower() in here or (e is not None and e.name.lower() in here))
        row[_AT["parser_agent"]] = float(p.agent is not None and e is not None and e.holds(*p.agent))
        row[_AT["name_speaks"]] = float(speaker_words(o["name"]) if kind != "unnamed" else 0.0)
        row[_AT["log_forms"]] = float(math.log1p(len(e.forms)) if e is not None else 0.0)
        if e is not None:
            row[_AT["named_before"]] = float(e.forms[0].start < pos)
            row[_AT["named_after"]] = float(e.forms[0].start >= pos)
        out.append(Option(o["name"], kind, e, p.kind, tuple(row)))
    # everyone else the article names who can speak, however far: the same few features for every
    # quote, so each entry's option is made once per article and set of them (`_Article`)
    agent = p.agent
    for k, x in enumerate(art.everyone):
        if x.key in found or p.plural and x.type == "person" and " dan " not in x.name:
            continue
        fuller = float(len(x.words) > len(words) and words <= x.word_set) if words is not None else None
        held = float(agent is not None and x.entry.holds(*agent))
        flags = (k, p.kind, fuller, float(x.key in here), held, float(x.first < pos))
        if flags not in art.made:
            row = list(x.row)
            if fuller is not None:
                row[_AT["fuller_named"]] = fuller
            row[_AT["here"]], row[_AT["parser_agent"]] = flags[3], held
            row[_AT["named_before"]], row[_AT["named_after"]] = flags[5], float(x.first >= pos)
            art.made[flags] = Option(x.name, x.type, x.entry, p.kind, tuple(row))
        out.append(art.made[flags])
    return out


class _Everyone(NamedTuple):
    """An entry that can speak, as an option no reading of the passage proposes."""

    key: str  # its name in lower case (the options' key)
    name: str
    type: str
    entry: Entry  # the first entry of that name (`entry_for`)
    row: tuple  # the features no quote changes: its type, how often news writes it as a speaker's, its forms
    words: list  # the words of its name in lower case
    word_set: frozenset
    first: int  # where the article first names it


class _Article(NamedTuple):
    everyone: list  # `_Everyone`, in the inventory's order, one per name
    persons: list  # (entry, the words of its name in lower case) of every person entry
    made: dict  # (entry's number, kind of mention, fuller_named, here, parser_agent, named_before) -> its option


_LAST: list = [None, None]  # the inventory asked about last, and its `_Article`


def _article(entries: Sequence[Entry]) -> _Article:
    """What the options read of every entry, once per inventory (an inventory's tuple is kept)."""
    if _LAST[0] is entries and isinstance(entries, tuple):
        return _LAST[1]
    everyone, keys, by_name = [], set(), table(entries).by_name
    for e in entries:
        if e.type not in SPEAKING or not e.name or e.name.lower() in keys:
            continue
        key = e.name.lower()
        keys.add(key)
        first = by_name[key]  # (`entry_for`, as the options' `add` asks it: the first entry of the name)
        f = {e.type: 1.0, "no_entry": 0.0, "log_forms": math.log1p(len(first.forms)),
             "name_speaks": speaker_words(e.name) if e.type != "unnamed" else 0.0}
        words = e.name.lower().split()
        everyone.append(_Everyone(key, e.name, e.type, first, tuple(_row(f)), words, frozenset(words),
                                  first.forms[0].start))
    persons = [(e, [w.lower() for w in e.name.split()]) for e in entries if e.type == "person"]
    art = _Article(everyone, persons, {})
    if isinstance(entries, tuple):  # (a list may change between questions: never kept)
        _LAST[0], _LAST[1] = entries, art
    return art


_AT = {b: k for k, b in enumerate(BASE)}


def _row(f: dict) -> list[float]:
    row = [0.0] * len(BASE)
    for name, value in f.items():
        row[_AT[name]] = float(value)
    return row


_NO_SPEAKER = tuple(_row({"no_speaker": 1.0}))


def choose(opts: Sequence[Option], weights: Sequence[float]) -> Choice:
    """The best-scored option (the first on a tie: "no named speaker" wins only when it scores
    higher than every person) and its softmax probability."""
    k = KINDS.index(opts[0].kind) * len(BASE)
    block = weights[k:k + len(BASE)]
    if all(map(math.isfinite, block)):
        # (a zero feature adds a zero product, which leaves a sum that starts at 0 as it is: the
        # same sums as skipping it, read at C speed; the skip is only needed for an infinite weight)
        z = [sum(map(operator.mul, o.base, block)) for o in opts]
    else:
        z = [sum(a * b for a, b in zip(o.base, block) if a) for o in opts]
    top = max(z)
    best = z.index(top)
    total = sum(math.exp(v - top) for v in z)
    return Choice(tuple(opts), best, 1.0 / total)


def _tail(entries: Sequence[Entry], name: str) -> Optional[Entry]:
    """The one person entry whose name ends a longer name read from the passage ("Pramana Putra" of
    "Raditya Pramana Putra"): the same person, whose first word the inventory cut."""
    words = name.lower().split()
    if not words:
        return None
    # (only a person whose name ends with the same word can: filed by it once per inventory)
    found = [e for e in persons_ending(entries, words[-1]) if 2 <= len(e.name.split()) < len(words)
             and words[-len(e.name.split()):] == e.name.lower().split()]
    return found[0] if len(found) == 1 else None


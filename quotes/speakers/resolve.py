"""Speakers in reading order: each candidate's mention resolved to the fullest name in the article,
and pronouns ("ujarnya", "ia") and cue-less quotes to the person last quoted or brought in."""
from __future__ import annotations

import re
from typing import Optional, Sequence

import attrs

from ..find.candidates import Candidate, Passive
from ..lexicon.words import common_words, is_title, name_prefixes
from ..names.index import NameIndex
from ..names.inventory import Entry
from ..names.mentions import NOBODY, speakable
from ..names.name_words import looks_org
from ..names.persons import Readings, person_mentions
from ..names.roles import role_of, role_only
from ..names.who_speaks import THING, speaker_words
from ..nlp.analysis import Analysis
from ..text.paragraphs import Paragraph, blank_spans, count_words
from . import chooser, salience
from .passage import brought_in, introduced_before, subject_between


@attrs.frozen(slots=True)
class Speaker:
    name: Optional[str]
    type: Optional[str]
    role: Optional[str]


@attrs.frozen(slots=True)
class SpeakerSpan:
    """Where the speaker is written for this statement ("Anas", "dia", "-nya" of "ujarnya")."""

    text: str
    start: int
    end: int


@attrs.frozen(slots=True)
class Resolved:
    candidate: Candidate
    speaker: Speaker
    mention: Optional[SpeakerSpan]
    # the options the chooser weighed and its pick (what `quotes train` learns from)
    choice: Optional["chooser.Choice"] = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(slots=True)
class Backref:
    """The names a passive sentence ("Hal itu disampaikan Amalia ...") gives its speaker: the
    canonical form as a person and as the entity model typed it (it may read a person as an organisation)."""

    sentence: int
    names: tuple[str, ...]
    # "Hal itu diungkapkan olehnya saat ...": a pronoun for the agent, so the speaker is the one
    # of the statement before the sentence (names is empty)
    before: bool = False


def article_names(an: Analysis, paras: list[Paragraph], cands: list[Candidate]) -> NameIndex:
    """The article's NameIndex: the entity model's persons and the persons the candidates name."""
    text = an.text
    # the headline and Title Case lines: capitals there say nothing about names
    masked = [p for k, p in enumerate(paras)
              if (k == 0 and len(paras) > 1 and _headline(text[p.start:p.end], p.noise))
              or (p.noise and _title_case(text[p.start:p.end]))]
    names = NameIndex.build(an, blank_spans(text, [(p.start, p.end) for p in masked]))
    for c in cands:
        if c.mention is not None and c.mention.kind in ("person",):
            names.add(c.mention.text)
    return names


def speakers(an: Analysis, cands: list[Candidate], names: NameIndex, entries: Sequence[Entry] = (),
             weights: Optional[Sequence[float]] = None, read: Optional[Readings] = None) -> list[Resolved]:
    """The statements to report, with their speakers, in reading order (`entries`: the article's
    inventory; `weights`: the chooser's, None for the shipped ones; `read`: the article's
    `persons.readings`, when they were made already)."""
    return with_roles(an.text, [r for r in _unify(resolve(an, cands, names, entries, weights, read))
                                if r.candidate.emit])


def with_roles(text: str, said: list[Resolved]) -> list[Resolved]:
    """One role per person in the article, the fullest the article gives them (GUIDELINES.md),
    read around their names (quotes.roles); where none is found there, the first role a mention
    carried. Organisations and unnamed speakers have none."""
    forms: dict[str, list[str]] = {}
    carried: dict[str, str] = {}
    for r in said:
        sp = r.speaker
        if sp.type != "person" or not sp.name:
            continue
        written = forms.setdefault(sp.name, [sp.name])
        # the short forms the article calls them by ("Rahmat"), not a pronoun ("Ia") nor a longer
        # run that the name was cut from ("Perum Bulog Rahmat Hidayat")
        form = r.mention.text if r.mention else ""
        if form[:1].isupper() and form not in written and set(form.split()) <= set(sp.name.split()):
            written.append(form)
        if sp.role and sp.name not in carried:
            carried[sp.name] = sp.role
    role = {}
    for name, written in forms.items():
        found = role_of(text, sorted(written, key=lambda f: -len(f.split())))
        role[name] = found.text if found else carried.get(name)
    return [attrs.evolve(r, speaker=attrs.evolve(r.speaker, role=role.get(r.speaker.name)
                                                 if r.speaker.type == "person" else None))
            for r in said]


def backrefs(passives: list[Passive], names: NameIndex) -> list[Backref]:
    out = []
    for p in passives:
        m = p.mention
        if m is not None and m.kind in ("person", "organization"):
            out.append(Backref(p.sentence, (names.canonical(m.text), names.canonical(m.text, m.kind))))
        elif m is not None and _BY_PRONOUN.fullmatch(m.text):
            out.append(Backref(p.sentence, (), before=True))
    return out


# the agent of a passive cue as a pronoun: "diungkapkan olehnya", "disampaikan oleh beliau"
_BY_PRONOUN = re.compile(r"(?:oleh\s*)?(?:nya|dia|beliau)", re.I)


def resolve(an: Analysis, cands: list[Candidate], names: NameIndex, entries: Sequence[Entry] = (),
            weights: Optional[Sequence[float]] = None, read: Optional[Readings] = None) -> list[Resolved]:
    """Speakers in reading order. The passage's grammar reads what each candidate's speaker could be
    (the name its mention reads as; for a pronoun, a quote without a cue or a phrase that names
    nobody: the subject brought in since the last quote, the person a sentence-initial "Ia"
    follows, the person quoted last, ...), and one trained model (`chooser`, `weights`: None, the
    shipped ones) picks among those readings and the article's people (`entries`)."""
    weights = chooser.load() if weights is None else weights
    out = []
    history: list[salience.Said] = []
    mentions = person_mentions(an, [(c.start, c.end) for c in cands if c.kind == "direct"], read)
    last: Optional[Speaker] = None
    last_pos = 0
    roles: dict[str, str] = {}
    people: dict[Speaker, None] = {}  # speakers quoted so far with a role, in order
    named_as: dict[str, set] = {}  # the forms each named speaker was written in
    seen = salience.Memo()  # what salience reads once per article (no form is added while resolving)
    for c in cands:
        m = c.mention
        mention_span = None
        named: Optional[Speaker] = None
        nick = _NICKNAMED.match(an.text, m.end) if m is not None and m.kind == "unnamed" else None
        if nick:
            # "kata pria yang akrab disapa Jos ini": the nickname names the speaker
            m = attrs.evolve(m, text=an.text[m.start:nick.end(1)], end=nick.end(1), kind="person")
        field_holder = None  # who a title with its field or region names ("Gubernur Jabar" ...)
        if m is not None and m.kind == NOBODY and m.role:
            # "ungkap Gubernur Jabar": a title with its region names the person the article
            # introduced with them ("Gubernur Jabar Dedi Mulyadi"), resolved as a holder below
            field_holder = names.holder_of(f"{m.role} {m.text}", m.start)
            if field_holder:
                m = attrs.evolve(m, kind="person")
        if m is not None and m.kind not in ("pronoun", NOBODY):
            named = _read_name(an, m, nick, field_holder, names, roles)
            mention_span = SpeakerSpan(m.text, m.start, m.end)
            props = chooser.Proposals("unnamed" if named.type == "unnamed" else "name",
                                      named=(named.name, named.type), mention=(m.text, m.start, m.end),
                                      plain=_plain_share(an, m.text))
        else:
            if m is not None and m.kind == "pronoun":
                mention_span = SpeakerSpan(m.text, m.start, m.end)
            elif c.pronoun_cue and c.cue is not None:
                mention_span = SpeakerSpan("-nya", c.cue.end - 3, c.cue.end)
            props = _proposals(an, c, m, names, mentions, history, last, last_pos, people, named_as)
        props = attrs.evolve(props, agent=_agent(an, c))
        pos = c.start if m is None else min(c.start, m.start)
        people_before = salience.candidates(an, pos, history, names.canonical, mentions, seen)
        choice = chooser.choose(chooser.options(props, people_before, entries, pos), weights)
        o = choice.options[choice.picked]
        if named is not None and (o.name or "").lower() == (named.name or "").lower():
            sp = named
        elif o.name is None:
            sp = Speaker(None, None, None)
        else:
            sp = Speaker(o.name, o.type, roles.get(o.name))
        if sp is named and sp.type != "unnamed":
            named_as.setdefault(sp.name, {sp.name}).add(m.text)
        out.append(Resolved(c, sp, mention_span, choice))
        if sp.name is not None:
            named_at = mention_span.start if mention_span and m is not None and m.kind not in ("pronoun", NOBODY) \
                else None
            history.append(salience.Said(sp.name, sp.type, c.start, c.end, c.kind, named_at, sp.role))
            last = sp
            if sp.role and sp.type != "unnamed":
                # once each, latest last (_spokesperson reads them from the latest back): a list of
                # every quote's speaker made long articles cost their number of quotes squared
                people.pop(sp, None)
                people[sp] = None
        last_pos = max(last_pos, c.end, c.date_region[1])
    return out


_AGENT = ("nsubj", "nsubj:pass", "obl:agent")


def _agent(an: Analysis, c: Candidate) -> Optional[tuple[int, int]]:
    """The span of the subject (or passive agent) the dependency parser gives the cue verb, with
    the words of its name (flat, compound); None without a parse."""
    if c.cue is None or an.tokens[c.cue.token].deprel is None:  # no parse (rules, hybrid)
        return None
    cue = c.cue.token
    lo, hi = max(0, cue - 60), min(len(an.tokens), cue + 60)
    for k in range(lo, hi):
        t = an.tokens[k]
        if t.head == cue and t.deprel in _AGENT:
            words = [t] + [u for u in an.tokens[lo:hi] if u.head == k and (u.deprel or "").split(":")[0] in ("flat", "compound")]
            return min(u.start for u in words), max(u.end for u in words)
    return None


def _read_name(an: Analysis, m, nick, field_holder: Optional[str], names: NameIndex, roles: dict) -> Speaker:
    """The speaker a named mention reads as: its fullest form in the article, the person behind a
    title or an acronym, an organisation when news never writes the name as a speaker."""
    kind = "unnamed" if m.kind == "unnamed" else m.kind
    name = m.text if kind == "unnamed" else names.canonical(nick.group(1) if nick else m.text, kind)
    if kind == "organization" and not looks_org(m.text):
        # an "organisation" (the entity model's guess) that is the short form of a person's
        # name in the article ("Marlowe" of "Kevin Marlowe Jr") is that person
        full = names.canonical(m.text, "person")
        if len(full.split()) > len(m.text.split()) and not looks_org(full):
            name, kind = full, "person"
    person = names.person_behind(m.text) if kind == "organization" else None
    if person:  # "Hendra Nur Salam (HNS)", then "kata HNS"
        name, kind = names.canonical(person), "person"
    holder = names.holder_of(m.text, m.start) if kind != "organization" and role_only(m.text) else None
    holder = holder or field_holder
    if holder is None and kind == "person" and m.role and _plain_words(an, m.text):
        # "Menteri Pariwisata yang hadir ... mengatakan": the title's field read as a name;
        # the title and its field name the minister the article introduced
        holder = names.holder_of(f"{m.role} {m.text}", m.start)
    if holder:  # "ujar Kepala Negara": the president the article named
        name, kind = names.canonical(holder), "person"
    own = _trim_role(m.role, name)
    role = own or roles.get(name)
    if own and name not in roles:
        roles[name] = own
    if kind == "person" and speaker_words(name) < THING:
        # written in news again and again, never as who speaks ("Lalamove", "Google",
        # "Teheran"): an organisation or a place standing for its people
        kind = "organization"
    return Speaker(name, kind, role)


def _proposals(an: Analysis, c: Candidate, m, names: NameIndex, mentions, history, last: Optional[Speaker],
               last_pos: int, people: dict, named_as: dict) -> "chooser.Proposals":
    """What the passage proposes for a pronoun, a quote without a cue or a phrase naming nobody."""
    subject = subject_between(an, names, last_pos, min(c.start, c.date_region[0] or c.start))
    introduced = introduced_before(an, names, m.start, last) if subject is None and m is not None else None
    # a subject proposes itself only for a pronoun or a quote without a cue: "Desi kemudian
    # meralat keterangannya. Menurut dia, ..."
    referring = m is not None or c.pronoun_cue or c.cue is None
    guess = names.last_person_before(c.start)
    plural = m is not None and m.kind == "pronoun" and m.text.lower() == "mereka"
    group = _last_group(history, c.start) if plural else None
    spokes = _spokesperson(last, people, named_as)

    def person(name: Optional[str]) -> Optional[str]:
        return names.canonical(name) if speakable(name) else None

    pronoun = (m is not None and m.kind == "pronoun") or c.pronoun_cue
    return chooser.Proposals(
        "pronoun" if pronoun else "none",
        subject=person(subject) if referring else None, introduced=person(introduced) if referring else None,
        before=person(guess), last=(last.name, last.type) if last else None,
        spokesperson=(spokes.name, spokes.type) if spokes else None,
        group=(group.name, group.type) if group else None, plural=plural,
        here=brought_in(an.text, mentions, names, last_pos, c.start))


def _last_group(history: list, pos: int) -> Optional[Speaker]:
    for h in reversed(history):
        if h.start < pos and (h.type in ("organization", "unnamed") or " dan " in h.name):
            return Speaker(h.name, h.type, None)
    return None


def _spokesperson(last: Optional[Speaker], people: dict, named_as: dict) -> Optional[Speaker]:
    """"AMI memprediksi ... "...," tuturnya.": "-nya" and "ia" stand for a person, so after an
    organisation's statement they mean the person quoted earlier as speaking for it ("Ketua ABI
    Sulistyo Wibawa")."""
    # the organisation may not be typed as one yet: a name inside a person's job title is one
    # ("Creative Director Harbor Lane Adelina Santara" ... "pihak Harbor Lane menegaskan")
    if last is None or last.role or last.type == "unnamed":
        return None
    forms = named_as.get(last.name, {last.name})
    for sp in reversed(people):
        if sp.name != last.name and any(
                re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", sp.role) for f in forms if f and f[:1].isupper()):
            return sp
    return None


def _unify(resolved: list[Resolved]) -> list[Resolved]:
    """One name per person in an article. When a longer form holds a shorter one that the article
    uses by its first word ("Silmy"), the words before it in the longer form were an organisation
    ("Krakatau Steel Silmy Karim" -> "Silmy Karim")."""
    names = {r.speaker.name for r in resolved if r.speaker.name and r.speaker.type == "person"}
    used_alone = {r.mention.text for r in resolved if r.mention and r.mention.text and " " not in r.mention.text}
    mapping = {}
    for long in names:
        lw = long.split()
        for short in names:
            sw = short.split()
            if len(sw) >= len(lw) or not sw:
                continue
            for k in range(1, len(lw) - len(sw) + 1):
                if lw[k:k + len(sw)] == sw and sw[0] in used_alone:
                    keep = k
                    while keep > 0 and lw[keep - 1].lower() in name_prefixes():
                        keep -= 1
                    mapping[long] = " ".join(lw[keep:])
    # a name the article quotes as a person once is a person everywhere; so is one with a job title
    # ("Plt Kepala BPS Amalia ...", which the entity model may read as part of an organisation)
    people = {r.speaker.name for r in resolved if r.speaker.type == "person"}
    people |= {sp.name for sp in (r.speaker for r in resolved)
               if sp.type == "organization" and sp.role and is_title(sp.role.split()[0]) and not looks_org(sp.name)}

    def fix(sp):
        name = mapping.get(sp.name, sp.name)
        kind = "person" if (name in people or sp.name in people) and sp.type == "organization" else sp.type
        return attrs.evolve(sp, name=name, type=kind)

    return [attrs.evolve(r, speaker=fix(r.speaker)) for r in resolved]


def _trim_role(role: Optional[str], name: Optional[str]) -> Optional[str]:
    """"Plt Kepala BPS Amalia" when the entity model took only "Adininggar Widyasanti" as the
    name: words of the speaker's name are not part of the role."""
    if not role or not name:
        return role
    words = role.split()
    in_name = set(name.split())
    while words and words[-1] in in_name:
        words.pop()
    return " ".join(words) or None


def _plain(an: Analysis, word: str) -> bool:
    """A word the article (or Indonesian at large) also writes in lower case."""
    return word.lower() in an.lower or word.lower() in common_words()


def _plain_share(an: Analysis, text: str) -> float:
    words = text.split()
    return sum(_plain(an, w) for w in words) / max(1, len(words))


def _plain_words(an: Analysis, text: str) -> bool:
    """Words the article (or Indonesian at large) also writes in lower case: no name among them."""
    return all(_plain(an, w) for w in text.split())


_NICKNAMED = re.compile(
    r"[ \t]+yang[ \t]+(?:(?:akrab[ \t]+|biasa[ \t]+)?(?:disapa|dipanggil)|bernama)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")


def _headline(line: str, noise: bool) -> bool:
    line = line.rstrip()
    return count_words(line) <= 25 and (noise or line.endswith("...") or not line.endswith((".", "!", "?", '"', "”")))


def _title_case(line: str) -> bool:
    # in a Title Case headline a capital says nothing about names
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line)]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


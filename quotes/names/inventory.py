"""Everyone in the article, once: the inventory of people, organisations, unnamed speakers and the
things that must never speak, read from the whole article before any quote is attributed.

Each `Entry` has the canonical `name` (GUIDELINES.md: the fullest form the article writes, no
titles), a `type`, every `Form` the article writes it in (offsets into the analysed text, which
the run maps back to the raw input) and, for a person, the `roles` the article gives them (the
fullest first). Attribution picks among these entries, so a record's speaker, type and role are
the entry's; `quotes.people` and `quotes people` show them on their own.

How it is read: every capitalised run of every sentence (outside Title Case headlines) is read
as a mention the way a speaker phrase is (`mentions`), a person is expanded to the fullest form by
the article's `NameIndex`, and mentions with the same canonical name are one entry. The speaker
phrases the candidates found ("seorang warga") come in as extra mentions. Pure functions.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

import attrs

from ..lexicon.places import in_dateline, in_venue, is_date, is_place
from ..lexicon.words import AND_WORDS, ORG_WORDS, is_title
from ..nlp.analysis import Analysis
from .aliases import quoted
from .described import RoleBook, full_names, linked, pointing, role_holders, subject_descriptions, without_modifiers
from .entry_index import entry_for, person_ending_like  # noqa: F401 (where callers look them up)
from .entries import SPEAKING, THINGS, TYPES, Entry, Form  # noqa: F401 (the stage's records, where callers import them)
from .entry_merges import (
    PERSON_WORD,
    merge_employers,
    merge_org_short_names,
    merge_short_variants,
    merge_shorter_forms,
    merge_variants,
    organisations,
)
from .index import NameIndex
from .mentions import NOBODY, Mention
from .name_words import others
from .persons import Readings, person_names, readings
from .seats import seat
from .roles import anaphor_roles, role_of, role_only
from .who_speaks import THING, by_initials, can_speak, person_tests, proper_noun, speaker_words


def thing_type(m: Mention) -> str:
    """What a mention that cannot speak is: a place, a date, a document, or something else."""
    if m.kind == "document":
        return "document"
    if is_date(m.text):
        return "date"
    if is_place(m.text):
        return "place"
    return "other"


def inventory(an: Analysis, names: NameIndex, extra: Iterable[Optional[Mention]] = (),
              read: Optional[Readings] = None, *, roles: bool = True) -> tuple[Entry, ...]:
    """The article's entries in the order of their first mention. `read`: the article's
    `persons.readings`, when they were made already (attribution shares them with salience).
    `roles=False`: a person's roles are only those its mentions were read with, and `with_roles`
    reads the rest for the entries that need them (attribution: the speakers it picks; reading
    every person's role was a third of the inventory's cost)."""
    read = read if read is not None else readings(an)
    found: list[tuple[str, str, Mention]] = []  # (canonical name, type, mention)
    # the headline and Title Case lines are blank in the names' own text (resolve.article_names):
    # capitals there say nothing ("Bambang Sapa Rina Sari"), and their people recur in the body
    scanned = [m for m in _mentions(an, read) if names.text[m.start:m.end].strip()]
    for m in scanned:
        if m.kind == "person" and len(m.text.split()) >= 2:
            names.add(m.text)  # every full name the article writes is a form short names expand to
    typed: dict[tuple, tuple[str, str, Mention]] = {}  # a mention's fields -> what `_typed` read of it

    def once(m: Mention) -> tuple[str, str, Mention]:
        key = (m.text, m.start, m.end, m.kind, m.role)  # (a speaker phrase often repeats a scanned mention)
        return typed[key] if key in typed else typed.setdefault(key, _typed(names, m))

    for m in scanned:
        found.append(once(m))
    # the speaker phrases in reading order: a description pointing back ("menteri asal Banyuwangi
    # ini") is a form of the entry it means, read from the mentions and the speakers before it
    spoken: list[tuple[str, str, Mention]] = []
    pointed, book = [], RoleBook(an.text)
    said_at = {(m.start, m.end) for m in extra if m is not None}
    described = [m for m in subject_descriptions(an.text) if (m.start, m.end) not in said_at]
    for m in sorted([m for m in extra if m is not None] + described, key=lambda m: m.start):
        kind = pointing(m)
        holder = linked(names, m, kind, found, spoken, book) if kind else None
        if holder:
            pointed.append((holder, kind, m))
            spoken.append(pointed[-1])
        elif m.kind != "pronoun":
            spoken.append(once(m))
            found.append(spoken[-1])
    found = role_holders(found, book)
    full = full_names(an.text, found, spoken)  # "penyanyi bernama lengkap ... ini": one person, that name
    sources = [(an.text[a:b], "unnamed", Mention(an.text[a:b], a, b, "unnamed")) for a, b in others(an.text)]
    found = [(full.get(f[0], f[0]),) + f[1:] for f in without_modifiers(found, pointed + sources) + pointed + sources]
    entries = _group(an.text, found)
    return with_every_role(an.text, entries) if roles else entries


def with_every_role(text: str, entries: Sequence[Entry]) -> tuple[Entry, ...]:
    """The entries with every person's roles read (`with_roles`)."""
    return tuple(with_roles(text, e) for e in entries)


def with_roles(text: str, entry: Entry) -> Entry:
    """The person entry with every role the article gives them, the fullest first: the one read
    around their names, then those their mentions were read with. Other entries have none."""
    if entry.type != "person":
        return entry
    # the canonical name first: a role found next to it beats one found next to a longer misreading;
    # then the longer forms, in the order the article writes them (a set's order changed from one
    # process to the next with the strings' hashes, and with it the role of a tie)
    own = set(entry.name.lower().split())  # (not a title's field they were found by: "Polres Bekasi")
    written = [entry.name] + sorted(dict.fromkeys(f.text for f in entry.forms if f.text != entry.name
                                                  and own & set(f.text.lower().split())),
                                    key=lambda w: -len(w.split()))
    found = role_of(text, written)  # (then a role it is called back by: "ujar politikus Partai X itu")
    return attrs.evolve(entry, roles=tuple(dict.fromkeys(([found.text] if found else []) + list(entry.roles)
                                                         + anaphor_roles(f.text for f in entry.forms))))


def _mentions(an: Analysis, read: Readings) -> list[Mention]:
    """Every capitalised run read as a mention, persons as `persons.person_names` reads them."""
    out: list[Mention] = []
    people = {(p.start, p.end): p for p in person_names(an, read=read)}
    heads = {m.start: run for run, m in read.values() if m is not None}
    for m in people.values():
        run = heads.get(m.start)
        first = an.tokens[run[0]] if run else None
        if first is not None and first.start < m.start and first.text.lower() in ORG_WORDS and " " not in m.text:
            # "Badan Pusat Statistik": a run opening with an organisation word is the organisation
            last = an.tokens[run[-1]]
            out.append(Mention(an.text[first.start:last.end], first.start, last.end, "organization"))
            continue
        out.append(m)  # (persons.person_names reads only mentions of kind "person")
    for run, m in read.values():
        if m is None or m.kind in ("pronoun", "person") or (m.start, m.end) in people:
            continue
        # a capitalised word that opens a sentence ("Akibatnya", "Rapat") is no mention; of what
        # names nobody only the places, dates and documents are kept
        if m.kind == "unnamed" and not can_speak(m.text, "unnamed"):
            continue
        if m.kind == "unnamed" and " " not in m.text and quoted(an.text, m.start):
            continue  # '"Anak perlu diawasi," kata ...': a sentence's first word inside a quote is nobody
        if m.kind in (NOBODY, "document") and thing_type(m) == "other":
            continue
        out.append(m)
    return sorted(out, key=lambda m: (m.start, -m.end))


# words that make a description plural
_PLURAL = frozenset("para sejumlah beberapa banyak berbagai seluruh semua kalangan".split())


def _holder(names: NameIndex, m: Mention) -> Optional[str]:
    """"Sekda", "Ketua ABI", "Gubernur Jabar": a mention made of a title (with its field or region)
    names the person the article introduced with it, when it did."""
    if m.kind == "organization":
        return None
    words = m.text.split()
    if words and words[0].lower() in _PLURAL:
        return None  # "Para peneliti", "Sejumlah ahli": a group, not the one person with that title
    if m.role and m.kind == NOBODY:
        return names.holder_of(f"{m.role} {m.text}", m.start)
    if words and role_only(m.text):
        return names.holder_of(m.text, m.start)
    if m.role is None and len(words) >= 2 and is_title(words[0]):
        return names.holder_of(m.text, m.start)  # "Ketua ABI": a title and its organisation
    return None


def _typed(names: NameIndex, m: Mention) -> tuple[str, str, Mention]:
    holder = _holder(names, m)
    if holder:
        return names.canonical(holder), "person", m
    if m.text.isupper() and in_dateline(names.text, m.start):
        return m.text, "place", m  # "TEHERAN -", "KUALA LUMPUR, KOMPAS.com -": the dateline's city
    if m.kind == "person":
        name = names.canonical(m.text)
        if seat(names.text, m.start, m.end) and len(m.text.split()) <= 3:
            return m.text, "place", m  # "Kecamatan Sungai Karang", "Kapolsek Bukit Lestari, Kompol Hendra"
        word, field, nobody, placed, body = person_tests(name)
        if word:
            return name, "other", m  # "Statistik" of "Badan Pusat Statistik": a word, not a name
        if m.role and m.role.split()[-1].lower() in AND_WORDS:
            return m.text, "other", m  # "Menteri Komunikasi dan Informatika": the last field of an office
        if field:
            return name, "other", m  # "Penanggulangan Bencana Daerah" of "Badan ...": a body's field
        venue = in_venue(names.text, m.start, m.text)
        if nobody or venue:
            # "Pantai Lojang", "Geopark Ciletuh": a place word and one word after it, whatever tagged
            # it a name (a longer run may hold a person after the venue: "Desa Tegalrejo Sukarman")
            return name, "place" if venue or placed else "other", m
        if body:
            return names.canonical(m.text, "organization"), "organization", m
        return name, "person", m
    if m.kind == "organization":
        behind = names.person_behind(m.text) or names.initials_of(m.text)
        if behind:  # "HNS": the initials of a person the article names ("GBLA": of a venue's name)
            venue = is_place(behind) or in_venue(names.text, max(0, names.text.find(behind)), behind)
            return behind, "place" if venue else "person", m
        nick = names.nickname(m.text)
        if nick:
            return names.canonical(nick), "person", m  # "Dedi Mulyadi atau yang akrab disapa KDM"
        if by_initials(names.text, m.text):
            return m.text, "person", m  # "seorang pria berinisial RH (38)": a suspect called by initials
        if " " not in m.text and not m.text.isupper() and m.text.lower() not in ORG_WORDS \
                and speaker_words(m.text) >= PERSON_WORD:
            # "Rifaldi", tagged an organisation by the entity model: raw news writes the word as a
            # speaker's name far more often than not
            return names.canonical(m.text), "person", m
        return names.canonical(m.text, "organization"), "organization", m
    if m.kind == "unnamed":
        full = names.canonical(m.text) if m.text[:1].isupper() and len(m.text.split()) == 1 else m.text
        if len(full.split()) >= 2 and all(w[:1].isupper() for w in full.split()) and can_speak(full, "person"):
            return full, "person", m  # "Risma mengatakan": a short name read at a sentence start
        if " " not in full and proper_noun(full) and speaker_words(full) < THING:
            # "Google mengatakan": a word raw news writes capitalised and hardly ever as a person's
            return full, "organization", m
        return m.text, "unnamed", m
    if m.kind == NOBODY or m.kind == "document":
        full = names.first_word_of(m.text, m.start) if " " not in m.text and m.text[:1].isupper() else None
        return (full, "person", m) if full else (m.text, thing_type(m), m)
    return m.text, "other", m


def _group(text: str, found: Sequence[tuple[str, str, Mention]]) -> tuple[Entry, ...]:
    by_key: dict[str, list] = {}
    order: list[str] = []
    placed: set[str] = set()  # one-word names read as a place at least once
    for name, kind, m in sorted(found, key=lambda f: f[2].start):
        key = name.lower()
        if key not in by_key:
            by_key[key] = [name, kind, {}, []]
            order.append(key)
        slot = by_key[key]
        if kind in SPEAKING and slot[1] not in SPEAKING:
            slot[1] = kind  # once read as somebody who can speak, the entry can speak
        elif kind == "person" and slot[1] != "person":
            slot[1] = "person"
        if (m.start, m.end) not in slot[2]:  # (a span met again: the speaker phrases repeat the scan's mentions)
            slot[2][m.start, m.end] = Form(text[m.start:m.end], m.start, m.end)
        if m.role:
            slot[3].append(m.role)
        if kind == "place" and " " not in name:
            placed.add(key)
    for key in placed:
        if by_key[key][1] == "person" and not by_key[key][3]:
            # "di Kelurahan Sudimara ... belum menjangkau Sudimara": a one-word name the article
            # writes after an area word once, and with no role anywhere, is that place
            by_key[key][1] = "place"
    organisations(text, by_key, order)
    merge_employers(text, by_key, order)
    merge_variants(by_key, order)
    merge_short_variants(by_key, order)
    merge_shorter_forms(by_key, order)
    merge_org_short_names(by_key, order)
    out = []
    for key in order:
        name, kind, forms, carried = by_key[key]
        forms = tuple(sorted(forms.values(), key=lambda f: f.start))
        # the roles the mentions were read with; `with_roles` puts the one read around the names first
        roles = tuple(dict.fromkeys(carried)) if kind == "person" else ()
        out.append(Entry(name, kind, forms, roles))
    return tuple(out)

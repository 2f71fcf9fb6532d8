"""One id per person across a corpus: "Anas", "Azwar Anas" and "Abdullah Azwar Anas" are one speaker.

Within an article the extractor already gives every quote the fullest name the article uses. Across
articles this module merges those names, conservatively, because a wrong merge puts words in
somebody else's mouth while a missed one only splits a count:

- the alias table (`data/aliases.tsv`) maps nicknames to full names ("Jokowi" -> "Joko Widodo");
- a name of two or more words joins the one speaker whose longer name contains it as a run of words
  ("Azwar Anas" -> "Abdullah Azwar Anas"); if two speakers contain it, it stays apart;
- a one-word name ("Anas") joins a longer name only when the articles also agree on the role
  ("Menteri PANRB"): a bare "Chandra" quoted as a parent is not the vice-mayor "Riko Chandra";
- organisations merge only by the same name or an alias ("KPK" = "Komisi Pemberantasan Korupsi");
- unnamed speakers ("seorang warga") get no id.

Memory grows with the number of distinct names, not of quotes, so millions of records are fine.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Any, Iterable, Mapping, Optional

import attrs

from ..lexicon.words import is_title

Key = tuple[str, ...]

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?", re.UNICODE)
_DEGREE = re.compile(r"^\s*[A-Z][A-Za-z]{0,4}\.")  # ", S.H.", ", M.Si." after a name


@attrs.frozen(slots=True)
class RoleSpan:
    """A role the articles give a speaker, with the dates of the first and last quote under it."""

    role: str
    first: Optional[str]
    last: Optional[str]
    quotes: int


@attrs.frozen(slots=True)
class Speaker:
    id: str
    name: str
    type: Optional[str]
    names: tuple[str, ...]  # every name the records use, most frequent first
    quotes: int
    articles: int
    outlets: tuple[tuple[str, int], ...]
    roles: tuple[RoleSpan, ...]  # by first date
    first: Optional[str]
    last: Optional[str]

    def to_dict(self) -> dict[str, Any]:
        d = attrs.asdict(self, recurse=True)
        d["outlets"] = [{"outlet": o, "quotes": n} for o, n in self.outlets]
        d["names"] = list(self.names)
        return d


def _words(name: str) -> Key:
    parts = name.split(",")
    # degrees come last ("Budi Santoso, S.H., M.H."): drop from the first one on
    cut = next((i for i, p in enumerate(parts) if i and _DEGREE.match(p)), len(parts))
    words = [w.lower().rstrip(".") for w in _WORD.findall(",".join(parts[:cut]))]
    while words and is_title(words[0]):
        words.pop(0)
    return tuple(w for w in words if w)


@functools.lru_cache(maxsize=None)
def aliases() -> dict[Key, Key]:
    """Alias words -> canonical words, from `data/aliases.tsv`."""
    text = resources.files("quotes").joinpath("data").joinpath("aliases.tsv").read_text(encoding="utf-8")
    table: dict[Key, Key] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, *others = line.rstrip("\n").split("\t")
        target = _words(canonical)
        for alias in others:
            table[_words(alias)] = target
    return table


@functools.lru_cache(maxsize=65536)  # a corpus repeats its speakers' names: each is read once
def name_key(name: Optional[str]) -> Optional[Key]:
    """The comparable form of a name: lower case, titles and degrees dropped, aliases resolved."""
    if not name:
        return None
    words = _words(name)
    if not words:
        return None
    return aliases().get(words, words)


def _role_key(role: Optional[str]) -> Optional[str]:
    if not role:
        return None
    return " ".join(re.findall(r"[^\W_]+", role.lower())) or None


def _record_date(r: Mapping) -> Optional[str]:
    d = r.get("date") or r.get("published")
    return str(d)[:10] if d else None


def _widen(first: Optional[str], last: Optional[str], new_first: Optional[str],
           new_last: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A date range stretched to hold another (either side may be unknown)."""
    return (min(filter(None, (first, new_first)), default=None),
            max(filter(None, (last, new_last)), default=None))


class _Seen:
    """What the records say about one name key (mutable while collecting)."""

    __slots__ = ("names", "types", "roles", "docs", "outlets", "quotes", "first", "last")

    def __init__(self) -> None:
        self.names: Counter = Counter()
        self.types: Counter = Counter()
        self.roles: dict[str, list] = {}  # role -> [display, first, last, count]
        self.docs: set = set()
        self.outlets: Counter = Counter()
        self.quotes = 0
        self.first: Optional[str] = None
        self.last: Optional[str] = None

    def add(self, r: Mapping) -> None:
        self.quotes += 1
        self.names[r["speaker"]] += 1
        self.types[r.get("speaker_type")] += 1
        self.docs.add(r.get("doc_id"))
        if r.get("outlet"):
            self.outlets[r["outlet"]] += 1
        day = _record_date(r)
        self.first, self.last = _widen(self.first, self.last, day, day)
        rk = _role_key(r.get("speaker_role"))
        if rk:
            self._role(rk, r["speaker_role"], day, day, 1)

    def absorb(self, other: "_Seen") -> None:
        """Add what the records say about another name of the same speaker."""
        self.names.update(other.names)
        self.types.update(other.types)
        self.outlets.update(other.outlets)
        self.docs |= other.docs
        self.quotes += other.quotes
        self.first, self.last = _widen(self.first, self.last, other.first, other.last)
        for rk, (display, first, last, n) in other.roles.items():
            self._role(rk, display, first, last, n)

    def _role(self, rk: str, display: str, first: Optional[str], last: Optional[str], n: int) -> None:
        span = self.roles.setdefault(rk, [display, first, last, 0])
        span[1], span[2] = _widen(span[1], span[2], first, last)
        span[3] += n

    @property
    def type(self) -> Optional[str]:
        return self.types.most_common(1)[0][0]


def _indexable(r: Mapping) -> bool:
    return bool(r.get("speaker")) and r.get("speaker_type") != "unnamed"


# The unit names are merged by: a name key, plus the role for one-word person names, since one
# "Anas" quoted as a minister and another quoted as a resident are not known to be one person.
Unit = tuple[Key, Optional[str]]


def unit_of(r: Mapping) -> Optional[Unit]:
    if not _indexable(r):
        return None
    key = name_key(r["speaker"])
    if not key:
        return None
    one_word_person = len(key) == 1 and r.get("speaker_type") == "person"
    return key, (_role_key(r.get("speaker_role")) if one_word_person else None)


def collect(records: Iterable[Any]) -> dict[Unit, _Seen]:
    seen: dict[Unit, _Seen] = {}
    for r in records:
        r = r.to_dict() if hasattr(r, "to_dict") else r
        unit = unit_of(r)
        if unit:
            seen.setdefault(unit, _Seen()).add(r)
    return seen


def _contains(longer: Key, shorter: Key) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _roles_agree(role: str, others: Iterable[str]) -> bool:
    return any(role == o or (min(len(role), len(o)) >= 5 and (role in o or o in role)) for o in others)


def _order(seen: Mapping[Unit, _Seen]) -> list[Unit]:
    return sorted(seen, key=lambda u: (-len(u[0]), -seen[u].quotes, u[0], u[1] or ""))


def cluster(seen: Mapping[Unit, _Seen]) -> dict[Unit, Key]:
    """Unit -> the name key of its speaker (the longest, most quoted name of the group)."""
    head: dict[Unit, Key] = {}
    members: dict[Key, list[Unit]] = {}
    by_word: dict[str, set[Key]] = {}  # word -> heads of groups with a person name holding it
    for unit in _order(seen):
        key, role = unit
        info = seen[unit]
        group = key
        if info.type == "person":
            cands = set.intersection(*(by_word.get(w, set()) for w in key))
            cands = {h for h in cands if h != key and any(_contains(m[0], key) for m in members[h])}
            if len(cands) == 1:
                h = next(iter(cands))
                if len(key) > 1 or (role and _roles_agree(role, (r for m in members[h] for r in seen[m].roles))):
                    group = h
        head[unit] = group
        members.setdefault(group, []).append(unit)
        if info.type == "person":
            for w in key:
                by_word.setdefault(w, set()).add(group)
    return head


def _slug(key: Key) -> str:
    return re.sub(r"[^a-z0-9]+", "-", "-".join(key).lower()).strip("-") or "speaker"


@attrs.frozen(slots=True)
class SpeakerTable:
    speakers: tuple[Speaker, ...]  # most quoted first
    ids: Mapping[Unit, str]

    def id_for(self, record: Any) -> Optional[str]:
        """The speaker id of a record (a Quote or a dict), None for unnamed speakers."""
        unit = unit_of(record.to_dict() if hasattr(record, "to_dict") else record)
        return self.ids.get(unit) if unit else None


def _merge(units: list[Unit], seen: Mapping[Unit, _Seen], sid: str) -> Speaker:
    total = _Seen()
    for u in units:
        total.absorb(seen[u])
    name = seen[units[0]].names.most_common(1)[0][0]
    spans = sorted((RoleSpan(d, f, l, n) for d, f, l, n in total.roles.values()),
                   key=lambda r: (r.first or "9999", -r.quotes, r.role))
    return Speaker(
        id=sid, name=name, type=total.type,
        names=tuple(n for n, _ in sorted(total.names.items(), key=lambda x: (-x[1], x[0]))),
        quotes=total.quotes, articles=len(total.docs),
        outlets=tuple(sorted(total.outlets.items(), key=lambda x: (-x[1], x[0]))),
        roles=tuple(spans), first=total.first, last=total.last,
    )


def speaker_table(records: Iterable[Any]) -> SpeakerTable:
    """Every named speaker in `records` (Quote objects or dicts), merged across articles."""
    seen = collect(records)
    head = cluster(seen)
    groups: dict[Key, list[Unit]] = {}
    for unit in _order(seen):
        groups.setdefault(head[unit], []).append(unit)
    ids: dict[Unit, str] = {}
    used: set[str] = set()
    speakers = []
    for h in sorted(groups):
        sid = _slug(h)
        while sid in used:  # "Ma'ruf Amin" and "Ma ruf Amin" slug alike
            sid += "-x"
        used.add(sid)
        speakers.append(_merge(groups[h], seen, sid))
        for u in groups[h]:
            ids[u] = sid
    speakers.sort(key=lambda s: (-s.quotes, s.id))
    return SpeakerTable(tuple(speakers), ids)

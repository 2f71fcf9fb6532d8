"""Cue words and titles, read once from the data files shipped in `quotes/data`."""
from __future__ import annotations

import functools
from importlib import resources

import attrs


@attrs.frozen(slots=True)
class Cue:
    form: str
    lemma: str
    role: str  # post | say | weak | menurut | passive
    pronoun: bool = False  # "ujarnya": the -nya names the speaker


def _lines(name: str):
    text = resources.files("quotes").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def data_lines(name: str):
    """The lines of a data file in quotes/data, without comments and blank lines."""
    return _lines(name)


@functools.lru_cache(maxsize=None)
def cues() -> dict[str, Cue]:
    """Lower-case word form -> Cue, with the enclitic -nya forms of post cues added."""
    table: dict[str, Cue] = {}
    for line in _lines("cues.tsv"):
        form, lemma, role = line.split("\t")
        table.setdefault(form, Cue(form, lemma, role))
        if role in ("post", "menurut"):
            table.setdefault(form + "nya", Cue(form + "nya", lemma, role, pronoun=True))
        if role in ("say", "weak"):
            # "disebutnya", "dijelaskannya" style passives with -nya are rarer; leave them out
            pass
    return table


@functools.lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    return frozenset(_lines("titles.txt"))


@functools.lru_cache(maxsize=None)
def _all_roles() -> dict[str, tuple[Cue, ...]]:
    table: dict[str, list[Cue]] = {}
    for line in _lines("cues.tsv"):
        form, lemma, role = line.split("\t")
        table.setdefault(form, []).append(Cue(form, lemma, role))
        if role in ("post", "menurut"):
            table.setdefault(form + "nya", []).append(Cue(form + "nya", lemma, role, pronoun=True))
    return {k: tuple(v) for k, v in table.items()}


@functools.lru_cache(maxsize=None)
def role_equivalents() -> dict[str, str]:
    """Role phrase -> the role it stands for ("kepala negara" -> "presiden")."""
    return dict(line.split("\t") for line in _lines("role_equivalents.tsv"))


def cue_for(word: str) -> Cue | None:
    return cues().get(word.lower())


def roles_for(word: str) -> tuple[Cue, ...]:
    """Every reading of a cue word ("bilang" both follows a quote and takes a subject)."""
    return _all_roles().get(word.lower(), ())


def is_title(word: str) -> bool:
    return word.lower().strip(",") in titles()

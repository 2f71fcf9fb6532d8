"""The inventory's records: an `Entry` (everyone an article mentions, once) and the `Form`s it is
written in, with the kinds an entry can have. Split from `inventory` so that the steps that merge
its entries (`entry_merges`) share them without importing the stage."""
from __future__ import annotations

from typing import Optional

import attrs

# the kinds an entry can have: the first three may speak, the others never do (kept for attribution to refuse)
SPEAKING = ("person", "organization", "unnamed")
THINGS = ("place", "document", "date", "other")
TYPES = SPEAKING + THINGS


@attrs.frozen(slots=True)
class Form:
    """One mention of an entry as written: `text == article[start:end]`."""

    text: str
    start: int
    end: int


@attrs.frozen(slots=True)
class Entry:
    name: str
    type: str  # one of TYPES
    forms: tuple[Form, ...]
    roles: tuple[str, ...] = ()  # the titles the article gives a person, the fullest first

    @property
    def role(self) -> Optional[str]:
        return self.roles[0] if self.roles else None

    def holds(self, start: int, end: int) -> bool:
        """Does one of the entry's forms overlap [start, end)?"""
        return any(f.start < end and start < f.end for f in self.forms)

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "roles": list(self.roles),
                "forms": [{"text": f.text, "start": f.start, "end": f.end} for f in self.forms]}

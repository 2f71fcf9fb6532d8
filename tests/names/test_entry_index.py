"""The entry tables answer as the scans of the entries they replace, first entry first."""
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.names.entry_index import entry_for, person_ending_like
from quotes.names.inventory import Entry, Form

_NAMES = ["Budi Santoso", "budi santoso", "Sari Santoso", "Kementerian Kesehatan", "Santoso", "warga", "Dewi Lestari"]


def _scan(entries, name, start=None, end=None):
    if name:
        for e in entries:
            if e.name.lower() == name.lower():
                return e
    if start is not None and end is not None:
        exact = [e for e in entries if any(f.start == start and f.end == end for f in e.forms)]
        for e in exact or entries:
            if e.holds(start, end):
                return e
    return None


def _scan_ending(entries, name):
    found = [e for e in entries if e.type == "person" and e.name.split()[-1].lower() == name.split()[-1].lower()]
    return found[0] if len(found) == 1 else None


_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1]))
_ENTRY = st.builds(lambda name, kind, spans: Entry(name, kind, tuple(Form("x" * (b - a), a, b) for a, b in spans)),
                   st.sampled_from(_NAMES), st.sampled_from(["person", "organization", "unnamed", "place"]),
                   st.lists(_SPAN, min_size=1, max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.lists(_ENTRY, max_size=8), st.sampled_from(_NAMES + ["Nobody Here", "", None]), _SPAN)
def test_lookups_answer_as_the_scans(entries, name, span):
    entries = tuple(entries)
    for ask in (entries, list(entries)):  # (a list is looked up without keeping its tables)
        assert entry_for(ask, name) is _scan(entries, name)
        assert entry_for(ask, name, *span) is _scan(entries, name, *span)
        assert entry_for(ask, None, *span) is _scan(entries, None, *span)
        if name:
            assert person_ending_like(ask, name) is _scan_ending(entries, name)

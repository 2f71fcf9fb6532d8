"""The Indonesian words every stage reads with, loaded once from the files in quotes/data.

`words`: reporting cues and their grammar (`Cue`, `cue_for`, `roles_for`), titles, pronouns,
function and common words; `places`: gazetteers of places, documents and dates (what cannot
speak); `calendar`: weekday and month names. Imports nothing else of the package.
"""
from .calendar import MONTHS, WEEKDAYS
from .places import cannot_speak, is_document, is_place
from .words import Cue, cue_for, cues, data_lines, is_title, roles_for

__all__ = ["Cue", "cue_for", "cues", "data_lines", "is_title", "roles_for", "cannot_speak", "is_document",
           "is_place", "MONTHS", "WEEKDAYS"]

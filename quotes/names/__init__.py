"""Reading names: who the words of an article name, before any quote is attributed.

In: an `nlp.Analysis`. Out: `mentions.Mention` (what a phrase names, as written, and its kind:
person, organization, unnamed, document, pronoun or nobody), `index.NameIndex` (a short name's
fullest form in the article), `roles.role_of` (a person's title, whole), `persons.person_mentions`
(every person's name with its part in the sentence), `who_speaks` (can this name speak at
all) and `inventory` (everyone the article mentions, once: `Entry`, the records attribution picks
from and `quotes.people` returns). A new way of reading or typing a name goes here; `find` and `speakers` ask these modules.
"""
from .index import NameIndex
from .inventory import Entry, Form, entry_for, inventory
from .mentions import NOBODY, Mention, mention_from_tokens, speakable, typed
from .persons import PersonMention, person_mentions, readings
from .roles import role_of
from .who_speaks import can_speak, speaker_words

__all__ = ["NOBODY", "Mention", "mention_from_tokens", "speakable", "typed", "NameIndex", "Entry", "Form", "entry_for",
           "inventory", "PersonMention", "person_mentions", "readings", "role_of", "can_speak", "speaker_words"]

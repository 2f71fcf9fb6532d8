"""The raw input, before any reading: the only stage that sees the article as a string.

In: the article's text as given. Out: the text the analysers read (same length, so offsets hold:
`normalize`), its paragraphs with scraping noise marked (`paragraphs.Paragraph`), and position
look-ups by bisection (`positions.Cover`, `wordindex.word_index`) that keep every later question
about a place in the text cheap on long articles. Imports nothing else of the package.
"""
from .normalize import (
           OffsetMap,
           blank_html,
           decode_entities,
           repair_lost_quotes,
           repair_mojibake,
           same_length,
)
from .paragraphs import Paragraph, blank_spans, count_words, inline_noise, paragraphs
from .positions import Cover
from .wordindex import WordIndex, word_index

__all__ = ["OffsetMap", "blank_html", "decode_entities", "repair_lost_quotes", "repair_mojibake",
           "same_length", "Paragraph", "blank_spans", "count_words", "inline_noise", "paragraphs", "Cover",
           "WordIndex", "word_index"]

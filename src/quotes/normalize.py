"""Text the analysers read, with the same length as the input, so every offset points into it.

Only one-to-one character replacements happen here: odd spaces become plain spaces, carriage
returns become newlines, control and zero-width characters become spaces. Mojibake repair, which
changes lengths, is done by `repair`, which returns the fixed text with a map back to the input.
"""
from __future__ import annotations

import re

_SPACES = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ", "\t": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ",
    "\ufeff": " ", "\u2060": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
    "\u00ad": " ",
}
_TABLE = {ord(k): v for k, v in _SPACES.items()}
for _c in range(0x20):
    if chr(_c) not in "\n":
        _TABLE.setdefault(_c, " ")
_TABLE[0x7F] = " "
# curly look-alikes that scrapes produce for quotation marks
_TABLE.update({ord("″"): '"', ord("〝"): "“", ord("〞"): "”", ord("＂"): '"'})


def same_length(text: str) -> str:
    """Input text cleaned for analysis; len(result) == len(text) always."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


_HTML_TAG = re.compile(r"<(?:/?(?:p|br|div|span|a|b|i|em|strong|figure|figcaption|img|script|style)\b)[^>]{0,500}>", re.I)


def blank_html(text: str) -> str:
    """HTML tags left in scraped text become spaces (block tags a newline), length kept."""
    def repl(m: re.Match) -> str:
        tag = m.group().lower()
        fill = "\n" if tag.startswith(("<p", "</p", "<br", "<div", "</div")) else " "
        return fill + " " * (len(m.group()) - 1)

    return _HTML_TAG.sub(repl, text)

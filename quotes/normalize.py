"""Text the analysers read, with the same length as the input, so every offset points into it.

Only one-to-one character replacements happen here: odd spaces become plain spaces, carriage
returns become newlines, control and zero-width characters become spaces, HTML tags become spaces.
Mojibake ("â€œ" for "“", "Ã©" for "é") is repaired by ftfy one sequence at a time; the repaired
character is padded with spaces to the length of the broken sequence (an opening mark on the right
of its padding, anything else on the left), so every offset still points into the input.
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


_CP1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(r"â€[œ\x9d™˜“”\"\x9c¦¢¡\x93\x94\x98\x99]?|Ã[\x80-\xbf" + _CP1252 + r"¡-¿]|Â[\xa0-\xbf]")
_OPEN = set("“‘„«")


def repair_mojibake(text: str) -> str:
    """UTF-8 read as cp1252 / latin-1, fixed in place; len(result) == len(text)."""
    if "â€" not in text and "Ã" not in text and "Â" not in text:
        return text
    from ftfy import fix_encoding

    def repl(m: re.Match) -> str:
        s = m.group()
        # "â€" alone is a closing mark whose last byte (0x9d, unused in cp1252) was lost
        fixed = "”" if s == "â€" else fix_encoding(s)
        if fixed == s or len(fixed) > len(s) or not fixed:
            return s
        pad = " " * (len(s) - len(fixed))
        return pad + fixed if fixed in _OPEN else fixed + pad

    out = _MOJIBAKE.sub(repl, text)
    assert len(out) == len(text)
    return out

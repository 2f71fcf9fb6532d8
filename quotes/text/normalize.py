"""Text the analysers read, and how its positions map back to the input.

HTML entities ("&ldquo;", "&quot;", "&amp;", "&#8220;") are decoded first, each to its one
character, with an OffsetMap back to the input: the rules and the models read the words as a reader
sees them (an entity padded with spaces would put gaps inside names and phrases), and every record
offset is translated back, so it still slices the input. Everything after that replaces one
character by one: odd spaces become plain spaces, carriage returns become newlines, control and
zero-width characters become spaces, HTML tags and comments become spaces. Mojibake ("â€œ" for
"“", "Ã©" for "é") is repaired by ftfy one sequence at a time; the repaired character is padded
with spaces to the length of the broken sequence (an opening mark on the right of its padding,
anything else on the left).
"""
from __future__ import annotations

import bisect
import html
import re

import attrs

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


_BLOCK_TAGS = "p|br|div|h[1-6]|li|ul|ol|blockquote|table|tr|td|th|thead|tbody|section|article|header|footer|hr"
_INLINE_TAGS = ("span|a|b|i|u|em|strong|small|sup|sub|font|figure|figcaption|img|script|style|iframe|"
                "picture|source|video|noscript")
# bounded repetition only: a "<" in a long run of text never makes the regex look further than 500
_HTML_TAG = re.compile(r"<(?:/?(?:" + _BLOCK_TAGS + "|" + _INLINE_TAGS + r")\b)[^<>]{0,500}>|<!--(?:[^-]|-(?!->)){0,2000}-->",
                       re.I)
_BLOCK = re.compile(r"</?(?:" + _BLOCK_TAGS + r")\b", re.I)


def blank_html(text: str) -> str:
    """HTML tags and comments left in scraped text become spaces (block tags a newline), length kept."""
    if "<" not in text:
        return text

    def repl(m: re.Match) -> str:
        fill = "\n" if _BLOCK.match(m.group()) else " "
        return fill + " " * (len(m.group()) - 1)

    return _HTML_TAG.sub(repl, text)


# a named entity needs its ";" ("&copy" in a URL's query is no entity); a numeric one may lack it.
# "&amp;quot;" is an entity escaped twice, which scrapes produce: decoded until it is one character
_ENTITY = re.compile(r"&(?:amp;){0,3}(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")


@attrs.frozen(slots=True)
class OffsetMap:
    """Positions in the decoded text -> positions in the raw input.

    Each decoded entity is one character standing for a run of raw ones; after it, positions shift
    by a fixed amount until the next one. `breaks[k]` is a decoded position right after an entity
    and `raw[k]` the raw position it maps to; positions before the first break are the same in both.
    """

    breaks: tuple = ()
    raw: tuple = ()

    def __bool__(self) -> bool:  # an identity map is falsy: nothing to translate
        return bool(self.breaks)

    def to_raw(self, pos: int) -> int:
        k = bisect.bisect_right(self.breaks, pos) - 1
        return pos if k < 0 else self.raw[k] + (pos - self.breaks[k])


def decode_entities(text: str) -> tuple[str, OffsetMap]:
    """HTML entities ("&ldquo;", "&quot;", "&amp;", "&#8220;", "&#x201D;") decoded, and the map from
    decoded positions back to the input's. A span [s, e) of the decoded text is the input's
    [to_raw(s), to_raw(e)), which html.unescape turns back into the same words: a span never starts
    or ends inside an entity. An unknown entity ("&foo;") stays as written."""
    if "&" not in text:
        return text, OffsetMap()
    parts: list[str] = []
    breaks: list[int] = []
    raw: list[int] = []
    last = 0
    decoded_len = 0
    for m in _ENTITY.finditer(text):
        s = m.group()
        fixed = s
        for _ in range(4):
            nxt = html.unescape(fixed)
            if nxt == fixed:
                break
            fixed = nxt
        if fixed == s or len(fixed) != 1:
            continue  # unknown, or more than one character: left as written
        parts.append(text[last:m.start()])
        parts.append(fixed)
        decoded_len += m.start() - last + 1
        breaks.append(decoded_len)
        raw.append(m.end())
        last = m.end()
    if not breaks:
        return text, OffsetMap()
    parts.append(text[last:])
    return "".join(parts), OffsetMap(tuple(breaks), tuple(raw))


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


# Curly quotation marks that a scraper's encoding step turned into "?" ("?Ketiga adalah atraksi
# ...,? kata Arief"): a "?" between a space and a capital opens a quotation (a question mark never
# stands there), one after a comma or full stop and before a space closes it. Repaired only in an
# article that has both shapes; same length, so offsets hold.
_LOST_OPEN = re.compile(r"(?:^|(?<=\s))\?(?=[A-Z])", re.M)
_LOST_CLOSE = re.compile(r"(?<=[,.!])\?(?=\s|$)", re.M)


def repair_lost_quotes(text: str) -> str:
    """"?" left where curly quotation marks were lost, back to marks; len(result) == len(text)."""
    if "?" not in text or not _LOST_OPEN.search(text) or not _LOST_CLOSE.search(text):
        return text
    return _LOST_CLOSE.sub("”", _LOST_OPEN.sub("“", text))

"""The templates (quotes/report/templates) and what they need to write text and JSON safely.

Autoescape is on for every value. On top of it, `finalize` writes each str so that the browser's
DOM holds exactly that str, code point for code point: the HTML parser would turn CR and CRLF
into LF before tokenising, but not a character reference, so CR is written as one; NUL (which
the parser drops) becomes U+FFFD, same length. Record lists go into <script> elements as JSON in
which '<', '>' and '&' are escaped, so no record can end its element early.
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING

import attrs
import jinja2
import orjson
from markupsafe import Markup, escape

from ..version import __version__
from .palette import palette_css

if TYPE_CHECKING:
    from .article_view import ArticleView


def escape_text(s: str) -> Markup:
    """HTML for `s` that the browser's DOM holds as exactly `s`."""
    return Markup(str(escape(s)).replace("\r", "&#13;").replace("\x00", "\ufffd"))


def _finalize(v):
    # called on every value written, so the common case (no CR, no NUL) costs two lookups
    if v is None:
        return ""
    if type(v) is str and ("\r" in v or "\x00" in v):
        return escape_text(v)
    return v


def script_json(obj) -> Markup:
    """JSON to put inside <script>: '<', '>' and '&' only occur in strings, so escaping them is lossless."""
    try:
        raw = orjson.dumps(obj, default=str).decode("utf-8")
    except TypeError:  # an int beyond 64 bits, from a caller of the Python API
        raw = json.dumps(obj, default=str, ensure_ascii=False)
    return Markup(raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("quotes.report", "templates"),
        autoescape=True, finalize=_finalize, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["script_json"] = script_json
    env.filters["plural"] = plural
    env.globals["version"] = __version__
    return env


@attrs.frozen
class Assets:
    css: Markup
    js: Markup


@functools.lru_cache(maxsize=1)
def assets() -> Assets:
    """The page's own CSS and JS, written into every page (a report loads nothing)."""
    data = resources.files("quotes").joinpath("data")
    css = data.joinpath("report.css").read_text(encoding="utf-8") + palette_css()
    # our own files, trusted: not escaped, but they must not end their element early
    js = data.joinpath("report.js").read_text(encoding="utf-8")
    if "</style" in css.lower() or "</script" in js.lower():
        raise RuntimeError("quotes/data/report.css or report.js would end its own element early")
    return Assets(Markup(css), Markup(js))


def render(template: str, **context) -> str:
    return environment().get_template(template).render(assets=assets(), **context)


def render_article(view: "ArticleView") -> Markup:
    """One article's HTML (templates/article.html.j2), written as soon as its view is made, so
    that a page holds strings, not a million small objects the garbage collector walks again
    and again."""
    return environment().get_template("article.html.j2").module.article(view)

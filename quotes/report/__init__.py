"""`quotes view`: one self-contained HTML report of articles with their quotes highlighted.

The page carries its own CSS and JS (quotes/data/report.css, report.js) and loads nothing from
the network, so it can be mailed around or opened from an archive years later. The HTML is in
jinja2 templates (quotes/report/templates, autoescaped); the modules only prepare the data:

- records: what the report reads of a record (article, kind, named or unnamed speaker, day);
- segments: the text cut at every quote, cue and speaker boundary;
- palette: colour-blind-safe speaker colours, distinct within an article;
- article_view, summary, timeline: what each template shows;
- render: the template environment (exact text, safe JSON); writer: the files and pages.
"""
from .writer import write_report

__all__ = ["write_report"]

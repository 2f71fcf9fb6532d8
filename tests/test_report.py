"""`quotes view`: the HTML report, its pieces, and what a real browser shows of it (rule analyser only)."""
import json
import math
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from urllib.parse import quote as quote_url

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from quotes.cli import main
from quotes.engine import extract_batch
from quotes.inputs import Keys, read
from quotes.report import (
    Segment, Span, article_colours, build_segments, escape_text, group_records, record_day, spans_of,
    summarize, Entry, write_report,
)

CHROMIUM = "/usr/bin/chromium"

# an emoji (astral: two UTF-16 units, one Python code point) before and inside the quotes,
# CRLF line ends (the HTML parser would fold CR without a character reference) and markup
EMOJI_TEXT = ("Banjir 🌊 di Ciledug 🙂\n\nSeorang warga, Ahmad Fauzi, mengatakan air 🌊 mulai masuk pukul 22.00. "
              "\"Saya baru tidur 😴, tiba-tiba air sudah sebetis,\" kata dia.\r\n\r\n"
              "𝐁𝐚𝐜𝐚 𝐣𝐮𝐠𝐚 lainnya. \"Kami <b>siap</b> & sigap,\" ujar Anas.")
HOSTILE_TEXT = ('Judul <script>alert("x")</script>\n'
                '"Kata Budi kepada saya: </div><img src=x onerror=alert(1)> itu bohong," ujar Anas &amp; kawan.')


def corpus_articles():
    return [item.article for item in read([str(CORPUS)], Keys()) if not item.error]


def rules_records(articles):
    out = []
    for found in extract_batch(articles, analyzer="rules"):
        assert not isinstance(found, Exception), found
        out += [q.to_dict() for q in found]
    return out


def span_record(doc_id, text, quote, *, index, kind="direct", speaker="Anas", cue=None, mention=None, nth=0):
    """A record whose offsets are found in `text` (for hand-made nested and overlapping spans)."""
    start = _find(text, quote, nth)
    rec = {"doc_id": doc_id, "kind": kind, "text": quote, "start": start, "end": start + len(quote),
           "cue": None, "cue_start": None, "cue_end": None, "speaker": speaker, "speaker_mention": mention,
           "speaker_start": None, "speaker_end": None, "speaker_type": "person", "speaker_role": None,
           "date": None, "date_text": None, "date_basis": None, "confidence": 0.5, "index": index}
    if cue:
        rec["cue_start"] = text.index(cue)
        rec["cue_end"], rec["cue"] = rec["cue_start"] + len(cue), cue
    if mention:
        rec["speaker_start"] = text.index(mention)
        rec["speaker_end"] = rec["speaker_start"] + len(mention)
    return rec


def _find(text, sub, nth):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i


def hostile_records():
    t = HOSTILE_TEXT
    outer = 'Kata Budi kepada saya: </div><img src=x onerror=alert(1)> itu bohong,'
    return [
        span_record("hostile", t, outer, index=0, cue="ujar", mention="Anas"),
        # a quote inside a quote, and its speaker mention inside the outer quote's span
        span_record("hostile", t, "</div><img src=x onerror=alert(1)>", index=1, kind="indirect",
                    speaker="Budi <b>", cue="Kata", mention="Budi"),
    ]


# --- segments --------------------------------------------------------------------------------

def test_segments_of_nested_and_overlapping_spans():
    spans = [Span("q", 0, 2, 12), Span("q", 1, 4, 8), Span("cue", 0, 12, 16), Span("spk", 1, 6, 10),
             Span("cue", 1, 14, 18)]
    segs = build_segments(20, spans)
    assert segs == [
        Segment(0, 2),
        Segment(2, 4, q=(0,)),
        Segment(4, 6, q=(1, 0)),  # innermost quote first
        Segment(6, 8, q=(1, 0), spk=(1,)),
        Segment(8, 10, q=(0,), spk=(1,)),  # a speaker mention running out of one quote, inside another
        Segment(10, 12, q=(0,)),
        Segment(12, 14, cue=(0,)),
        Segment(14, 16, cue=(0, 1)),
        Segment(16, 18, cue=(1,)),
        Segment(18, 20),
    ]


def test_segments_tile_the_text_and_shared_cues_list_every_quote():
    text = "x" * 50
    spans = [Span("q", 0, 5, 20), Span("cue", 0, 21, 25), Span("q", 1, 27, 30), Span("cue", 1, 21, 25),
             Span("q", 2, 5, 20)]  # two records with the same span
    segs = build_segments(len(text), spans)
    assert [s.start for s in segs][0] == 0 and segs[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(segs, segs[1:]))
    assert [s.cue for s in segs if s.start == 21] == [(0, 1)]
    assert [s.q for s in segs if s.start == 5] == [(0, 2)]


def test_spans_skip_records_whose_offsets_do_not_fit():
    text = "Anas: \"Kami siap,\" ujar Anas."
    good = span_record("d", text, "Kami siap,", index=0, cue="ujar")
    bad_cue = dict(good, index=1, cue_start=5, cue_end=500)  # the quote stays, the cue mark goes
    spans, bad = spans_of([
        good, bad_cue, dict(good, end=500), dict(good, text="Kami siaga"), dict(good, start="7"),
        dict(good, start=None), dict(good, start=True), dict(good, start=9, end=9), {"doc_id": "d"},
    ], text)
    assert bad == [2, 3, 4, 5, 6, 7, 8]
    assert [(s.role, s.k) for s in spans] == [("q", 0), ("cue", 0), ("q", 1)]


def test_escaping_keeps_the_text_exact():
    assert escape_text('<a href="x">&amp;</a>\r\n') == '&lt;a href="x"&gt;&amp;amp;&lt;/a&gt;&#13;\n'


# --- whole reports ---------------------------------------------------------------------------

def test_hostile_text_and_records_show_as_text(tmp_path):
    arts = [{"id": 'hostile', "text": HOSTILE_TEXT, "title": "<script>alert(2)</script>",
             "outlet": '"><img src=y>', "url": "javascript:alert(3)"},
            {"id": '"><script>alert(4)</script>', "text": "kosong"}]
    recs = hostile_records()
    recs[0]["speaker_role"] = "</script><script>alert(5)</script>"
    recs[0]["meta"] = {"x": "</script>"}
    (out,) = write_report(arts, recs, tmp_path / "r.html")
    page = out.read_text(encoding="utf-8")
    for bad in ("<script>alert", "<img", "Budi <b>", 'href="javascript', "</script><script>"):
        assert bad not in page
    assert "Budi &lt;b&gt;" in page
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page and "&amp;amp; kawan" in page
    # our own scripts only: the page script, the self-check slot and one record list per article
    assert len(re.findall(r"<script", page)) == 2 + len(arts)
    # the records JSON cannot end its script element early, yet is lossless
    (blob,) = re.findall(r'id="doc-hostile".*?<script type="application/json" class="recs">(.*?)</script>',
                         page, re.S)
    assert json.loads(blob) == recs


def test_bad_records_never_crash_and_are_reported(tmp_path):
    arts = [{"id": "a", "text": "Anas: \"Kami siap,\" ujar Anas."}, {"id": "empty", "text": ""}]
    good = span_record("a", arts[0]["text"], "Kami siap,", index=0, cue="ujar", mention="Anas")
    recs = [good,
            dict(good, index=1, end=999),  # beyond the text
            dict(good, index=2, text="something else"),  # text mismatch
            dict(good, index=3, kind="unknown", speaker=None, confidence="high", date="2023-02-30",
                 cue_start=-4, speaker_start="x"),  # odd values, but placeable
            {"doc_id": "a"},  # nothing but a doc id
            dict(good, index=4, confidence=10**30, meta={"when": date(2024, 1, 1)}),
            dict(good, doc_id="ghost"), dict(good, doc_id=None), {"kind": "direct"},  # no such article
            ["not", "a", "dict"]]
    (out,) = write_report(arts, recs, tmp_path / "r.html")
    page = out.read_text(encoding="utf-8")
    assert "3 records: offsets do not match the text" in page
    assert re.search(r'<div class="n">3</div><div class="l">records without article</div>', page)
    assert re.search(r'<div class="n">1</div><div class="l">unusable records</div>', page)
    # the good record and the odd but placeable ones (positions 3 and 5) cover the same text
    assert {"0", "3", "5"} in [set(q.split()) for q in re.findall(r'data-q="([^"]*)"', page)]
    assert 'id="doc-empty"' in page  # an article without quotes is still there


def test_paging(tmp_path):
    arts = corpus_articles()
    recs = rules_records(arts)
    out = tmp_path / "report.html"
    written = write_report(iter(arts), iter(recs), out, page_size=2)
    pages = sorted((tmp_path / "report-pages").glob("*.html"))
    n_pages = math.ceil(len(arts) / 2)
    assert written == [out, *pages] and len(pages) == n_pages
    assert [p.name for p in pages] == [f"{i:04d}.html" for i in range(1, n_pages + 1)]
    index = out.read_text(encoding="utf-8")
    assert '<article class="doc"' not in index
    for i, a in enumerate(arts):
        assert f'href="report-pages/{i // 2 + 1:04d}.html#doc-{a["id"]}"' in index
    for i, p in enumerate(pages, 1):
        page = p.read_text(encoding="utf-8")
        assert page.count('<article class="doc"') == (2 if i < n_pages or len(arts) % 2 == 0 else 1)
        assert 'href="../report.html#index"' in page and "<style>" in page
        assert (f'href="{i - 1:04d}.html" rel="prev"' in page) == (i > 1)
        assert (f'href="{i + 1:04d}.html" rel="next"' in page) == (i < n_pages)
        _assert_self_contained(page)
    # a shorter report later removes the pages nothing links to any more
    write_report(arts[:3], recs, out, page_size=2)
    assert len(list((tmp_path / "report-pages").glob("*.html"))) == 2
    write_report(arts[:2], recs, out, page_size=2)
    assert not (tmp_path / "report-pages").exists()


def test_no_articles_and_no_records(tmp_path):
    (out,) = write_report([], [{"doc_id": "x", "kind": "direct"}], tmp_path / "r.html")
    page = out.read_text(encoding="utf-8")
    assert "0 articles · 0 quotes" in page and "No dated quotes." in page
    assert re.search(r'<div class="n">1</div><div class="l">records without article</div>', page)
    with pytest.raises(ValueError):
        write_report([], [], tmp_path / "r.html", page_size=0)


def test_single_file_up_to_page_size(tmp_path):
    arts = corpus_articles()
    written = write_report(arts, rules_records(arts), tmp_path / "r.html", page_size=len(arts))
    assert written == [tmp_path / "r.html"] and not (tmp_path / "r-pages").exists()
    page = written[0].read_text(encoding="utf-8")
    assert page.count('<article class="doc"') == len(arts)
    assert all(f'href="#doc-{a["id"]}"' in page for a in arts)
    _assert_self_contained(page)


def _assert_self_contained(page):
    low = page.lower()
    assert "http://" not in low and "https://" not in low
    for needle in ("src=", "<link", "@import", "url("):
        assert needle not in low, needle


def test_summary_counts():
    entries = [Entry("a", "doc-a", "#doc-a", None, None, "2024-01-05T10:00:00+07:00", 3),
               Entry("b", "doc-b", "#doc-b", None, None, None, 1)]
    recs = [{"doc_id": "a", "kind": "direct", "speaker": "Anas", "date": "2024-01-04"},
            {"doc_id": "a", "kind": "indirect", "speaker": "Anas", "speaker_id": "p1", "date": None},
            {"doc_id": "a", "kind": "mixed", "speaker": "Anas Urbaningrum", "speaker_id": "p1"},
            {"doc_id": "b", "kind": "direct", "speaker": None, "published": "2024-01-04"},
            {"doc_id": "zzz", "kind": "direct", "speaker": "Orphan"}]
    s = summarize(entries, group_records(recs), bad_offsets=0)
    assert (s.n_articles, s.n_quotes, s.without_article) == (2, 4, 1)
    assert s.kinds == {"direct": 2, "indirect": 1, "mixed": 1}
    # speaker_id wins over the name: the two names of p1 count as one speaker
    assert s.speakers == [("p1", "Anas Urbaningrum", 2), ("Anas", "Anas", 1)]
    assert s.per_day == {"2024-01-04": 2, "2024-01-05": 2} and s.undated == 0
    assert record_day({"date": "bogus"}, None) is None and record_day({}, "2024-02-30") is None


def test_speaker_colours_are_stable_and_distinct_within_an_article():
    recs = [{"speaker": f"Pembicara {i}"} for i in range(12)] + [{"speaker": "X", "speaker_id": "p9"}]
    a, b = article_colours(recs), article_colours(list(reversed(recs)))
    assert a == b
    assert len({a[f"Pembicara {i}"] for i in range(12)}) == 12
    assert "p9" in a and "X" not in a and a[None] is None


# --- command line ----------------------------------------------------------------------------

def test_cli_view(tmp_path):
    recs = tmp_path / "q.jsonl"
    r = CliRunner().invoke(main, ["extract", str(CORPUS), "-o", str(recs), "--analyzer", "rules",
                                  "--workers", "1", "-q"])
    assert r.exit_code == 0, r.output
    with open(recs, "a", encoding="utf-8") as fh:
        fh.write("{broken\n[1, 2]\n")
    n_lines = len(recs.read_text(encoding="utf-8").splitlines())
    out = tmp_path / "out" / "report.html"
    r = CliRunner().invoke(main, ["view", str(CORPUS), str(recs), "-o", str(out), "--page-size", "3"])
    assert r.exit_code == 3, r.output  # written; 3: some lines were skipped (README, exit codes)
    assert f"{recs}:{n_lines - 1}: bad record" in r.stderr and f"{recs}:{n_lines}: bad record: not a JSON object" in r.stderr
    n_articles = len(corpus_articles())
    assert f"wrote {1 + math.ceil(n_articles / 3)} file(s)" in r.stderr
    assert (tmp_path / "out" / "report-pages" / "0001.html").exists()

    r = CliRunner().invoke(main, ["view", str(CORPUS), str(tmp_path / "missing.jsonl"), "-o", str(out)])
    assert r.exit_code == 2 and "does not exist" in r.output and "missing.jsonl" in r.output
    r = CliRunner().invoke(main, ["view", str(recs), "-o", str(out)])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["view", str(recs), str(CORPUS), "-o", str(out)])
    assert r.exit_code == 2 and "is a folder" in r.output


# --- in a real browser -----------------------------------------------------------------------

def _chromium(tmp_path, *args, timeout=60):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed: apt-get install chromium")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--enable-logging=stderr", "--v=0", *args]
    run = subprocess.run(cmd, capture_output=True, timeout=timeout, check=True)
    # the page's own script must not fail (console errors are logged as "Uncaught ...")
    assert b"Uncaught" not in run.stderr, run.stderr.decode("utf-8", "replace")[-2000:]
    return run


def test_browser_shows_every_quote_at_its_offsets(tmp_path):
    arts = corpus_articles() + [{"id": "emoji", "text": EMOJI_TEXT, "title": "Emoji 🙂 and CRLF"},
                                {"id": "hostile", "text": HOSTILE_TEXT}]
    recs = rules_records(arts[:-1]) + hostile_records()
    assert sum(r["doc_id"] == "emoji" for r in recs) >= 2  # the extractor itself placed quotes after emoji
    placeable = list(recs)
    odd = dict(recs[-1], index=8, kind="weird", speaker=None, confidence="high", cue_start=-1)
    out = tmp_path / "report.html"
    write_report(arts, recs + [odd, dict(recs[-1], index=9, end=10**6)], out)
    recs = placeable + [odd]  # the record beyond the text is listed, not highlighted

    dom = _chromium(tmp_path, "--dump-dom", out.as_uri()).stdout.decode("utf-8")
    (blob,) = re.findall(r'<script type="application/json" id="rendered-spans">(.*?)</script>', dom, re.S)
    shown = json.loads(blob)
    assert len(shown) == len(recs)
    got = {(s["doc_id"], s["index"]): (s["start"], s["end"], s["text"]) for s in shown}
    want = {(r["doc_id"], r["index"]): (r["start"], r["end"], r["text"]) for r in recs}
    assert got == want

def test_browser_screenshots(tmp_path):
    """The summary and one article with its record panel open, as PNGs (QUOTES_SCREENSHOT_DIR keeps them)."""
    arts = corpus_articles()
    recs = rules_records(arts)
    out = tmp_path / "report.html"
    write_report(arts, recs, out)
    busiest = max(arts, key=lambda a: sum(r["doc_id"] == a["id"] for r in recs))["id"]
    quote = next(r["index"] for r in recs if r["doc_id"] == busiest and r["kind"] == "direct" and r["cue"])
    shots = {"report.png": (out.as_uri(), "1280,1800"),
             "report-article.png": (f"{out.as_uri()}?article={quote_url(busiest)}&quote={quote}", "1280,1000")}
    for name, (url, size) in shots.items():
        png = tmp_path / name
        _chromium(tmp_path, f"--screenshot={png}", f"--window-size={size}", url)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    if os.environ.get("QUOTES_SCREENSHOT_DIR"):
        dest = Path(os.environ["QUOTES_SCREENSHOT_DIR"])
        dest.mkdir(parents=True, exist_ok=True)
        for name in shots:
            shutil.copy(tmp_path / name, dest / name)


def test_browser_report_of_the_shared_corpus(tmp_path):
    """The real articles of ../shared/corpus with their linked records: the report opens without a
    script error and every quote sits at its offsets."""
    from conftest import SHARED
    from quotes.quote_ids import link

    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present")
    arts = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((SHARED / "corpus").glob("*.txt"))]
    recs = link(rules_records(arts))
    out = tmp_path / "report.html"
    write_report(arts, recs, out, page_size=1000)
    dom = _chromium(tmp_path, "--dump-dom", out.as_uri(), timeout=120).stdout.decode("utf-8")
    (blob,) = re.findall(r'<script type="application/json" id="rendered-spans">(.*?)</script>', dom, re.S)
    got = {(s["doc_id"], s["index"]): (s["start"], s["end"], s["text"]) for s in json.loads(blob)}
    assert got == {(r["doc_id"], r["index"]): (r["start"], r["end"], r["text"]) for r in recs}

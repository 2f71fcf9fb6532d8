"""`quotes view`: whole reports, the command line, and what a real browser shows (rule analyser only)."""
import json
import math
import os
import re
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path
from urllib.parse import quote as quote_url

import pytest
from click.testing import CliRunner

from conftest import CORPUS, SHARED
from quotes.cli import main
from quotes.run.engine import extract_batch
from quotes.run.inputs import Keys, read
from quotes.report import write_report
from quotes.report.records import record_day, speaker_class
from test_report import _CVD, _lab, delta_e2000, span_record

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


def hostile_records():
    t = HOSTILE_TEXT
    outer = 'Kata Budi kepada saya: </div><img src=x onerror=alert(1)> itu bohong,'
    return [
        span_record("hostile", t, outer, index=0, cue="ujar", mention="Anas"),
        # a quote inside a quote, and its speaker mention inside the outer quote's span
        span_record("hostile", t, "</div><img src=x onerror=alert(1)>", index=1, kind="indirect",
                    speaker="Budi <b>", cue="Kata", mention="Budi"),
    ]


def _assert_self_contained(page):
    low = page.lower()
    assert "http://" not in low and "https://" not in low
    for needle in ("src=", "<link", "@import", "url("):
        assert needle not in low, needle


def test_templates_are_package_data():
    # the wheel ships quotes/ whole; the templates must be found through the package, not the work tree
    names = {p.name for p in resources.files("quotes.report").joinpath("templates").iterdir()}
    assert {"page.html.j2", "summary.html.j2", "articles.html.j2", "article.html.j2"} <= names


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
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page and "&amp;amp; kawan" in page
    # our own scripts only: the page script, two self-check slots and one record list per article
    assert len(re.findall(r"<script", page)) == 3 + len(arts)
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
            dict(good, index=5, speaker=["a", "list"], speaker_type={"x": 1}),
            dict(good, doc_id="ghost"), dict(good, doc_id=None), {"kind": "direct"},  # no such article
            ["not", "a", "dict"]]
    (out,) = write_report(arts, recs, tmp_path / "r.html")
    page = out.read_text(encoding="utf-8")
    assert "3 records: offsets do not match the text" in page
    assert re.search(r'<div class="n">3</div><div class="l">records without article</div>', page)
    assert re.search(r'<div class="n">1</div><div class="l">unusable records</div>', page)
    # the good record and the odd but placeable ones (positions 3, 5 and 6) cover the same text
    assert {"0", "3", "5", "6"} in [set(q.split()) for q in re.findall(r'data-q="([^"]*)"', page)]
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


def _dom(tmp_path, url, timeout=60):
    return _chromium(tmp_path, "--window-size=1280,1000", "--dump-dom", url, timeout=timeout).stdout.decode("utf-8")


def _slot(dom, name):
    (blob,) = re.findall(rf'<script type="application/json" id="{name}">(.*?)</script>', dom, re.S)
    return json.loads(blob)


def _date_shown(rec, published=None):
    d = record_day(rec, published)
    return "no date" if d.day is None else d.day if d.own else f"published {d.day}"


def _hex(css_rgb):
    r, g, b = map(int, re.findall(r"\d+", css_rgb)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def test_browser_shows_every_quote_at_its_offsets_with_its_date(tmp_path):
    arts = corpus_articles() + [{"id": "emoji", "text": EMOJI_TEXT, "title": "Emoji 🙂 and CRLF"},
                                {"id": "hostile", "text": HOSTILE_TEXT, "published": "2024-01-05"}]
    recs = rules_records(arts[:-1]) + hostile_records()
    assert sum(r["doc_id"] == "emoji" for r in recs) >= 2  # the extractor itself placed quotes after emoji
    placeable = list(recs)
    odd = dict(recs[-1], index=8, kind="weird", speaker=None, confidence="high", cue_start=-1)
    out = tmp_path / "report.html"
    write_report(arts, recs + [odd, dict(recs[-1], index=9, end=10**6)], out)
    recs = placeable + [odd]  # the record beyond the text is listed, not highlighted

    dom = _dom(tmp_path, out.as_uri())
    shown = _slot(dom, "rendered-spans")
    assert len(shown) == len(recs)
    got = {(s["doc_id"], s["index"]): (s["start"], s["end"], s["text"]) for s in shown}
    want = {(r["doc_id"], r["index"]): (r["start"], r["end"], r["text"]) for r in recs}
    assert got == want
    # every quote's date is on the page, after the quote (generated content, so no part of the text)
    published = {a["id"]: a.get("published") for a in arts}
    dates = {(s["doc_id"], s["index"]): s["date"] for s in shown}
    for r in recs:
        assert _date_shown(r, published[r["doc_id"]]) in dates[r["doc_id"], r["index"]].split(" · "), r
    assert {d for d in dates.values()} >= {"no date", "published 2024-01-05"}
    # the text uses the whole width of its card
    layout = _slot(dom, "rendered-layout")
    assert len(layout) == len(arts) and all(a["text"] >= a["card"] - 1 for a in layout), layout


def test_browser_speaker_colours_named_and_unnamed(tmp_path):
    """Counts equal `quotes speakers`; unnamed speakers apart; distinct colours within each article."""
    runner = CliRunner()
    recs_path = tmp_path / "q.jsonl"
    r = runner.invoke(main, ["extract", str(CORPUS), "-o", str(recs_path), "--analyzer", "rules", "--workers", "1", "-q"])
    assert r.exit_code == 0, r.output
    arts = corpus_articles()
    names = ("Ahmad Fauzi", "Siti Aminah", "Budi Santoso", "Dewi Lestari", "Rudi Hartono", "Rina Wulandari",
             "Agus Salman", "Yusuf Maulana", "Lina Marlina", "Hendra Kusnadi", "Fitri Handayani", "Joko Susilo")
    crowd = "Rapat warga berlangsung ramai.\n\n" + "\n\n".join(
        f'"Kami siap membantu pos nomor {i + 1}," kata {name}.' for i, name in enumerate(names))
    arts.append({"id": "ramai", "text": crowd})
    crowd_recs = [q.to_dict() for q in next(iter(extract_batch([arts[-1]], analyzer="rules")))]
    assert len({q["speaker"] for q in crowd_recs}) == 12
    with open(recs_path, "a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(q) + "\n" for q in crowd_recs)
    (tmp_path / "arts").mkdir()
    for a in arts:
        (tmp_path / "arts" / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
    r = runner.invoke(main, ["speakers", str(recs_path)])
    assert r.exit_code == 0, r.output
    n_speakers = int(re.search(r"(\d+) speakers", r.stderr).group(1))
    out = tmp_path / "report.html"
    r = runner.invoke(main, ["view", str(tmp_path / "arts"), str(recs_path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    dom = _dom(tmp_path, out.as_uri())

    assert re.search(rf'<div class="n">{n_speakers}</div><div class="l">speakers</div>', dom)
    recs = [json.loads(line) for line in recs_path.read_text(encoding="utf-8").splitlines()]
    unnamed = {r["speaker"] for r in recs if speaker_class(r) == "unnamed"}
    # the sample corpus has one unnamed speaker; "pemain berusia 27 tahun itu" points back to Rizky
    # Ramadhan (the sample's gold) and is no unnamed speaker
    assert "perempuan itu" in unnamed and not any(u.startswith("pemain berusia") for u in unnamed)
    top = re.search(r'<div class="box speakers">(.*?)<div class="unnamed-list">(.*?)</div>\s*</div>', dom, re.S)
    for phrase in unnamed:
        assert f">{phrase}<" not in top.group(1) and f">{phrase}<" in top.group(2)
    # in each article's legend, unnamed speakers are in their own row
    for row in re.findall(r'<div class="row named">(.*?)</div>', dom, re.S):
        assert not any(f"</i>{p} <b>" in row for p in unnamed)
    assert any("</i>perempuan itu <b>" in row for row in re.findall(r'<div class="row unnamed".*?</div>', dom, re.S))

    # colours: one per speaker in an article, never the same or nearly the same for two
    by_article = defaultdict(lambda: defaultdict(set))
    kinds = {(r["doc_id"], r["index"]): r for r in recs}
    for s in _slot(dom, "rendered-spans"):
        rec = kinds[s["doc_id"], s["index"]]
        if rec.get("speaker"):
            by_article[s["doc_id"]][rec["speaker"]].add(_hex(s["colour"]))
    assert len(by_article) >= 7
    for doc, speakers in by_article.items():
        colours = [c for cs in speakers.values() for c in cs]
        assert all(len(cs) == 1 for cs in speakers.values()), (doc, speakers)
        if doc == "ramai":
            continue
        assert len(set(colours)) == len(colours), (doc, speakers)
        for a, b in ((a, b) for i, a in enumerate(colours) for b in colours[i + 1:]):
            assert min(delta_e2000(_lab(a, m), _lab(b, m)) for m in _CVD.values()) >= 11, (doc, a, b)
    crowded = sorted(c for cs in by_article["ramai"].values() for c in cs)
    assert len(set(crowded)) == 10 and "more speakers than colours" in dom.lower()  # nine colours + grey

    # the chart's y axis: several round labels, none twice
    yticks = re.findall(r'<text class="ytick"[^>]*>([^<]*)</text>', dom)
    assert len(yticks) >= 3 and len(set(yticks)) == len(yticks) and yticks[0] == "0"


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
    script error, every quote sits at its offsets with its date shown."""
    from quotes.corpus.quote_ids import link

    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present")
    arts = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((SHARED / "corpus").glob("*.txt"))]
    recs = link(rules_records(arts))
    out = tmp_path / "report.html"
    write_report(arts, recs, out, page_size=1000)
    shown = _slot(_dom(tmp_path, out.as_uri(), timeout=120), "rendered-spans")
    got = {(s["doc_id"], s["index"]): (s["start"], s["end"], s["text"]) for s in shown}
    assert got == {(r["doc_id"], r["index"]): (r["start"], r["end"], r["text"]) for r in recs}
    dates = {(s["doc_id"], s["index"]): s["date"] for s in shown}
    assert all(_date_shown(r) in dates[r["doc_id"], r["index"]].split(" · ") for r in recs)

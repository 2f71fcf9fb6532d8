"""The report's pieces: records, segments, palette, timeline, article views and the summary.

Whole reports, the command line and the browser checks are in test_report_pages.py.
"""
import html
import itertools
import math
from datetime import date

import pytest

from quotes.report.article_view import article_view
from quotes.report.palette import MORE_SLOT, PALETTE, article_colours
from quotes.report.records import NAMED, UNNAMED, Day, group_records, record_day, speaker_class
from quotes.report.render import escape_text, script_json
from quotes.report.segments import Segment, Span, build_segments, spans_of
from quotes.report.summary import Entry, summarize
from quotes.report.timeline import tick_step, timeline
from quotes.corpus.speaker_ids import speaker_table


def span_record(doc_id, text, quote, *, index, kind="direct", speaker="Anas", cue=None, mention=None, nth=0,
                speaker_type="person", date=None):
    """A record whose offsets are found in `text` (for hand-made nested and overlapping spans)."""
    start = _find(text, quote, nth)
    rec = {"doc_id": doc_id, "kind": kind, "text": quote, "start": start, "end": start + len(quote),
           "cue": None, "cue_start": None, "cue_end": None, "speaker": speaker, "speaker_mention": mention,
           "speaker_start": None, "speaker_end": None, "speaker_type": speaker_type, "speaker_role": None,
           "date": date, "date_text": None, "date_basis": None, "confidence": 0.5, "index": index}
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


# --- records ---------------------------------------------------------------------------------

def test_named_and_unnamed_speakers_follow_speaker_ids():
    assert speaker_class({"speaker": "Ahmad Fauzi", "speaker_type": "person"}) == NAMED
    assert speaker_class({"speaker": "perempuan itu", "speaker_type": "unnamed"}) == UNNAMED
    assert speaker_class({"speaker": "Bank Indonesia", "speaker_type": "organization"}) == NAMED
    # a title alone leaves no name: speaker_ids gives it no id, so neither counts it the report
    assert speaker_class({"speaker": "Bapak", "speaker_type": "person"}) == UNNAMED
    assert speaker_class({"speaker": None}) is None and speaker_class({"speaker": ""}) is None
    assert speaker_class({}) is None
    # hand-edited files: values of the wrong type are no crash
    assert speaker_class({"speaker": ["a"], "speaker_type": "person"}) == UNNAMED
    assert speaker_class({"speaker": 7, "speaker_type": "person"}) == UNNAMED


def test_record_day_prefers_the_quotes_own_date():
    assert record_day({"date": "2024-01-04"}, "2024-01-05") == Day("2024-01-04", True)
    assert record_day({"date": None, "published": "2024-01-03T08:00:00+07:00"}, "2024-01-05") == Day("2024-01-03", False)
    assert record_day({}, "2024-01-05") == Day("2024-01-05", False)
    assert record_day({"date": "bogus"}, None) == Day(None, False)
    assert record_day({}, "2024-02-30").day is None


def test_group_records_takes_dicts_and_quote_objects():
    from quotes.records import Quote

    q = Quote(doc_id="a", kind="direct", text="x", start=0, end=1, index=0)
    g = group_records([q, {"doc_id": 7}, {"kind": "direct"}, ["not a dict"]])
    assert list(g.by_doc) == ["a", "7", None] and g.unusable == 1
    assert g.by_doc["a"][0]["text"] == "x"


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


# --- escaping --------------------------------------------------------------------------------

@pytest.mark.parametrize("s", ['<a href="x">&amp;</a>\r\n', "baris\rbaru\r\n", "nol\x00", "'kutip' \"ganda\""])
def test_escaping_keeps_the_text_exact(s):
    out = escape_text(s)
    assert "<" not in out and "\r" not in out and "\x00" not in out
    # what the browser's DOM holds: the text itself (NUL, which the parser drops, as U+FFFD)
    assert html.unescape(str(out)) == s.replace("\x00", "\ufffd")


def test_script_json_cannot_close_its_element():
    out = script_json([{"t": "</script><script>alert(1)</script> & <!--"}, 10**30])
    assert "<" not in out and ">" not in out and "&" not in out
    import json
    assert json.loads(out) == [{"t": "</script><script>alert(1)</script> & <!--"}, 10**30]


# --- palette ---------------------------------------------------------------------------------
# Colour vision deficiency simulated with the matrices of Machado, Oliveira & Fernandes (2009),
# severity 1, in linear RGB; differences in CIEDE2000. Written out here, not imported, so the
# check does not share code with what it checks.

_CVD = {
    "normal": None,
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _lab(hex_colour, matrix=None):
    def lin(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [lin(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5)]
    if matrix:
        rgb = [min(1.0, max(0.0, sum(m * v for m, v in zip(row, rgb)))) for row in matrix]
    r, g, b = rgb
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def delta_e2000(lab1, lab2):
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb ** 7 / (cb ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    dhp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbp, cbp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbp = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbp = (h1p + h2p) / 2
    else:
        hbp = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbp - 30)) + 0.24 * math.cos(math.radians(2 * hbp))
         + 0.32 * math.cos(math.radians(3 * hbp + 6)) - 0.20 * math.cos(math.radians(4 * hbp - 63)))
    rc = 2 * math.sqrt(cbp ** 7 / (cbp ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lbp - 50) ** 2 / math.sqrt(20 + (lbp - 50) ** 2)
    sc, sh = 1 + 0.045 * cbp, 1 + 0.015 * cbp * t
    rt = -math.sin(math.radians(60 * math.exp(-((hbp - 275) / 25) ** 2))) * rc
    return math.sqrt(((l2 - l1) / sl) ** 2 + ((c2p - c1p) / sc) ** 2 + (dhp / sh) ** 2
                     + rt * ((c2p - c1p) / sc) * (dhp / sh))


def min_difference(colours):
    """The smallest CIEDE2000 difference of two of `colours`, for each kind of vision."""
    return {name: min(delta_e2000(_lab(a, m), _lab(b, m)) for a, b in itertools.combinations(colours, 2))
            for name, m in _CVD.items()}


def test_delta_e2000_matches_the_published_test_data():
    # Sharma, Wu & Dalal (2005), pairs 1, 7 and 17
    assert delta_e2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e2000((50, 0, 0), (50, -1, 2)) == pytest.approx(2.3669, abs=1e-4)
    assert delta_e2000((50, 2.5, 0), (56, -27, -3)) == pytest.approx(31.9030, abs=1e-4)


def test_palette_stays_apart_for_colour_blind_readers():
    # every pair, under every kind of vision; the old palette's reds and greens fell to 0.7
    assert min(min_difference(PALETTE).values()) >= 11
    # the colours of an article with up to three speakers (most articles) are far apart indeed
    assert min(min_difference(PALETTE[:3]).values()) >= 30


def test_speaker_colours_are_distinct_within_an_article_and_stable():
    keys = [("named", f"Pembicara {i}") for i in range(12) for _ in range(12 - i)] + [None, None]
    a, b = article_colours(keys), article_colours(list(reversed(keys)))
    assert a == b and a[None] is None
    coloured = [a[("named", f"Pembicara {i}")] for i in range(len(PALETTE))]
    assert sorted(coloured) == list(range(len(PALETTE)))  # the nine most quoted: nine colours
    assert a[("named", "Pembicara 0")] == 0  # the most quoted gets the first (most distinct) one
    assert {a[("named", f"Pembicara {i}")] for i in range(len(PALETTE), 12)} == {MORE_SLOT}


# --- timeline --------------------------------------------------------------------------------

@pytest.mark.parametrize("peak", [*range(1, 60), 99, 100, 101, 999, 1234, 50_000])
def test_y_axis_ticks_are_round_distinct_and_reach_the_peak(peak):
    t = timeline({"2024-01-01": peak, "2024-01-03": 1})
    labels = [y.label for y in t.yticks]
    assert len(labels) == len(set(labels)) and 2 <= len(labels) <= 6
    values = [int(v.replace(",", "")) for v in labels]
    assert values[0] == 0 and values[-1] >= peak and values[-2] < peak
    assert len({b - a for a, b in zip(values, values[1:])}) == 1
    assert str(tick_step(peak)).strip("0") in ("1", "2", "5")
    # higher values higher up, the tallest bar no taller than the axis
    assert [y.pos for y in t.yticks] == sorted((y.pos for y in t.yticks), reverse=True)
    assert min(b.y for b in t.bars) >= t.yticks[-1].pos - 0.1


def test_timeline_places_days_in_order():
    t = timeline({"2024-01-10": 3, "2024-01-01": 1, "2024-02-09": 2})
    assert [b.day for b in t.bars] == ["2024-01-01", "2024-01-10", "2024-02-09"]
    assert t.bars[0].x < t.bars[1].x < t.bars[2].x
    assert [x.label for x in t.xticks] == ["2024-01-01", "2024-02-09", "2024-01-21"]


# --- one article -----------------------------------------------------------------------------

TEXT = ('Warga lain mengeluh. "Air sudah sebetis," ujar perempuan itu. Lurah Sudimara, Ahmad Fauzi, '
        'mengatakan bantuan datang sore ini. "Perahu karet sudah dikirim," kata Ahmad Fauzi. '
        '"Kami terus memantau," kata Siti Aminah.')


def article_records():
    return [
        span_record("a", TEXT, "Air sudah sebetis,", index=0, speaker="perempuan itu", speaker_type="unnamed",
                    cue="ujar", mention="perempuan itu", date="2024-01-04"),
        span_record("a", TEXT, "bantuan datang sore ini", index=1, kind="indirect", speaker="Ahmad Fauzi",
                    cue="mengatakan", date="2024-01-04"),
        span_record("a", TEXT, "Perahu karet sudah dikirim,", index=2, speaker="Ahmad Fauzi"),
        span_record("a", TEXT, "Kami terus memantau,", index=3, speaker="Siti Aminah", date="2024-01-03"),
    ]


def test_article_view_dates_every_quote_and_lists_unnamed_apart():
    recs = article_records()
    v = article_view({"id": "a", "text": TEXT, "published": "2024-01-05"}, recs, "doc-a", "#index")
    assert "".join(p.text for p in v.pieces) == TEXT
    dated = {p.q: (p.date, p.cls) for p in v.pieces if p.date}
    assert dated == {"0": ("2024-01-04", "q k-direct qc2"), "1": ("2024-01-04", "q k-indirect qc0"),
                     "2": ("published 2024-01-05", "q k-direct qc0 d-pub"), "3": ("2024-01-03", "q k-direct qc1")}
    assert [(i.label, i.count) for i in v.named] == [("Ahmad Fauzi", 2), ("Siti Aminah", 1)]
    assert [(i.label, i.count) for i in v.unnamed] == [("perempuan itu", 1)]
    assert len({i.cls for i in (*v.named, *v.unnamed)}) == 3 and v.no_speaker == 0 and not v.crowded


def test_article_view_without_any_date():
    recs = [dict(r, date=None) for r in article_records()]
    v = article_view({"id": "a", "text": TEXT}, recs, "doc-a", "#index")
    assert {p.date for p in v.pieces if p.date} == {"no date"}


# --- summary ---------------------------------------------------------------------------------

def test_summary_counts_speakers_like_quotes_speakers():
    entries = [Entry("a", "doc-a", "#doc-a", None, None, "2024-01-05T10:00:00+07:00", 3),
               Entry("b", "doc-b", "#doc-b", None, None, None, 1)]
    recs = [{"doc_id": "a", "kind": "direct", "speaker": "Anas", "speaker_type": "person", "date": "2024-01-04"},
            {"doc_id": "a", "kind": "indirect", "speaker": "Azwar Anas", "speaker_type": "person", "date": None},
            {"doc_id": "a", "kind": "mixed", "speaker": "Abdullah Azwar Anas", "speaker_type": "person"},
            {"doc_id": "a", "kind": "direct", "speaker": "perempuan itu", "speaker_type": "unnamed"},
            {"doc_id": "b", "kind": "direct", "speaker": "Perempuan itu", "speaker_type": "unnamed"},
            {"doc_id": "b", "kind": "direct", "speaker": None, "published": "2024-01-04"},
            {"doc_id": "zzz", "kind": "direct", "speaker": "Orphan", "speaker_type": "person"}]
    s = summarize(entries, group_records(recs), bad_offsets=0)
    assert (s.n_articles, s.n_quotes, s.without_article) == (2, 6, 1)
    assert s.kinds == {"direct": 4, "indirect": 1, "mixed": 1}
    shown = [r for r in recs if r["doc_id"] != "zzz"]
    assert s.n_speakers == len(speaker_table(shown).speakers)
    assert [(b.label, b.n) for b in s.speakers] == [(sp.name, sp.quotes) for sp in speaker_table(shown).speakers]
    assert all("itu" not in b.label for b in s.speakers)
    assert [(b.label, b.n) for b in s.unnamed] == [("perempuan itu", 2)]
    assert (s.n_unnamed_quotes, s.no_speaker) == (2, 1)
    assert s.per_day == {"2024-01-04": 2, "2024-01-05": 3} and s.undated == 1
    cards = {c.label: c.n for c in s.cards}
    assert cards["speakers"] == s.n_speakers and cards["quotes by unnamed speakers"] == 2
    assert cards["records without article"] == 1


def test_summary_of_nothing():
    s = summarize([], group_records([]), 0)
    assert s.n_speakers == 0 and s.chart is None and s.busiest == ()
    assert date.fromisoformat(timeline({"2024-01-01": 1}).first)

// quotes view: hover card, record panel, index filter, and the self-check that tests read.
(function () {
  "use strict";

  var FIELDS = ["speaker", "speaker_id", "speaker_mention", "speaker_type", "speaker_role", "kind", "cue",
    "date", "date_text", "date_basis", "confidence", "index", "quote_id"];
  var OPTIONAL = { speaker_id: true, quote_id: true };
  var cache = new WeakMap();

  // the records of an article, parsed on first use (a page may hold hundreds of articles)
  function recordsOf(article) {
    var recs = cache.get(article);
    if (!recs) {
      var el = article && article.querySelector("script.recs");
      try {
        recs = el ? JSON.parse(el.textContent) : [];
      } catch (err) {
        recs = [];  // one unreadable record list must not stop the rest of the page
      }
      cache.set(article, recs);
    }
    return recs;
  }

  function ids(el, attr) {
    var v = el.getAttribute(attr);
    return v ? v.split(" ") : [];
  }

  // the quote a mark stands for: a cue or speaker mark is drawn on top of any quote it sits in,
  // so it speaks for its own quote first; else the innermost covering quote
  function quoteOf(el) {
    return ids(el, "data-cue")[0] || ids(el, "data-spk")[0] || ids(el, "data-q")[0] || el.getAttribute("data-rec");
  }

  function marksOf(article, k) {
    return article.querySelectorAll('[data-q~="' + k + '"], [data-cue~="' + k + '"], [data-spk~="' + k + '"]');
  }

  function show(v) {
    if (v === null || v === undefined || v === "") return null;
    return typeof v === "object" ? JSON.stringify(v) : String(v);
  }

  // ---- the record panel (opened by click or Enter; Escape closes) ----
  var open = null;

  function setClass(article, k, cls, on) {
    marksOf(article, k).forEach(function (el) { el.classList.toggle(cls, on); });
  }

  function openPanel(article, k) {
    var rec = recordsOf(article)[k];
    if (!rec) return;
    if (open) setClass(open.article, open.k, "on", false);
    open = { article: article, k: k };
    setClass(article, k, "on", true);
    var panel = document.getElementById("panel");
    var body = document.getElementById("panel-body");
    document.getElementById("panel-title").textContent = show(rec.speaker) || "(no speaker)";
    body.textContent = "";
    var first = article.querySelector('[data-q~="' + k + '"]');
    if (first) body.style.setProperty("--qc", getComputedStyle(first).getPropertyValue("--qc"));
    var bq = document.createElement("blockquote");
    bq.textContent = show(rec.text) || "";
    body.appendChild(bq);
    var dl = document.createElement("dl");
    var keys = FIELDS.concat(Object.keys(rec).filter(function (f) {
      return FIELDS.indexOf(f) < 0 && f !== "text";
    }));
    keys.forEach(function (f) {
      var v = show(rec[f]);
      if (v === null && (OPTIONAL[f] || !(f in rec) && FIELDS.indexOf(f) < 0)) return;
      var dt = document.createElement("dt");
      dt.textContent = f;
      var dd = document.createElement("dd");
      dd.textContent = v === null ? "—" : v;
      if (v === null) dd.className = "null";
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    body.appendChild(dl);
    var target = document.getElementById("q-" + article.id + "-" + k);
    if (target) {
      var a = document.createElement("a");
      a.className = "permalink";
      a.href = "#" + target.id;
      a.textContent = "Link to this quote";
      body.appendChild(a);
    }
    panel.hidden = false;
    document.body.classList.add("panel-open");
  }

  function closePanel() {
    if (open) setClass(open.article, open.k, "on", false);
    open = null;
    document.getElementById("panel").hidden = true;
    document.body.classList.remove("panel-open");
  }

  // ---- the hover card ----
  var hovered = null;

  function hoverOn(el, x, y) {
    var article = el.closest("article");
    var k = quoteOf(el);
    var rec = article && recordsOf(article)[k];
    if (!rec) return;
    var card = document.getElementById("hovercard");
    if (!hovered || hovered.article !== article || hovered.k !== k) {
      hoverOff();
      hovered = { article: article, k: k };
      setClass(article, k, "hl", true);
      fillCard(card, rec);
    }
    var w = card.offsetWidth, h = card.offsetHeight;
    card.style.left = Math.max(8, Math.min(x + 14, window.innerWidth - w - 8)) + "px";
    card.style.top = (y + 18 + h > window.innerHeight ? y - h - 12 : y + 18) + "px";
  }

  function fillCard(card, rec) {
    card.textContent = "";
    var b = document.createElement("b");
    b.textContent = show(rec.speaker) || "(no speaker)";
    card.appendChild(b);
    var line = [show(rec.kind), show(rec.cue) && "“" + show(rec.cue) + "”", show(rec.date),
      rec.confidence != null && "confidence " + show(rec.confidence)].filter(Boolean).join(" · ");
    var span = document.createElement("div");
    span.className = "k";
    span.textContent = line;
    card.appendChild(span);
    card.hidden = false;
  }

  function hoverOff() {
    if (hovered) setClass(hovered.article, hovered.k, "hl", false);
    hovered = null;
    document.getElementById("hovercard").hidden = true;
  }

  var MARK = "[data-q], [data-cue], [data-spk], [data-rec]";

  document.addEventListener("mousemove", function (e) {
    var el = e.target.closest && e.target.closest(MARK);
    if (el && !el.hasAttribute("data-rec")) hoverOn(el, e.clientX, e.clientY);
    else if (hovered) hoverOff();
  });
  document.addEventListener("click", function (e) {
    if (e.target.closest("#panel-close")) { closePanel(); return; }
    var el = e.target.closest(MARK);
    if (el) openPanel(el.closest("article"), quoteOf(el));
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { closePanel(); hoverOff(); return; }
    if (e.key !== "Enter" && e.key !== " ") return;
    var el = document.activeElement && document.activeElement.closest && document.activeElement.closest(MARK);
    var article = el && el.closest("article");
    if (article) {
      e.preventDefault();
      // a keyboard stop is the first piece of one quote (its id says which), whatever else it marks
      var prefix = "q-" + article.id + "-";
      openPanel(article, el.id.indexOf(prefix) === 0 ? el.id.slice(prefix.length) : quoteOf(el));
    }
  });

  // a permalink #q-<doc>-<k> opens its quote's panel
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("q-") !== 0) return;
    var el = document.getElementById(id);
    var article = el && el.closest("article");
    if (article) openPanel(article, id.slice(("q-" + article.id + "-").length));
  }
  window.addEventListener("hashchange", fromHash);

  // ?article=<id> shows that article alone (a link to share, and what screenshots use);
  // &quote=<index> also opens the panel of its quote with that record index
  function solo() {
    var params = new URLSearchParams(location.search);
    var id = params.get("article");
    if (id === null) return;
    var article = Array.prototype.find.call(document.querySelectorAll("article.doc"), function (a) {
      return a.getAttribute("data-doc") === id;
    });
    if (!article) return;
    document.body.classList.add("solo");
    article.classList.add("solo-on");
    var back = document.createElement("a");
    back.href = location.pathname.split("/").pop() || "#";
    back.textContent = "← Whole report";
    back.className = "solo-back";
    article.parentNode.insertBefore(back, article);
    var q = params.get("quote");
    if (q === null) return;
    var recs = recordsOf(article);
    for (var k = 0; k < recs.length; k++) {
      if (String(recs[k].index) === q) { openPanel(article, String(k)); break; }
    }
  }

  // ---- the index filter ----
  function filterIndex() {
    var input = document.getElementById("filter");
    if (!input) return;
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      document.querySelectorAll("table.index tbody tr").forEach(function (tr) {
        tr.hidden = needle !== "" && tr.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
  }

  // ---- self-check: where each quote really is in the text the browser shows ----
  // Offsets are counted in code points ([...s].length), like Python's str, so an emoji counts once.
  // Nothing here is read from the records except the index that names the quote. With each quote
  // go what a reader sees of it: the date shown after it and the colour of its underline.
  function shownDate(el) {
    var after = getComputedStyle(el, "::after");
    var c = after.content;
    if (!c || c === "none" || c === "normal" || after.display === "none" || after.visibility === "hidden") return null;
    return c.replace(/^"|"$/g, "");
  }

  function renderedSpans() {
    var out = [];
    document.querySelectorAll(".text[data-doc]").forEach(function (box) {
      var recs = recordsOf(box.closest("article"));
      var found = new Map();
      var lastEl = new Map();
      var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      var pos = 0;
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var n = Array.from(node.data).length;
        var seg = node.parentElement.closest("[data-q]");
        if (seg && box.contains(seg)) {
          ids(seg, "data-q").forEach(function (k) {
            var s = found.get(k);
            if (s) { s.end = pos + n; s.text += node.data; }
            else found.set(k, { start: pos, end: pos + n, text: node.data,
              colour: getComputedStyle(seg).borderBottomColor });
            lastEl.set(k, seg);
          });
        }
        pos += n;
      }
      found.forEach(function (s, k) {
        out.push({ doc_id: box.getAttribute("data-doc"), index: recs[k] ? recs[k].index : null,
          start: s.start, end: s.end, text: s.text, colour: s.colour, date: shownDate(lastEl.get(k)) });
      });
    });
    // '<' escaped so that no quote text can close the script element it is written into
    document.getElementById("rendered-spans").textContent = JSON.stringify(out).replace(/</g, "\\u003c");
    // and how much of its card each article's text may use (its content box, padding aside)
    var layout = [];
    document.querySelectorAll("article.doc").forEach(function (a) {
      var box = a.querySelector(".text");
      var cs = getComputedStyle(a);
      var inner = a.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      if (box && inner > 0) layout.push({ doc_id: a.getAttribute("data-doc"), text: box.clientWidth, card: inner });
    });
    document.getElementById("rendered-layout").textContent = JSON.stringify(layout).replace(/</g, "\\u003c");
  }

  document.addEventListener("DOMContentLoaded", function () {
    renderedSpans();
    filterIndex();
    solo();
    fromHash();
  });
})();

/* claimdiff review workspace. Offline, inert: builds the cards from the page's JSON data with
   textContent and setAttribute only (never innerHTML), so article text is never parsed as HTML. */
(function () {
  "use strict";
  var blob = document.getElementById("claimdiff-data");
  var DATA = window.CLAIMDIFF_DATA || JSON.parse(blob ? blob.textContent : "null");
  if (!DATA) return;
  var T = DATA.labels, SOURCES = DATA.sources, CLAIMS = DATA.claims, CARDS = DATA.cards, LIVE = DATA.live;
  var PAGE = 40; /* cards added to the page at a time: 2,000 cards at once take ~1 s to lay out */
  var STORE = "claimdiff:reviews:" + DATA.key;
  var FILTERS = ["rel", "kind", "src", "ent", "status", "q", "pair", "fact", "claim", "agree"];
  var $ = function (id) { return document.getElementById(id); };

  function fmt(key, params) {
    var s = T[key] || key;
    if (params) Object.keys(params).forEach(function (k) { s = s.split("{" + k + "}").join(String(params[k])); });
    return s;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function label(prefix, value) { return T[prefix + value] || value; }

  /* ---------------------------------------------------------------- decisions */
  var local = {};
  if (!LIVE) {
    try { local = JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (e) { local = {}; }
  }
  function saveLocal() { try { localStorage.setItem(STORE, JSON.stringify(local)); } catch (e) { /* private mode */ } }
  var reviewer = "";
  try { reviewer = localStorage.getItem("claimdiff:reviewer") || ""; } catch (e) { reviewer = ""; }

  /* A card is one fact. Its findings come in groups, one per relation (a fact may hold an
     agreement and a contradiction at once); a decision is about one group, keyed (fact, relation)
     as the reviews file keys it. The first group is the fact's own relation: c/d/n act on it. */
  var byKey = {}, cardOf = {}, linked = {};
  function pairOf(cids) {
    var srcs = {};
    cids.forEach(function (cid) { var r = CLAIMS[cid], s = r && SOURCES[r.s]; if (s) srcs[s.id] = 1; });
    var keys = Object.keys(srcs).sort();
    return keys.length ? keys[0] + "|" + keys[keys.length > 2 ? 1 : keys.length - 1] : "";
  }
  CARDS.forEach(function (c, i) {
    c._i = i;
    c.key = c.id + "|" + c.rel;
    c.groups.forEach(function (g) {
      g.id = c.id;
      g.key = c.id + "|" + g.rel;
      g._pair = g.rel === "unsupported" ? "" : pairOf(g.claims);
      byKey[g.key] = g;
      cardOf[g.key] = c;
    });
    c.claims.forEach(function (cid) { linked[cid] = 1; });
    var text = [c.id, c.expl, c.frame || ""], srcs = {}, ents = {};
    c.groups.forEach(function (g) { text.push(g.expl.join(" "), (g.values || []).join(" ")); });
    c.claims.forEach(function (cid) {
      var r = CLAIMS[cid]; if (!r) return;
      var s = SOURCES[r.s];
      if (s) { srcs[s.id] = 1; text.push(s.label); }
      text.push(r.p.join(""), r.v, r.sp || "", r.fr || "");
      (r.e || []).concat(r.sp ? [r.sp] : []).forEach(function (n) { ents[DATA.aliases[n] || n] = 1; });
    });
    c._text = text.join(" ").toLowerCase();
    c._srcs = srcs;
    c._ents = ents;
  });
  /* statusOf/noteOf take a group; a card's status is its first group's. */
  function statusOf(g) { return local[g.key] ? local[g.key].status : g.status; }
  function noteOf(g) { return local[g.key] ? local[g.key].note || "" : g.note || ""; }
  function cardStatus(c) { return statusOf(c.groups[0]); }

  /* ---------------------------------------------------------------- state and URL fragment */
  var state = {};
  function readHash() {
    var h = location.hash.replace(/^#/, "");
    var p = new URLSearchParams(h);
    var s = {};
    FILTERS.forEach(function (k) { s[k] = p.get(k) || ""; });
    s.source = p.get("source") || "";
    s.at = p.get("claim") || "";
    return s;
  }
  function writeHash() {
    var p = new URLSearchParams();
    FILTERS.forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }

  function matches(c) {
    if (state.fact && c.id !== state.fact) return false;
    if (state.claim && c.claims.indexOf(state.claim) < 0) return false;
    if (state.rel && c.rel !== state.rel) return false;
    if (state.kind && c.kind !== state.kind) return false;
    if (state.src && !c._srcs[state.src]) return false;
    if (state.ent && !c._ents[state.ent]) return false;
    if (state.status && !c.groups.some(function (g) { return statusOf(g) === state.status; })) return false;
    if (state.pair && !c.groups.some(function (g) { return g._pair === state.pair; })) return false;
    if (state.q) {
      var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < words.length; i++) if (c._text.indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  /* ---------------------------------------------------------------- cards */
  var visible = [], rendered = 0, current = -1, hiddenAgree = 0;
  var cardsBox = $("cards");

  function passage(card, cid, conflicting) {
    var r = CLAIMS[cid], s = SOURCES[r.s] || { id: "?", label: "?", published: "" };
    var box = el("div", conflicting[cid] ? "passage conflict" : "passage");
    box.setAttribute("data-claim", cid);
    var meta = el("div", "meta");
    var a = el("a", "", s.label);
    a.setAttribute("href", "#source=" + encodeURIComponent(s.id) + "&claim=" + encodeURIComponent(cid));
    a.title = T.in_source;
    meta.appendChild(a);
    var bits = [s.published || T.date_unknown, fmt("line", { n: r.l })];
    if (r.sp) bits.push(T.speaker + ": " + r.sp);
    if (r.st) bits.push(label("stance_", r.st));
    meta.appendChild(document.createTextNode(" · " + bits.join(" · ")));
    box.appendChild(meta);
    if (r.v && r.k !== "quote") box.appendChild(el("div", "value", label("kind_", r.k) + ": " + r.v));
    var q = el("blockquote");
    if (r.p[0]) q.appendChild(document.createTextNode(r.p[0]));
    var m = el("mark");
    m.setAttribute("data-claim-id", cid);
    var pieces = card.diff && card.diff[cid];
    if (pieces) {
      pieces.forEach(function (pc) {
        if (pc[1]) m.appendChild(el("span", "diff", pc[0])); else m.appendChild(document.createTextNode(pc[0]));
      });
    } else {
      m.textContent = r.p[1];
    }
    q.appendChild(m);
    if (r.p[2]) q.appendChild(document.createTextNode(r.p[2]));
    box.appendChild(q);
    if (r.g) box.appendChild(el("div", "garbled", T.garbled_nearby));
    return box;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function timeline(points) {
    var W = 320, H = 78, L = 8, R = 8, TOP = 14, BOT = 20;
    var xs = points.map(function (p) { return Date.parse(p[0].length === 4 ? p[0] + "-07-01" : p[0].length === 7 ? p[0] + "-15" : p[0]); });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var ys = points.map(function (p) { return [p[1], p[2]]; });
    var y0 = Math.min.apply(null, ys.map(function (y) { return y[0]; })), y1 = Math.max.apply(null, ys.map(function (y) { return y[1]; }));
    var fx = function (x, i) { return L + (x1 > x0 ? (x - x0) / (x1 - x0) : i / Math.max(1, points.length - 1)) * (W - L - R); };
    var fy = function (y) { return TOP + (y1 > y0 ? 1 - (y - y0) / (y1 - y0) : 0.5) * (H - TOP - BOT); };
    var s = svg("svg", { "class": "timeline", width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img" });
    s.appendChild(svg("title", {}, T.timeline));
    s.appendChild(svg("line", { "class": "axis", x1: L, x2: W - R, y1: H - BOT + 4, y2: H - BOT + 4 }));
    var path = [];
    points.forEach(function (p, i) {
      var x = fx(xs[i], i), y = fy((p[1] + p[2]) / 2);
      path.push((i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1));
    });
    s.appendChild(svg("path", { "class": "line", d: path.join(" ") }));
    points.forEach(function (p, i) {
      var x = fx(xs[i], i), src = SOURCES[p[3]];
      if (p[2] > p[1]) s.appendChild(svg("line", { "class": "line", x1: x, x2: x, y1: fy(p[2]), y2: fy(p[1]) }));
      var dot = svg("circle", { cx: x, cy: fy((p[1] + p[2]) / 2), r: 3.5 });
      dot.appendChild(svg("title", {}, (src ? src.label : "") + " · " + p[0] + " · " + (CLAIMS[p[4]] ? CLAIMS[p[4]].v : "")));
      s.appendChild(dot);
      /* one label per date (the table below the card's head lists every value) */
      if (i && points[i - 1][0] === p[0]) return;
      var last = i === points.length - 1 || points[points.length - 1][0] === p[0];
      var anchor = i === 0 ? "start" : last ? "end" : "middle";
      s.appendChild(svg("text", { x: x, y: fy((p[1] + p[2]) / 2) - 6, "text-anchor": anchor }, CLAIMS[p[4]] ? CLAIMS[p[4]].v : p[1]));
      s.appendChild(svg("text", { x: x, y: H - 4, "text-anchor": anchor }, p[0]));
    });
    return s;
  }

  function statusSpan(st) { return el("span", "status " + st, label("status_", st)); }

  function sourceLink(cid, cls) {
    var r = CLAIMS[cid], s = SOURCES[r.s] || { id: "?", label: "?" };
    var a = el("a", cls, s.label + " · " + fmt("line", { n: r.l }));
    a.setAttribute("href", "#source=" + encodeURIComponent(s.id) + "&claim=" + encodeURIComponent(cid));
    a.setAttribute("data-claim", cid);
    a.title = T.in_source;
    return a;
  }

  /* The fact's timeline as a small table: when, value, and each source with its line; the rows
     and sources of conflicting members carry class "conflict". */
  function factTable(c, conflicting) {
    var table = el("table", "facts");
    table.setAttribute("aria-label", T.timeline);
    var hr = el("tr");
    [T.col_as_of, T.col_value, T.col_sources].forEach(function (h) { var th = el("th", "", h); th.scope = "col"; hr.appendChild(th); });
    var thead = el("thead"); thead.appendChild(hr); table.appendChild(thead);
    var body = el("tbody");
    c.table.forEach(function (row) {
      var ids = row[2].filter(function (cid) { return CLAIMS[cid]; });
      var tr = el("tr", ids.some(function (cid) { return conflicting[cid]; }) ? "conflict" : "");
      tr.appendChild(el("td", "nowrap", row[0] || T.time_unknown));
      tr.appendChild(el("td", "value", row[1]));
      var td = el("td");
      ids.forEach(function (cid, i) {
        if (i) td.appendChild(document.createTextNode(", "));
        td.appendChild(sourceLink(cid, conflicting[cid] ? "conflict" : ""));
      });
      tr.appendChild(td);
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function conflictLine(c) {
    var p = el("p", "conflicts");
    p.appendChild(el("span", "badge contradict", T.conflicts));
    c.conflicts.forEach(function (pair) {
      if (!CLAIMS[pair[0]] || !CLAIMS[pair[1]]) return;
      var side = function (cid) { return CLAIMS[cid].v + " (" + (SOURCES[CLAIMS[cid].s] || { label: "?" }).label + " · " + fmt("line", { n: CLAIMS[cid].l }) + ")"; };
      p.appendChild(el("span", "pair", fmt("conflict_pair", { a: side(pair[0]), b: side(pair[1]) })));
    });
    return p;
  }

  var PASSAGES = 6; /* passages shown per group before a "show all" button */
  function groupBox(c, g, conflicting) {
    var box = el("section", "finding");
    box.setAttribute("data-key", g.key);
    box.setAttribute("data-relation", g.rel);
    box.setAttribute("data-status", statusOf(g));
    var head = el("div", "group-head");
    head.appendChild(el("span", "badge " + g.rel, label("rel_", g.rel)));
    if (g.rel !== "unsupported") head.appendChild(el("span", "muted", T.score + " " + g.score.toFixed(2) + " · " + T.rule + ": " + label("reason_", g.reason)));
    head.appendChild(statusSpan(statusOf(g)));
    box.appendChild(head);
    g.expl.forEach(function (x) { box.appendChild(el("p", "explanation", x)); });
    if (g.diff) box.appendChild(el("p", "why", T.words_differ));
    var ps = el("div", "passages"), ids = g.claims.filter(function (cid) { return CLAIMS[cid]; });
    ids.forEach(function (cid, i) { if (i < PASSAGES || state.q || state.ent) ps.appendChild(passage(g, cid, conflicting)); });
    box.appendChild(ps);
    if (ps.childNodes.length < ids.length) {
      var more = el("button", "more-passages", fmt("show_all_passages", { n: ids.length }));
      more.type = "button";
      more.addEventListener("click", function () {
        ids.slice(ps.childNodes.length).forEach(function (cid) { ps.appendChild(passage(g, cid, conflicting)); });
        more.remove();
      });
      box.appendChild(more);
    }
    box.appendChild(reviewBar(g));
    return box;
  }

  function buildCard(c) {
    var art = el("article", "card");
    art.id = "card-" + c._i;
    art.setAttribute("data-key", c.key);
    art.tabIndex = -1;
    art.setAttribute("data-fact-id", c.id);
    art.setAttribute("data-relation", c.rel);
    art.setAttribute("data-kind", c.kind);
    art.setAttribute("data-status", cardStatus(c));
    var conflicting = {};
    c.conflicts.forEach(function (pair) { conflicting[pair[0]] = 1; conflicting[pair[1]] = 1; });
    var head = el("div", "card-head");
    head.appendChild(el("span", "badge " + c.rel, label("rel_", c.rel)));
    var frame = c.frame || "";
    /* one time: "as of 3-22"; values at several times: their range (the table has each) */
    if (c.asof && c.asof.length) frame += (frame ? " · " : "") + (c.asof.length > 1 ? c.asof.join(" → ") : fmt("as_of", { d: c.asof[0] }));
    if (frame) head.appendChild(el("span", "frame", frame));
    head.appendChild(el("span", "muted", label("kind_", c.kind) + (c.rel === "unsupported" ? "" : " · " + T.score + " " + c.score.toFixed(2))));
    head.appendChild(statusSpan(cardStatus(c)));
    var link = el("a", "muted", "#" + c.id.slice(0, 14));
    link.setAttribute("href", "#fact=" + encodeURIComponent(c.id));
    link.title = T.fact + " " + c.id;
    head.appendChild(link);
    art.appendChild(head);
    /* the fact's explanation, unless a group below says the same */
    if (!c.groups.some(function (g) { return g.expl.indexOf(c.expl) >= 0; })) art.appendChild(el("p", "explanation", c.expl));
    var why = (c.why || []).map(function (w) { return fmt(w[0], w[1]); });
    if (why.length) art.appendChild(el("p", "why", T.why_matched + ": " + why.join(" · ")));
    if (c.table.length) art.appendChild(factTable(c, conflicting));
    if (c.conflicts.length) art.appendChild(conflictLine(c));
    if (c.timeline) art.appendChild(timeline(c.timeline));
    var groups = el("div", "findings");
    groups.setAttribute("aria-label", T.findings_in_fact);
    c.groups.forEach(function (g) { groups.appendChild(groupBox(c, g, conflicting)); });
    art.appendChild(groups);
    return art;
  }

  function reviewBar(g) {
    var bar = el("div", "review");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", T.review_group);
    [["confirmed", T.confirm, "c"], ["dismissed", T.dismiss, "d"], ["explained", T.explain, "n"]].forEach(function (b) {
      var btn = el("button", "", b[1]);
      btn.type = "button";
      btn.setAttribute("data-act", b[0]);
      btn.setAttribute("aria-keyshortcuts", b[2]);
      btn.setAttribute("aria-pressed", statusOf(g) === b[0] ? "true" : "false");
      bar.appendChild(btn);
    });
    var note = noteOf(g);
    if (note) bar.appendChild(el("span", "note-text", T.note + ": " + note));
    return bar;
  }

  function groupBoxOf(g) {
    var art = document.getElementById("card-" + cardOf[g.key]._i);
    return art && art.querySelector('section.finding[data-key="' + CSS.escape(g.key) + '"]');
  }

  function refreshCard(g) {
    var c = cardOf[g.key], art = document.getElementById("card-" + c._i), box = groupBoxOf(g);
    if (!art || !box) return;
    art.setAttribute("data-status", cardStatus(c));
    art.querySelector(".card-head .status").replaceWith(statusSpan(cardStatus(c)));
    box.setAttribute("data-status", statusOf(g));
    box.querySelector(".group-head .status").replaceWith(statusSpan(statusOf(g)));
    box.querySelector(".review").replaceWith(reviewBar(g));
  }

  function renderMore(n) {
    var frag = document.createDocumentFragment();
    var stop = Math.min(visible.length, rendered + n);
    for (; rendered < stop; rendered++) {
      var art = buildCard(visible[rendered]);
      art.setAttribute("aria-posinset", String(rendered + 1));
      art.setAttribute("aria-setsize", String(visible.length));
      frag.appendChild(art);
    }
    cardsBox.appendChild(frag);
    $("more").hidden = rendered >= visible.length;
  }

  function render() {
    var agreeOpen = state.agree === "1" || state.rel === "agree" || !!state.fact || !!state.claim;
    var all = CARDS.filter(matches);
    visible = agreeOpen ? all : all.filter(function (c) { return c.rel !== "agree"; });
    hiddenAgree = all.length - visible.length;
    var agreeCount = all.filter(function (c) { return c.rel === "agree"; }).length;
    cardsBox.textContent = "";
    rendered = 0;
    current = -1;
    renderMore(PAGE);
    $("shown").textContent = visible.length ? fmt("shown", { shown: visible.length, total: CARDS.length }) : T.no_cards;
    var tog = $("toggle-agree");
    tog.hidden = !agreeCount || state.rel === "agree" || !!state.fact || !!state.claim;
    tog.textContent = state.agree === "1" ? T.hide_agreements : fmt("show_agreements", { n: agreeCount });
    tog.setAttribute("aria-expanded", state.agree === "1" ? "true" : "false");
    syncControls();
  }

  function syncControls() {
    [["rel", "f-rel"], ["kind", "f-kind"], ["src", "f-src"], ["ent", "f-ent"], ["status", "f-status"]].forEach(function (p) {
      var sel = $(p[1]);
      if (state[p[0]] && !Array.prototype.some.call(sel.options, function (o) { return o.value === state[p[0]]; })) {
        var o = el("option", "", state[p[0]]); o.value = state[p[0]]; sel.appendChild(o);
      }
      sel.value = state[p[0]];
    });
    if (document.activeElement !== $("filter")) $("filter").value = state.q;
    document.querySelectorAll("[data-set-filter]").forEach(function (b) {
      b.setAttribute("aria-pressed", state[b.getAttribute("data-set-filter")] === b.getAttribute("data-value") ? "true" : "false");
    });
    document.querySelectorAll("button.cell").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-pair") === state.pair ? "true" : "false");
    });
    var chip = $("pair-chip"), extra = state.pair ? T.f_pair + ": " + state.pair.replace("|", " ↔ ")
      : state.fact ? T.fact + ": " + state.fact : state.claim ? T.claim_cards + ": " + state.claim : "";
    chip.hidden = !extra;
    chip.textContent = extra;
  }

  function setCurrent(i, focus) {
    if (!visible.length) return;
    i = Math.max(0, Math.min(visible.length - 1, i));
    while (i >= rendered) renderMore(PAGE);
    var prev = cardsBox.querySelector('[aria-current="true"]');
    if (prev) prev.removeAttribute("aria-current");
    current = i;
    var art = document.getElementById("card-" + visible[i]._i);
    art.setAttribute("aria-current", "true");
    if (focus !== false) art.focus({ preventScroll: false });
  }
  function currentCard() { return current >= 0 ? visible[current] : null; }

  /* ---------------------------------------------------------------- reviewing */
  /* One entry per (fact, relation), in the reviews file's key order (reports/reviews.py). */
  function entryFor(c, status, note, who, at) { /* c: a group (fact id, relation, values, claims) */
    return { fact: c.id, relation: c.rel, status: status, note: note || "", reviewer: who || null,
      at: at || new Date().toISOString().replace(/\.\d{3}Z$/, "Z"), values: c.values || [], claims: c.rclaims || [] };
  }
  function decide(c, status, note) {
    if (note === undefined) note = noteOf(c);
    if (LIVE) {
      fetch("/api/review", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Claimdiff-Token": LIVE.token },
        body: JSON.stringify({ fact: c.id, relation: c.rel, status: status, note: note, reviewer: reviewer }),
      }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error || r.status);
          c.status = status; c.note = note;
          if (body.review) {
            DATA.reviews = DATA.reviews.filter(function (x) { return x.fact !== c.id || x.relation !== c.rel; }).concat([body.review]);
          }
          refreshCard(c);
          banner(fmt("reviews_saved", { file: LIVE.file }), false);
        });
      }).catch(function (e) { banner(fmt("review_failed", { error: e.message }), false); });
      return;
    }
    local[c.key] = { status: status, note: note, reviewer: reviewer, at: entryFor(c, status, note).at };
    saveLocal();
    refreshCard(c);
    pending();
  }
  function pending() {
    var n = Object.keys(local).length;
    $("export-reviews").title = n ? fmt("reviews_pending", { n: n }) : "";
  }

  function openNote(c) { /* c: a group */
    var art = document.getElementById("card-" + cardOf[c.key]._i), group = groupBoxOf(c);
    if (!art || !group || group.querySelector(".note-editor")) return;
    var box = el("div", "note-editor");
    var ta = el("textarea");
    ta.setAttribute("aria-label", T.note);
    ta.placeholder = T.note_placeholder;
    ta.value = noteOf(c);
    var save = el("button", "primary", T.save_note); save.type = "button";
    var cancel = el("button", "", T.cancel); cancel.type = "button";
    box.appendChild(ta); box.appendChild(save); box.appendChild(cancel);
    group.querySelector(".review").appendChild(box);
    var done = function (keep) {
      if (keep) decide(c, "explained", ta.value.trim()); else box.remove();
      art.focus();
    };
    save.addEventListener("click", function () { done(true); });
    cancel.addEventListener("click", function () { done(false); });
    ta.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); done(true); }
      if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); done(false); }
    });
    ta.focus();
  }

  function exportReviews() {
    var out = (DATA.reviews || []).map(function (r) { return Object.assign({}, r); });
    var index = {};
    out.forEach(function (r, i) { index[r.fact + "\u0000" + r.relation] = i; });
    Object.keys(local).sort().forEach(function (id) {
      var c = byKey[id], d = local[id];
      if (!c) return;
      var key = c.id + "\u0000" + c.rel, entry = entryFor(c, d.status, d.note, d.reviewer || reviewer, d.at);
      if (index[key] !== undefined) out[index[key]] = Object.assign(out[index[key]], entry);
      else { index[key] = out.length; out.push(entry); }
    });
    out.sort(function (a, b) {
      return a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0;
    });
    var doc = { version: 1, tool: "claimdiff", reviews: out };
    var url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 1) + "\n"], { type: "application/json" }));
    var a = el("a");
    a.href = url;
    a.download = "claimdiff.reviews.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* ---------------------------------------------------------------- source view */
  function showSource(sid, cid) {
    var runs = DATA.texts[sid];
    var src = SOURCES.filter(function (s) { return s.id === sid; })[0];
    if (!runs || !src) return false;
    $("workspace").hidden = true;
    $("toolbar").hidden = true;
    $("top").hidden = true;
    var view = $("source-view");
    view.hidden = false;
    $("source-title").textContent = T.source_text + " · " + src.label + (src.title ? " · " + src.title : "");
    var box = $("source-text");
    if (box.getAttribute("data-source") !== sid) {
      box.textContent = "";
      var frag = document.createDocumentFragment(), prev = [];
      runs.forEach(function (run) {
        var ids = run[1] || [];
        ids.forEach(function (id) {
          if (prev.indexOf(id) < 0) { var anchor = el("span"); anchor.id = "claim-" + id; frag.appendChild(anchor); }
        });
        if (!ids.length) { frag.appendChild(document.createTextNode(run[0])); prev = ids; return; }
        /* the innermost claim that a card holds, else the innermost one */
        var inner = ids.filter(function (id) { return linked[id]; }).pop() || ids[ids.length - 1], k = DATA.kinds[inner];
        var m = el("mark", (k ? "k-" + k[0] : "") + (linked[inner] ? " linked" : ""), run[0]);
        m.setAttribute("data-claim-id", inner);
        m.setAttribute("data-claims", ids.join(" "));
        if (k) m.title = label("kind_", k[0]) + ": " + k[1];
        frag.appendChild(m);
        prev = ids;
      });
      box.appendChild(frag);
      box.setAttribute("data-source", sid);
    }
    box.querySelectorAll("mark.target").forEach(function (m) { m.classList.remove("target"); });
    var target = cid && document.getElementById("claim-" + cid);
    if (target) {
      box.querySelectorAll('mark[data-claims~="' + CSS.escape(cid) + '"]').forEach(function (m) { m.classList.add("target"); });
      target.scrollIntoView({ block: "center" });
    } else {
      window.scrollTo(0, 0);
    }
    $("back-to-cards").focus({ preventScroll: true });
    return true;
  }
  function hideSource() {
    $("source-view").hidden = true;
    $("workspace").hidden = false;
    $("toolbar").hidden = false;
    $("top").hidden = false;
  }
  var lastCardsHash = "";

  function applyHash() {
    var s = readHash();
    if (s.source) {
      if (showSource(s.source, s.at)) return;
    }
    hideSource();
    lastCardsHash = location.hash;
    state = s;
    render();
    if (state.fact) setCurrent(0);
  }

  /* ---------------------------------------------------------------- wiring */
  function setFilter(key, value) {
    state[key] = value;
    if (key !== "agree") { state.fact = key === "fact" ? value : ""; }
    writeHash();
    render();
  }
  [["f-rel", "rel"], ["f-kind", "kind"], ["f-src", "src"], ["f-ent", "ent"], ["f-status", "status"]].forEach(function (p) {
    $(p[0]).addEventListener("change", function (e) { setFilter(p[1], e.target.value); });
  });
  var timer = null;
  $("filter").addEventListener("input", function (e) {
    clearTimeout(timer);
    timer = setTimeout(function () { setFilter("q", e.target.value.trim()); }, 120);
  });
  $("clear-filters").addEventListener("click", function () {
    FILTERS.forEach(function (k) { state[k] = ""; });
    writeHash();
    render();
  });
  $("pair-chip").addEventListener("click", function () {
    state.pair = ""; state.fact = ""; state.claim = ""; writeHash(); render();
  });
  document.querySelectorAll("[data-set-filter]").forEach(function (b) {
    b.addEventListener("click", function () {
      var k = b.getAttribute("data-set-filter"), v = b.getAttribute("data-value");
      setFilter(k, state[k] === v ? "" : v);
    });
  });
  document.querySelectorAll("button.cell").forEach(function (b) {
    b.addEventListener("click", function () {
      var v = b.getAttribute("data-pair");
      state.agree = state.agree || "";
      setFilter("pair", state.pair === v ? "" : v);
    });
  });
  $("more").addEventListener("click", function () { renderMore(PAGE); });
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; }) && rendered < visible.length) renderMore(PAGE);
    }, { rootMargin: "600px" }).observe($("more-wrap"));
  }
  $("toggle-agree").addEventListener("click", function () { setFilter("agree", state.agree === "1" ? "" : "1"); });
  cardsBox.addEventListener("click", function (e) {
    var art = e.target.closest(".card");
    if (!art) return;
    var idx = visible.indexOf(cardOf[art.getAttribute("data-key")]);
    if (idx >= 0 && idx !== current) setCurrent(idx, !e.target.closest("a, button, textarea"));
    var btn = e.target.closest("button[data-act]");
    if (!btn) return;
    var sec = btn.closest("section.finding"), g = sec && byKey[sec.getAttribute("data-key")], act = btn.getAttribute("data-act");
    if (!g) return;
    if (act === "explained") openNote(g); else decide(g, act);
  });
  $("export-reviews").addEventListener("click", exportReviews);
  var rev = $("reviewer");
  rev.value = reviewer;
  rev.addEventListener("input", function () {
    reviewer = rev.value.trim();
    try { localStorage.setItem("claimdiff:reviewer", reviewer); } catch (e) { /* private mode */ }
  });
  var help = $("help");
  function toggleHelp() { if (help.open) help.close(); else help.showModal(); }
  $("help-button").addEventListener("click", toggleHelp);
  $("help-close").addEventListener("click", function () { help.close(); });
  $("back-to-cards").addEventListener("click", function (e) {
    e.preventDefault();
    history.pushState(null, "", lastCardsHash || location.pathname + location.search);
    applyHash();
  });
  $("source-text").addEventListener("click", function (e) {
    var m = e.target.closest("mark[data-claim-id]");
    if (!m) return;
    var cid = m.getAttribute("data-claim-id");
    if (linked[cid]) location.hash = "claim=" + encodeURIComponent(cid);
  });
  window.addEventListener("hashchange", applyHash);
  window.addEventListener("beforeprint", function () { renderMore(visible.length); });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target, typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (typing) {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (help.open && e.key !== "?") return;
    if (!$("source-view").hidden) return;
    var card = currentCard(), c = card && card.groups[0]; /* keys act on the fact's own relation */
    switch (e.key) {
      case "j": setCurrent(current + 1); break;
      case "k": setCurrent(current < 0 ? 0 : current - 1); break;
      case "c": if (c) decide(c, "confirmed"); break;
      case "d": if (c) decide(c, "dismissed"); break;
      case "n": if (c) { e.preventDefault(); openNote(c); } break;
      case "/": e.preventDefault(); $("filter").focus(); $("filter").select(); break;
      case "?": toggleHelp(); break;
      default: return;
    }
  });

  /* ---------------------------------------------------------------- live mode */
  function banner(text, reload) {
    var b = $("live-banner");
    b.textContent = text;
    if (reload) {
      var btn = el("button", "primary", T.reload);
      btn.type = "button";
      btn.addEventListener("click", function () { location.reload(); });
      b.appendChild(document.createTextNode(" "));
      b.appendChild(btn);
    }
    b.hidden = false;
  }
  if (LIVE) {
    banner(fmt("live", { file: LIVE.file }), false);
    var poll = function () {
      fetch("/api/state", { headers: { "X-Claimdiff-Token": LIVE.token } }).then(function (r) { return r.json(); })
        .then(function (s) {
          if (s.generation !== LIVE.generation) banner(T.changed_reload, true); else setTimeout(poll, LIVE.poll_ms || 1500);
        }).catch(function () { setTimeout(poll, 5000); });
    };
    setTimeout(poll, LIVE.poll_ms || 1500);
  }

  pending();
  applyHash();
})();

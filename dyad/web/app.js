/* dyad dashboard: hash-routed views over the JSON API (no build step, no dependencies). */
(function () {
  "use strict";
  var C = window.DyadCharts;
  var view = document.getElementById("view");
  var summaryCache = null;

  // --- small helpers ---------------------------------------------------------------

  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === "text") node.textContent = String(v);
        else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? "" : v);
      }
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return node;
  }

  function api(path, params) {
    var qs = new URLSearchParams();
    for (var k in (params || {})) { if (params[k] !== null && params[k] !== undefined && params[k] !== "") qs.set(k, params[k]); }
    var url = "/api/" + path + (qs.toString() ? "?" + qs : "");
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
        return body;
      });
    });
  }

  function summary() {
    if (summaryCache) return Promise.resolve(summaryCache);
    return api("summary").then(function (s) { summaryCache = s; return s; });
  }

  function dirFor(lang) { return lang === "ar" ? "rtl" : "auto"; }
  function typeBadge(t) { return h("span", { "class": "type", style: "background:" + C.color(t), text: t }); }
  function link(href, text, attrs) { var a = h("a", Object.assign({ href: href }, attrs || {})); a.textContent = text; return a; }
  function enc(s) { return encodeURIComponent(s); }
  function who(a) { return a ? (a.name || a.actor_id || "?") + (a.country ? " (" + a.country + ")" : "") : "—"; }
  function actorLink(a) {
    if (!a) return h("span", { text: "—" });
    var name = h("span", { dir: "auto", text: who(a) });
    return a.actor_id ? h("a", { href: "#/actor/" + enc(a.actor_id) }, [name]) : name;
  }

  function render(nodes) {
    view.textContent = "";
    nodes.forEach(function (n) { if (n) view.appendChild(n); });
  }

  function fail(err) { render([h("p", { "class": "error", text: "Error: " + err.message })]); }

  function eventRow(e) {
    return h("tr", null, [
      h("td", null, [link("#/event/" + enc(e.event_id), e.date || (e.publication_date ? e.publication_date + "*" : "—"))]),
      h("td", null, [typeBadge(e.event_type)]),
      h("td", null, [actorLink(e.actor)]),
      h("td", null, [actorLink(e.recipient)]),
      h("td", { dir: "auto" }, [(e.location && e.location.name) || ""]),
      h("td", null, [(e.topics || []).join(", ")]),
      h("td", null, [e.language || ""])
    ]);
  }

  function eventTable(items) {
    return h("table", { "class": "events" }, [
      h("thead", null, [h("tr", null, ["date", "type", "actor", "recipient", "place", "topics", "lang"].map(function (c) { return h("th", { text: c }); }))]),
      h("tbody", null, items.map(eventRow))
    ]);
  }

  function pager(page, go) {
    var from = page.total ? page.offset + 1 : 0, to = Math.min(page.total, page.offset + page.items.length);
    return h("div", { "class": "pager" }, [
      h("button", { disabled: page.offset <= 0, onclick: function () { go(Math.max(0, page.offset - page.limit)); }, text: "‹ previous" }),
      h("span", { text: from + "–" + to + " of " + page.total }),
      h("button", { disabled: page.offset + page.limit >= page.total, onclick: function () { go(page.offset + page.limit); }, text: "next ›" })
    ]);
  }

  function setHash(path, params) {
    var qs = new URLSearchParams();
    for (var k in params) { if (params[k]) qs.set(k, params[k]); }
    location.hash = "#" + path + (qs.toString() ? "?" + qs : "");
  }

  function typeSelect(name, value, types) {
    return h("select", { name: name }, [h("option", { value: "", text: "all types" })].concat(types.map(function (t) {
      return h("option", { value: t, selected: t === value, text: t });
    })));
  }

  function formValues(form) {
    var out = {};
    new FormData(form).forEach(function (v, k) { out[k] = String(v).trim(); });
    return out;
  }

  // --- views -----------------------------------------------------------------------

  function overview() {
    return Promise.all([summary(), api("timeline"), api("dyads", { limit: 15 }), api("stories", { limit: 10 })]).then(function (r) {
      var s = r[0], tl = r[1], dy = r[2], st = r[3];
      var types = Object.keys(s.event_types).sort();
      render([
        h("h1", { text: "Overview" }),
        h("div", { "class": "stats" }, [["documents", s.documents], ["events", s.events], ["stories", s.stories], ["actors", s.actors]].map(function (x) {
          return h("div", { "class": "stat" }, [h("b", { text: x[1] }), x[0]]);
        })),
        h("h2", { text: "Events by month" }),
        h("div", { "class": "card" }, [C.stackedBars(tl.months), C.legend(types)]),
        h("div", { "class": "grid2" }, [
          h("div", null, [h("h2", { text: "Top dyads" }), h("table", null, [h("tbody", null, dy.items.map(function (d) {
            return h("tr", null, [h("td", null, [link("#/dyad?a=" + enc(d.a) + "&b=" + enc(d.b), d.a + " – " + d.b)]), h("td", { text: d.total }),
              h("td", null, Object.keys(d.by_type).map(function (t) { return h("span", null, [typeBadge(t), " " + d.by_type[t] + " "]); }))]);
          }))])]),
          h("div", null, [h("h2", { text: "Events by type" }), h("div", { "class": "card" }, [C.barList(s.event_types, { colorByKey: true, labelWidth: 100 })])])
        ]),
        h("h2", { text: "Stories" }), storyTable(st.items)
      ]);
    });
  }

  function storyTable(items) {
    return h("table", { "class": "stories" }, [
      h("thead", null, [h("tr", null, ["story", "type", "countries", "date", "reports", "languages", "conflicts"].map(function (c) { return h("th", { text: c }); }))]),
      h("tbody", null, items.map(function (s) {
        return h("tr", null, [
          h("td", null, [link("#/story/" + enc(s.story_id), s.story_id)]), h("td", null, [typeBadge(s.event_type)]),
          h("td", { text: (s.countries || []).join(" – ") }), h("td", { text: s.date || "—" }),
          h("td", { text: (s.event_ids || []).length + " in " + (s.n_documents || 0) + " docs" }),
          h("td", { text: (s.languages || []).join(", ") }),
          h("td", { "class": (s.conflicts || []).length ? "conflict" : "", text: (s.conflicts || []).length ? (s.conflicts || []).map(function (c) { return c.field || "?"; }).join(", ") : "" })
        ]);
      }))
    ]);
  }

  function dyadView(p) {
    var level = p.get("level") || ((p.get("a") || "").indexOf(":") >= 0 ? "actor" : "country");
    var a = p.get("a") || "", b = p.get("b") || "", type = p.get("type") || "";
    return summary().then(function (s) {
      var codes = s.countries.map(function (c) { return c.code; });
      var pick = function (name, val) {
        if (level === "actor") return h("input", { name: name, value: val, placeholder: "actor id", size: 24 });
        return h("select", { name: name }, [h("option", { value: "", text: "—" })].concat(codes.map(function (c) {
          return h("option", { value: c, selected: c === val, text: c });
        })));
      };
      var form = h("form", { "class": "filters", id: "dyad-form", onsubmit: function (ev) {
        ev.preventDefault();
        var v = formValues(form);
        setHash("/dyad", { a: v.a, b: v.b, type: v.type, level: level === "actor" ? "actor" : "" });
      } }, [
        h("label", null, ["first", pick("a", a)]), h("label", null, ["second", pick("b", b)]),
        h("label", null, ["type", typeSelect("type", type, s.plover_types)]),
        h("button", { type: "submit", text: "Show" }),
        link(level === "actor" ? "#/dyad" : "#/dyad?level=actor", level === "actor" ? "pick countries" : "pick actors")
      ]);
      var head = [h("h1", { text: a && b ? "Dyad " + a + " – " + b : "Dyads" }), form];
      if (!a || !b) {
        return api("dyads", { level: level, limit: 30 }).then(function (dy) {
          render(head.concat([h("h2", { text: "Pairs with most events" }), h("table", null, [h("tbody", null, dy.items.map(function (d) {
            return h("tr", null, [h("td", null, [link("#/dyad?a=" + enc(d.a) + "&b=" + enc(d.b) + (level === "actor" ? "&level=actor" : ""),
              (d.a_name || d.a) + " – " + (d.b_name || d.b))]), h("td", { text: d.total + " events" })]);
          }))])]));
        });
      }
      var params = { dyad: a + "," + b, type: type };
      return Promise.all([api("events", Object.assign({ limit: 500 }, params)), api("timeline", params)]).then(function (r) {
        var evs = r[0], tl = r[1];
        var types = Object.keys(evs.items.reduce(function (acc, e) { acc[e.event_type] = 1; return acc; }, {})).sort();
        render(head.concat([
          h("p", { "class": "muted", text: evs.total + " events between " + a + " and " + b + ". Marks above the line: " + a + " acts; below: " + b + " acts. Hollow marks have no event date (publication date shown)." }),
          h("div", { "class": "card", id: "dyad-timeline" }, [C.eventTimeline(evs.items, { a: a, b: b, level: level, onClick: function (e) { location.hash = "#/event/" + enc(e.event_id); } }), C.legend(types)]),
          h("div", { "class": "grid2" }, [
            h("div", null, [h("h2", { text: "By topic" }), h("div", { "class": "card" }, [C.barList(tl.topics)])]),
            h("div", null, [h("h2", { text: "By month" }), h("div", { "class": "card" }, [C.stackedBars(tl.months, { width: 420, height: 200 })])])
          ]),
          h("h2", { text: "Events" }), eventTable(evs.items)
        ]));
      });
    });
  }

  function networkView(p) {
    var params = { type: p.get("type") || "", since: p.get("since") || "", until: p.get("until") || "", level: p.get("level") || "country" };
    return Promise.all([summary(), api("network", params)]).then(function (r) {
      var s = r[0], net = r[1];
      var form = h("form", { "class": "filters", onsubmit: function (ev) { ev.preventDefault(); setHash("/network", formValues(form)); } }, [
        h("label", null, ["type", typeSelect("type", params.type, s.plover_types)]),
        h("label", null, ["since", h("input", { name: "since", value: params.since, placeholder: "YYYY-MM", size: 10 })]),
        h("label", null, ["until", h("input", { name: "until", value: params.until, placeholder: "YYYY-MM", size: 10 })]),
        h("label", null, ["level", h("select", { name: "level" }, ["country", "actor"].map(function (l) { return h("option", { value: l, selected: l === params.level, text: l }); }))]),
        h("button", { type: "submit", text: "Apply" })
      ]);
      var lv = params.level === "actor" ? "&level=actor" : "";
      render([h("h1", { text: "Network" }), form,
        h("p", { "class": "muted", text: net.nodes.length + " nodes, " + net.edges.length + " edges; edge width = events, colour = most frequent type. Click an edge for the dyad." }),
        h("div", { "class": "card" }, [C.networkChart(net, {
          onEdge: function (e) { location.hash = "#/dyad?a=" + enc(e.source) + "&b=" + enc(e.target) + lv; },
          onNode: function (n) { location.hash = params.level === "actor" ? "#/actor/" + enc(n.id) : "#/dyad?a=" + enc(n.id); }
        }), C.legend(s.plover_types)])]);
    });
  }

  function mapView(p) {
    var params = { type: p.get("type") || "", since: p.get("since") || "", until: p.get("until") || "" };
    return Promise.all([summary(), api("places", params)]).then(function (r) {
      var s = r[0], pl = r[1];
      var form = h("form", { "class": "filters", onsubmit: function (ev) { ev.preventDefault(); setHash("/map", formValues(form)); } }, [
        h("label", null, ["type", typeSelect("type", params.type, s.plover_types)]),
        h("label", null, ["since", h("input", { name: "since", value: params.since, placeholder: "YYYY-MM", size: 10 })]),
        h("label", null, ["until", h("input", { name: "until", value: params.until, placeholder: "YYYY-MM", size: 10 })]),
        h("button", { type: "submit", text: "Apply" })
      ]);
      var list = h("table", null, [h("tbody", null, pl.items.map(function (x) {
        return h("tr", null, [h("td", { dir: "auto", text: x.name }), h("td", { text: x.country || "" }), h("td", { text: x.events }),
          h("td", null, x.event_ids.slice(0, 5).map(function (id) { return h("span", null, [link("#/event/" + enc(id), id), " "]); }))]);
      }))]);
      render([h("h1", { text: "Map of event places" }), form,
        h("div", { "class": "card" }, [C.mapChart(pl.items, { outlines: window.DYAD_OUTLINES || [], onClick: function (x) { location.hash = "#/event/" + enc(x.event_ids[0]); } })]),
        h("h2", { text: pl.total + " places" }), list]);
    });
  }

  /* The document text with spans wrapped: [{start, end, cls, href, inner: {start, end}}], non-overlapping. */
  function annotatedText(text, spans) {
    var frag = document.createDocumentFragment(), at = 0;
    spans.sort(function (x, y) { return x.start - y.start || y.end - x.end; });
    spans.forEach(function (s) {
      if (s.start < at || s.end > text.length || s.end <= s.start) return;
      frag.appendChild(document.createTextNode(text.slice(at, s.start)));
      var m = h("mark", { "class": "evidence " + (s.cls || ""), "data-event-id": s.id || null, title: s.title || null });
      if (s.inner && s.inner.start >= s.start && s.inner.end <= s.end && s.inner.end > s.inner.start) {
        m.appendChild(document.createTextNode(text.slice(s.start, s.inner.start)));
        m.appendChild(h("span", { "class": "trigger", text: text.slice(s.inner.start, s.inner.end) }));
        m.appendChild(document.createTextNode(text.slice(s.inner.end, s.end)));
      } else {
        m.textContent = text.slice(s.start, s.end);
      }
      if (s.href) { var a = h("a", { href: s.href, "class": "evidence-link" }); a.appendChild(m); frag.appendChild(a); }
      else frag.appendChild(m);
      at = s.end;
    });
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  /* Evidence offsets point into the stored text; if the text changed since, find the sentence again. */
  function evidenceSpan(text, ev) {
    var e = ev.evidence || {};
    var start = e.start, end = e.end;
    if (text.slice(start, end) !== e.text) {
      var i = e.text ? text.indexOf(e.text) : -1;
      if (i < 0) return null;
      start = i; end = i + e.text.length;
    }
    var span = { start: start, end: end, id: ev.event_id };
    if (ev.trigger && ev.trigger.start !== undefined) {
      var shift = start - e.start;
      span.inner = { start: ev.trigger.start + shift, end: ev.trigger.end + shift };
    }
    return span;
  }

  function kv(pairs) {
    var dl = h("dl", { "class": "kv" });
    pairs.forEach(function (p) { if (p[1] === null || p[1] === undefined || p[1] === "") return; dl.appendChild(h("dt", { text: p[0] })); dl.appendChild(typeof p[1] === "object" ? h("dd", null, [p[1]]) : h("dd", { dir: "auto", text: p[1] })); });
    return dl;
  }

  function eventView(id) {
    return api("events/" + enc(id)).then(function (e) {
      var doc = e.document || {}, text = doc.text || "";
      var lang = doc.language || e.language;
      var span = evidenceSpan(text, e);
      var article = h("div", { "class": "article", id: "article", dir: dirFor(lang), lang: lang || null });
      article.appendChild(span ? annotatedText(text, [span]) : document.createTextNode(text));
      var loc = e.location ? (e.location.name || "") + (e.location.country ? " (" + e.location.country + ")" : "") : null;
      render([
        h("h1", null, [typeBadge(e.event_type), " ", h("span", { dir: "auto", text: who(e.actor) + " → " + who(e.recipient) })]),
        h("div", { "class": "card" }, [kv([
          ["event", e.event_id], ["mode", e.event_mode], ["quad", e.quad_code], ["CAMEO", e.cameo_code],
          ["actor", actorLink(e.actor)], ["actor title", e.actor && e.actor.title], ["recipient", actorLink(e.recipient)],
          ["date", e.date ? e.date + " (" + e.date_precision + ")" : "unknown"], ["date text", e.date_text], ["place", loc],
          ["topics", (e.topics || []).join(", ")], ["modality", e.modality], ["confidence", e.confidence],
          ["story", h("a", { href: "#/story/" + enc(e.story_id), text: e.story_id })],
          ["document", h("a", { href: "#/doc/" + enc(e.doc_id), text: doc.title || e.doc_id, dir: "auto" })],
          ["source", [doc.source, doc.publication_date].filter(Boolean).join(", ")], ["language", lang]
        ])]),
        h("h2", { text: "Evidence in the article" }),
        span ? null : h("p", { "class": "error", text: "The evidence could not be found in the stored text." }),
        h("div", { "class": "evidence-text card", dir: dirFor(e.language), lang: e.language || null, text: (e.evidence || {}).text || "" }),
        article
      ]);
      var m = article.querySelector("mark");
      if (m && m.scrollIntoView) m.scrollIntoView({ block: "center" });
    });
  }

  function docView(id) {
    return api("documents/" + enc(id)).then(function (d) {
      var spans = [], seen = {};
      d.events.forEach(function (e) {
        var s = evidenceSpan(d.text, e);
        if (!s || seen[s.start + ":" + s.end]) return;
        seen[s.start + ":" + s.end] = 1;
        s.href = "#/event/" + enc(e.event_id); s.title = e.event_type; s.inner = null;
        spans.push(s);
      });
      var article = h("div", { "class": "article", dir: dirFor(d.language), lang: d.language });
      article.appendChild(annotatedText(d.text, spans));
      render([h("h1", { dir: "auto", text: d.title || d.doc_id }),
        h("div", { "class": "card" }, [kv([["id", d.doc_id], ["source", d.source], ["published", d.publication_date], ["language", d.language], ["url (not fetched)", d.url], ["events", d.events.length]])]),
        article, h("h2", { text: "Events" }), eventTable(d.events)]);
    });
  }

  function conflictFields(story) {
    var out = {};
    (story.conflicts || []).forEach(function (c) { if (c && c.field) out[c.field] = c; });
    return out;
  }

  function storyView(id) {
    return api("stories/" + enc(id)).then(function (s) {
      var conflicts = conflictFields(s);
      var mark = function (field, node) { if (conflicts[field]) node.className = (node.className ? node.className + " " : "") + "conflict-value"; return node; };
      var cards = s.reports.map(function (r) {
        var d = r.document || {};
        var loc = r.location ? (r.location.name || "") + (r.location.country ? " (" + r.location.country + ")" : "") : "—";
        return h("div", { "class": "report", "data-event-id": r.event_id }, [
          h("div", null, [typeBadge(r.event_type), " ", link("#/event/" + enc(r.event_id), r.event_id)]),
          h("p", { "class": "muted", dir: "auto", text: [d.source, d.publication_date, d.language].filter(Boolean).join(" · ") }),
          h("p", { dir: "auto" }, [h("b", { text: d.title || r.doc_id })]),
          kv([["actor", mark("actor", h("span", { dir: "auto", text: who(r.actor) }))],
            ["recipient", mark("recipient", h("span", { dir: "auto", text: who(r.recipient) }))],
            ["type", mark("event_type", h("span", { text: r.event_type + (r.event_mode ? " / " + r.event_mode : "") }))],
            ["date", mark("date", h("span", { text: r.date || "unknown" }))],
            ["place", mark("location", h("span", { dir: "auto", text: loc }))]]),
          h("div", { "class": "evidence-text", dir: dirFor(r.language), lang: r.language, text: (r.evidence || {}).text || "" })
        ]);
      });
      var conflictList = (s.conflicts || []).length ? h("ul", null, s.conflicts.map(function (c) {
        return h("li", { "class": "conflict", text: (c.field || "?") + ": " + JSON.stringify(c.values || c) });
      })) : h("p", { "class": "muted", text: "The reports agree." });
      render([h("h1", null, [typeBadge(s.event_type), " Story " + s.story_id]),
        h("div", { "class": "card" }, [kv([["countries", (s.countries || []).join(" – ")], ["date", s.date || "unknown"],
          ["reports", s.reports.length + " from " + (s.n_documents || 0) + " documents, " + (s.n_sources || 0) + " sources"],
          ["languages", (s.languages || []).join(", ")]])]),
        h("h2", { text: "Conflicts" }), conflictList,
        h("h2", { text: "Reports side by side" }), h("div", { "class": "reports" }, cards)]);
    });
  }

  function actorView(id) {
    return api("actors/" + enc(id)).then(function (a) {
      var names = h("table", null, [h("thead", null, [h("tr", null, [h("th", { text: "name as written" }), h("th", { text: "language" }), h("th", { text: "documents" })])]),
        h("tbody", null, a.names.map(function (n) {
          return h("tr", null, [h("td", { dir: dirFor(n.language), lang: n.language, text: n.name }), h("td", { text: n.language }),
            h("td", null, n.doc_ids.map(function (d) { return h("span", null, [link("#/doc/" + enc(d), d), " "]); }))]);
        }))]);
      render([h("h1", { dir: "auto", text: a.name }),
        h("div", { "class": "card" }, [kv([["id", a.actor_id], ["kind", a.kind], ["country", a.country], ["sectors", (a.sectors || []).join(", ")],
          ["titles", (a.titles || []).join(" · ")], ["languages", Object.keys(a.names.reduce(function (acc, n) { acc[n.language] = 1; return acc; }, {})).join(", ")]])]),
        h("h2", { text: "Names in every language seen" }), names,
        h("h2", { text: a.n_events + " events" }), eventTable(a.events)]);
    });
  }

  function listView(kind, p) {
    var offset = +(p.get("offset") || 0), q = p.get("q") || "";
    var go = function (o) { setHash("/" + kind, { q: q, offset: String(o) }); };
    var form = h("form", { "class": "filters", onsubmit: function (ev) { ev.preventDefault(); setHash("/" + kind, formValues(form)); } }, [
      h("label", null, ["search", h("input", { name: "q", value: q, size: 30, dir: "auto" })]), h("button", { type: "submit", text: "Search" })]);
    if (kind === "stories") {
      return api("stories", { limit: 50, offset: offset }).then(function (pg) {
        render([h("h1", { text: "Stories" }), pager(pg, go), storyTable(pg.items)]);
      });
    }
    if (kind === "actors") {
      return api("actors", { q: q, limit: 50, offset: offset }).then(function (pg) {
        render([h("h1", { text: "Actors" }), form, pager(pg, go), h("table", null, [h("tbody", null, pg.items.map(function (a) {
          return h("tr", null, [h("td", null, [link("#/actor/" + enc(a.actor_id), a.name, { dir: "auto" })]), h("td", { text: a.kind || "" }),
            h("td", { text: a.country || "" }), h("td", { dir: "auto", text: a.names.map(function (n) { return n.name; }).join(" · ") })]);
        }))])]);
      });
    }
    return api("documents", { q: q, limit: 50, offset: offset }).then(function (pg) {
      render([h("h1", { text: "Documents" }), form, pager(pg, go), h("table", null, [h("tbody", null, pg.items.map(function (d) {
        return h("tr", null, [h("td", null, [link("#/doc/" + enc(d.doc_id), d.title || d.doc_id, { dir: "auto" })]), h("td", { text: d.source || "" }),
          h("td", { text: d.publication_date || "" }), h("td", { text: d.language }), h("td", { text: d.n_events + " events" })]);
      }))])]);
    });
  }

  // --- router ----------------------------------------------------------------------

  function route() {
    var hash = location.hash.replace(/^#/, "") || "/";
    var qi = hash.indexOf("?");
    var path = qi >= 0 ? hash.slice(0, qi) : hash;
    var params = new URLSearchParams(qi >= 0 ? hash.slice(qi + 1) : "");
    var parts = path.split("/").filter(Boolean);
    var id = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : null;
    var done;
    switch (parts[0] || "") {
      case "": done = overview(); break;
      case "dyad": done = dyadView(params); break;
      case "network": done = networkView(params); break;
      case "map": done = mapView(params); break;
      case "event": done = eventView(id); break;
      case "story": done = storyView(id); break;
      case "actor": done = actorView(id); break;
      case "doc": done = docView(id); break;
      case "stories": case "actors": case "documents": done = listView(parts[0], params); break;
      default: done = Promise.reject(new Error("unknown page " + path));
    }
    document.body.setAttribute("data-view", parts[0] || "overview");
    done.then(function () { document.body.setAttribute("data-ready", hash); }, fail);
  }

  window.addEventListener("hashchange", route);
  route();
})();

/* dyad charts: small SVG drawing functions shared by the dashboard and the offline report.
   No dependencies; every function returns an <svg> element the caller places. */
(function (global) {
  "use strict";
  var NS = "http:" + "//www.w3.org/2000/svg"; // the SVG namespace name, not a resource to load

  var TYPE_COLORS = {
    AGREE: "#2b8a3e", CONSULT: "#1c7ed6", SUPPORT: "#37b24d", CONCEDE: "#66a80f",
    COOPERATE: "#0ca678", AID: "#15aabf", RETREAT: "#82c91e", REQUEST: "#7048e8",
    ACCUSE: "#f08c00", REJECT: "#e8590c", THREATEN: "#d9480f", PROTEST: "#c2255c",
    SANCTION: "#ae3ec9", MOBILIZE: "#9c36b5", COERCE: "#c92a2a", ASSAULT: "#862e2e"
  };

  function color(type) { return TYPE_COLORS[type] || "#868e96"; }

  function el(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgRoot(w, h, cls) {
    return el("svg", { viewBox: "0 0 " + w + " " + h, width: "100%", "class": "chart " + (cls || ""), role: "img",
      preserveAspectRatio: "xMidYMid meet" });
  }

  function titled(node, text) { node.appendChild(el("title", null, text)); return node; }

  /* Month keys "YYYY-MM" from first to last, gaps filled, so bars sit on a true time axis. */
  function monthRange(keys) {
    var ks = keys.filter(function (k) { return /^\d{4}-\d{2}$/.test(k); }).sort();
    if (!ks.length) return [];
    var out = [], y = +ks[0].slice(0, 4), m = +ks[0].slice(5, 7);
    var last = ks[ks.length - 1];
    for (var guard = 0; guard < 1200; guard++) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push(key);
      if (key >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  /* Stacked bars: {month: {TYPE: n}} → one bar per month coloured by type. */
  function stackedBars(byMonth, opts) {
    opts = opts || {};
    var months = monthRange(Object.keys(byMonth));
    var w = opts.width || 760, h = opts.height || 220, pad = { l: 34, r: 8, t: 10, b: 38 };
    var svg = svgRoot(w, h, "stacked-bars");
    if (!months.length) { svg.appendChild(el("text", { x: w / 2, y: h / 2, "text-anchor": "middle", "class": "empty" }, "no dated events")); return svg; }
    var max = 1;
    months.forEach(function (m) {
      var s = 0, c = byMonth[m] || {};
      for (var t in c) s += c[t];
      if (s > max) max = s;
    });
    var bw = (w - pad.l - pad.r) / months.length;
    var y = function (v) { return h - pad.b - (h - pad.t - pad.b) * v / max; };
    svg.appendChild(el("line", { x1: pad.l, y1: y(0), x2: w - pad.r, y2: y(0), "class": "axis" }));
    [0, Math.ceil(max / 2), max].forEach(function (v) {
      svg.appendChild(el("text", { x: pad.l - 4, y: y(v) + 4, "text-anchor": "end", "class": "tick" }, v));
    });
    var every = Math.max(1, Math.ceil(months.length / 12));
    months.forEach(function (m, i) {
      var base = 0, c = byMonth[m] || {};
      Object.keys(c).sort().forEach(function (t) {
        var r = el("rect", { x: pad.l + i * bw + 1, y: y(base + c[t]), width: Math.max(1, bw - 2),
          height: y(base) - y(base + c[t]), fill: color(t), "class": "bar", "data-type": t });
        titled(r, m + " " + t + ": " + c[t]);
        svg.appendChild(r);
        base += c[t];
      });
      if (i % every === 0) {
        svg.appendChild(el("text", { x: pad.l + i * bw + bw / 2, y: h - pad.b + 14, "text-anchor": "middle", "class": "tick" }, m));
      }
    });
    return svg;
  }

  function dayNumber(d) {
    var p = String(d).split("-");
    return Date.UTC(+p[0], p[1] ? +p[1] - 1 : 6, p[2] ? +p[2] : (p[1] ? 15 : 1)) / 86400000;
  }

  /* Event timeline: one mark per event on a date axis; events from a→b above the line,
     b→a below.  Undated events use the publication date and are drawn hollow. */
  function eventTimeline(events, opts) {
    opts = opts || {};
    var w = opts.width || 760, h = opts.height || 200, pad = { l: 60, r: 16, t: 18, b: 30 };
    var svg = svgRoot(w, h, "event-timeline");
    var pts = events.map(function (e) {
      var d = e.date || e.publication_date;
      return { e: e, d: d, dated: !!e.date };
    }).filter(function (p) { return p.d; });
    if (!pts.length) { svg.appendChild(el("text", { x: w / 2, y: h / 2, "text-anchor": "middle", "class": "empty" }, "no events")); return svg; }
    var lo = Infinity, hi = -Infinity;
    pts.forEach(function (p) { p.x = dayNumber(p.d); lo = Math.min(lo, p.x); hi = Math.max(hi, p.x); });
    if (hi - lo < 20) { lo -= 10; hi += 10; }
    var X = function (v) { return pad.l + (w - pad.l - pad.r) * (v - lo) / (hi - lo); };
    var mid = (pad.t + h - pad.b) / 2;
    svg.appendChild(el("line", { x1: pad.l, y1: mid, x2: w - pad.r, y2: mid, "class": "axis" }));
    if (opts.a) {
      svg.appendChild(el("text", { x: 4, y: pad.t + 10, "class": "tick" }, opts.a + " →"));
      svg.appendChild(el("text", { x: 4, y: h - pad.b - 2, "class": "tick" }, (opts.b || "") + " →"));
    }
    var ticks = 5;
    for (var i = 0; i <= ticks; i++) {
      var v = lo + (hi - lo) * i / ticks, dt = new Date(v * 86400000);
      svg.appendChild(el("text", { x: X(v), y: h - 8, "text-anchor": i === 0 ? "start" : (i === ticks ? "end" : "middle"), "class": "tick" }, dt.toISOString().slice(0, 7)));
    }
    var stack = {};
    pts.sort(function (p, q) { return p.x - q.x || (p.e.event_id < q.e.event_id ? -1 : 1); });
    pts.forEach(function (p) {
      var side = 1;
      var ac = p.e.actor && (opts.level === "actor" ? p.e.actor.actor_id : p.e.actor.country);
      if (opts.b && ac === opts.b) side = -1;
      var key = Math.round(X(p.x) / 8) + ":" + side;
      var n = stack[key] = (stack[key] || 0) + 1;
      var cy = mid - side * (8 + (n - 1) * 11);
      cy = Math.max(pad.t, Math.min(h - pad.b, cy));
      var c = el("circle", { cx: X(p.x), cy: cy, r: 5, "class": "event-mark" + (p.dated ? "" : " undated"),
        fill: p.dated ? color(p.e.event_type) : "#fff", stroke: color(p.e.event_type),
        "data-type": p.e.event_type, "data-event-id": p.e.event_id, tabindex: 0 });
      titled(c, p.d + " " + p.e.event_type + ": " + ((p.e.actor || {}).name || "?") + " → " +
        ((p.e.recipient || {}).name || "?") + (p.dated ? "" : " (publication date)"));
      if (opts.onClick) {
        c.addEventListener("click", function () { opts.onClick(p.e); });
        c.addEventListener("keydown", function (ev) { if (ev.key === "Enter") opts.onClick(p.e); });
      }
      svg.appendChild(c);
    });
    return svg;
  }

  /* Horizontal bars for {label: n}. */
  function barList(counts, opts) {
    opts = opts || {};
    var keys = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    keys = keys.slice(0, opts.max || 15);
    var w = opts.width || 420, row = 20, h = Math.max(row, keys.length * row + 6), lw = opts.labelWidth || 150;
    var svg = svgRoot(w, h, "bar-list");
    var max = 1;
    keys.forEach(function (k) { max = Math.max(max, counts[k]); });
    keys.forEach(function (k, i) {
      var y = i * row + 3;
      svg.appendChild(el("text", { x: lw - 6, y: y + 13, "text-anchor": "end", "class": "label" }, k));
      var bw = (w - lw - 40) * counts[k] / max;
      svg.appendChild(titled(el("rect", { x: lw, y: y, width: Math.max(1, bw), height: row - 6,
        fill: opts.colorByKey ? color(k) : "#4c6ef5", "class": "bar" }), k + ": " + counts[k]));
      svg.appendChild(el("text", { x: lw + bw + 4, y: y + 12, "class": "tick" }, counts[k]));
    });
    if (!keys.length) svg.appendChild(el("text", { x: 4, y: 14, "class": "empty" }, "none"));
    return svg;
  }

  /* A deterministic force layout: start on a circle, then spring/repulsion iterations. */
  function layout(nodes, edges, w, h) {
    var n = nodes.length, pos = {};
    nodes.forEach(function (nd, i) {
      var a = 2 * Math.PI * i / Math.max(1, n);
      pos[nd.id] = { x: w / 2 + Math.cos(a) * w * 0.35, y: h / 2 + Math.sin(a) * h * 0.35 };
    });
    var k = Math.sqrt(w * h / Math.max(1, n)) * 0.6;
    for (var it = 0; it < 200; it++) {
      var disp = {};
      nodes.forEach(function (a) { disp[a.id] = { x: 0, y: 0 }; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var p = pos[nodes[i].id], q = pos[nodes[j].id];
          var dx = p.x - q.x, dy = p.y - q.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          var f = k * k / d;
          disp[nodes[i].id].x += dx / d * f; disp[nodes[i].id].y += dy / d * f;
          disp[nodes[j].id].x -= dx / d * f; disp[nodes[j].id].y -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var p = pos[e.source], q = pos[e.target];
        if (!p || !q) return;
        var dx = p.x - q.x, dy = p.y - q.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = d * d / k * Math.min(3, 1 + Math.log(e.weight));
        disp[e.source].x -= dx / d * f; disp[e.source].y -= dy / d * f;
        disp[e.target].x += dx / d * f; disp[e.target].y += dy / d * f;
      });
      var temp = (w / 10) * (1 - it / 200) + 1;
      nodes.forEach(function (a) {
        var v = disp[a.id], len = Math.sqrt(v.x * v.x + v.y * v.y) || 1;
        pos[a.id].x = Math.min(w - 40, Math.max(40, pos[a.id].x + v.x / len * Math.min(len, temp)));
        pos[a.id].y = Math.min(h - 25, Math.max(25, pos[a.id].y + v.y / len * Math.min(len, temp)));
      });
    }
    return pos;
  }

  /* Network: {nodes:[{id,label,weight}], edges:[{source,target,weight,by_type}]}. */
  function networkChart(net, opts) {
    opts = opts || {};
    var w = opts.width || 760, h = opts.height || 480;
    var svg = svgRoot(w, h, "network");
    var nodes = (net.nodes || []).slice(0, opts.maxNodes || 80);
    var keep = {};
    nodes.forEach(function (nd) { keep[nd.id] = true; });
    var edges = (net.edges || []).filter(function (e) { return keep[e.source] && keep[e.target]; });
    if (!nodes.length) { svg.appendChild(el("text", { x: w / 2, y: h / 2, "text-anchor": "middle", "class": "empty" }, "no events between two parties")); return svg; }
    var pos = layout(nodes, edges, w, h);
    var maxW = 1, maxN = 1;
    edges.forEach(function (e) { maxW = Math.max(maxW, e.weight); });
    nodes.forEach(function (nd) { maxN = Math.max(maxN, nd.weight); });
    edges.forEach(function (e) {
      var top = null, best = 0;
      for (var t in (e.by_type || {})) { if (e.by_type[t] > best) { best = e.by_type[t]; top = t; } }
      var line = el("line", { x1: pos[e.source].x, y1: pos[e.source].y, x2: pos[e.target].x, y2: pos[e.target].y,
        "stroke-width": 1 + 7 * e.weight / maxW, stroke: color(top), "class": "edge",
        "data-source": e.source, "data-target": e.target });
      titled(line, e.source + " – " + e.target + ": " + e.weight + " events " + JSON.stringify(e.by_type || {}));
      if (opts.onEdge) line.addEventListener("click", function () { opts.onEdge(e); });
      svg.appendChild(line);
    });
    nodes.forEach(function (nd) {
      var g = el("g", { "class": "node", "data-id": nd.id, tabindex: 0 });
      var r = 6 + 14 * Math.sqrt(nd.weight / maxN);
      g.appendChild(titled(el("circle", { cx: pos[nd.id].x, cy: pos[nd.id].y, r: r }), nd.label + ": " + nd.weight + " events"));
      g.appendChild(el("text", { x: pos[nd.id].x, y: pos[nd.id].y - r - 3, "text-anchor": "middle", "class": "label" }, nd.label));
      if (opts.onNode) g.addEventListener("click", function () { opts.onNode(nd); });
      svg.appendChild(g);
    });
    return svg;
  }

  /* Equirectangular map of places [{name,lat,lon,events,by_type}] over a graticule,
     with optional coarse outlines [[ [lon,lat], ... ], ...]. */
  function mapChart(places, opts) {
    opts = opts || {};
    var w = opts.width || 760, h = w / 2;
    var svg = svgRoot(w, h, "map");
    var X = function (lon) { return (lon + 180) / 360 * w; };
    var Y = function (lat) { return (90 - lat) / 180 * h; };
    svg.appendChild(el("rect", { x: 0, y: 0, width: w, height: h, "class": "sea" }));
    (opts.outlines || []).forEach(function (ring) {
      var d = ring.map(function (p, i) { return (i ? "L" : "M") + X(p[0]).toFixed(1) + " " + Y(p[1]).toFixed(1); }).join("") + "Z";
      svg.appendChild(el("path", { d: d, "class": "land" }));
    });
    for (var lon = -180; lon <= 180; lon += 30) svg.appendChild(el("line", { x1: X(lon), y1: 0, x2: X(lon), y2: h, "class": "graticule" }));
    for (var lat = -90; lat <= 90; lat += 30) svg.appendChild(el("line", { x1: 0, y1: Y(lat), x2: w, y2: Y(lat), "class": "graticule" }));
    var max = 1;
    places.forEach(function (p) { max = Math.max(max, p.events); });
    places.forEach(function (p) {
      var top = null, best = 0;
      for (var t in (p.by_type || {})) { if (p.by_type[t] > best) { best = p.by_type[t]; top = t; } }
      var c = el("circle", { cx: X(p.lon), cy: Y(p.lat), r: 2.5 + 6 * Math.sqrt(p.events / max), fill: color(top),
        "class": "place", "data-name": p.name, tabindex: 0 });
      titled(c, p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events");
      if (opts.onClick) c.addEventListener("click", function () { opts.onClick(p); });
      svg.appendChild(c);
    });
    return svg;
  }

  function legend(types) {
    var div = document.createElement("div");
    div.className = "legend";
    types.forEach(function (t) {
      var s = document.createElement("span");
      s.className = "legend-item";
      var sw = document.createElement("i");
      sw.style.background = color(t);
      s.appendChild(sw);
      s.appendChild(document.createTextNode(t));
      div.appendChild(s);
    });
    return div;
  }

  global.DyadCharts = { color: color, stackedBars: stackedBars, eventTimeline: eventTimeline, barList: barList,
    networkChart: networkChart, mapChart: mapChart, legend: legend, TYPE_COLORS: TYPE_COLORS };
})(window);

"""A self-contained HTML report: one file with its CSS, scripts, data and SVG charts inline.

The report opens offline (e-mail attachment, air-gapped laptop): it loads nothing, and
document URLs appear only as text, never as links or sources.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from dyad.api import WEB_DIR, dyad_table, network, places, timeline
from dyad.store import EventFilter, Store

_CSS = """
body{margin:0;font:14px/1.45 system-ui,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;color:#212529;background:#f8f9fa}
main{max-width:1150px;margin:0 auto;padding:1em 1.2em 3em}
h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.2em;margin:1.4em 0 .5em}
.muted,.empty{color:#6c757d;fill:#6c757d}
.card{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:.8em 1em;margin-bottom:1em}
.stats{display:flex;gap:1em;flex-wrap:wrap}.stat{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:.5em 1em;min-width:8em}
.stat b{display:block;font-size:1.6em}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:start;padding:.35em .6em;border-bottom:1px solid #dee2e6;vertical-align:top}
th{background:#f1f3f5}
.type{display:inline-block;padding:0 .45em;border-radius:3px;color:#fff;font-size:.8em;font-weight:600}
.conflict{color:#c92a2a;font-weight:600}
.chart{background:#fff;display:block}.chart .axis{stroke:#adb5bd}.chart .tick{font-size:10px;fill:#495057}
.chart .label{font-size:11px;fill:#212529}.chart .edge{stroke-opacity:.55}
.chart .node circle{fill:#e7f5ff;stroke:#1864ab;stroke-width:1.5}
.legend{display:flex;flex-wrap:wrap;gap:.8em;font-size:.85em;margin:.4em 0}
.legend i{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-inline-end:.3em}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.evidence{font-size:.9em;max-width:32em}
@media (max-width:800px){.grid2{grid-template-columns:1fr}}
@media print{.card{break-inside:avoid}}
"""

_SCRIPT = """
(function(){
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var C = window.DyadCharts;
  function put(id, node){ var el = document.getElementById(id); if (el) el.appendChild(node); }
  put("timeline-chart", C.stackedBars(D.timeline));
  put("timeline-chart", C.legend(D.types));
  put("types-chart", C.barList(D.event_types, {colorByKey: true, labelWidth: 100}));
  var pairs = {};
  D.dyads.forEach(function(d){ pairs[d.a + " – " + d.b] = d.total; });
  put("dyads-chart", C.barList(pairs, {labelWidth: 110}));
  put("network-chart", C.networkChart(D.network, {maxNodes: 60}));
  document.body.setAttribute("data-ready", "1");
})();
"""


def _rows(records: Iterable[dict[str, Any]]) -> list[SimpleNamespace]:
    """The flat fields the aggregate functions read, from event records."""
    out = []
    for r in records:
        a = r.get("actor") or {}
        b = r.get("recipient") or {}
        out.append(SimpleNamespace(
            event_id=r["event_id"], event_type=r["event_type"], date=r.get("date"),
            actor_id=a.get("actor_id"), actor_country=a.get("country"),
            recipient_id=b.get("actor_id"), recipient_country=b.get("country"),
            topics="|" + "|".join(r.get("topics") or []) + "|", language=r.get("language"),
        ))
    return out


def _script_json(data: Any) -> str:
    # "</" would end the <script> element early; "<\\/" is the same JSON string
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _type_badge(event_type: str | None) -> str:
    colors = {
        "AGREE": "#2b8a3e", "CONSULT": "#1c7ed6", "SUPPORT": "#37b24d", "CONCEDE": "#66a80f",
        "COOPERATE": "#0ca678", "AID": "#15aabf", "RETREAT": "#82c91e", "REQUEST": "#7048e8",
        "ACCUSE": "#f08c00", "REJECT": "#e8590c", "THREATEN": "#d9480f", "PROTEST": "#c2255c",
        "SANCTION": "#ae3ec9", "MOBILIZE": "#9c36b5", "COERCE": "#c92a2a", "ASSAULT": "#862e2e",
    }
    return f'<span class="type" style="background:{colors.get(event_type or "", "#868e96")}">{_esc(event_type)}</span>'


def _describe(f: EventFilter) -> str:
    parts = [f"{k.replace('_', ' ')} = {v if not isinstance(v, tuple) else '–'.join(v)}"
             for k, v in vars(f).items() if v]
    return "; ".join(parts) or "all events"


def write_report(
    store: Store,
    out_path: str | Path,
    filters: EventFilter | None = None,
    *,
    title: str = "dyad event report",
    max_stories: int = 300,
    max_dyads: int = 25,
) -> Path:
    """Write one offline HTML file with the timeline, top dyads, network and stories of the
    events matching ``filters``; returns its path."""
    f = filters or EventFilter()
    records = list(store.events(f))
    rows = _rows(records)
    by_id = {r["event_id"]: r for r in records}
    story_ids: list[str] = []
    for r in records:
        if r["story_id"] not in story_ids:
            story_ids.append(r["story_id"])
    stories = [s for s in (store.story(sid) for sid in story_ids) if s]
    stories.sort(key=lambda s: (-len(s.get("event_ids") or []), s.get("date") or "", s["story_id"]))
    types = Counter(r.event_type for r in rows)
    data = {
        "timeline": timeline(rows),
        "types": sorted(types),
        "event_types": dict(types.most_common()),
        "dyads": dyad_table(rows)[:max_dyads],
        "network": network(rows),
        "places": places(records)[:200],
    }
    languages = Counter(r.get("language") or "und" for r in records)
    n_docs = len({r["doc_id"] for r in records})

    story_html = []
    for s in stories[:max_stories]:
        first = next((by_id[e] for e in s.get("event_ids") or [] if e in by_id), None)
        ev = (first or {}).get("evidence") or {}
        lang = (first or {}).get("language") or ""
        conflicts = ", ".join(str(c.get("field", "?")) for c in s.get("conflicts") or [] if isinstance(c, dict))
        story_html.append(
            "<tr>"
            f"<td>{_esc(s['story_id'])}</td><td>{_type_badge(s.get('event_type'))}</td>"
            f"<td>{_esc(' – '.join(s.get('countries') or []))}</td><td>{_esc(s.get('date') or '—')}</td>"
            f"<td>{len(s.get('event_ids') or [])} / {_esc(s.get('n_documents'))}</td>"
            f"<td>{_esc(', '.join(s.get('languages') or []))}</td>"
            f'<td class="conflict">{_esc(conflicts)}</td>'
            f'<td class="evidence" dir="{"rtl" if lang == "ar" else "auto"}" lang="{_esc(lang)}">{_esc(ev.get("text"))}</td>'
            "</tr>"
        )
    dyad_html = "".join(
        f"<tr><td>{_esc(d['a'])} – {_esc(d['b'])}</td><td>{d['total']}</td>"
        f"<td>{' '.join(_type_badge(t) + ' ' + str(n) for t, n in d['by_type'].items())}</td></tr>"
        for d in data["dyads"]
    )
    charts_js = (WEB_DIR / "charts.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<h1>{_esc(title)}</h1>
<p class="muted">Filters: {_esc(_describe(f))}. Generated {generated}.</p>
<div class="stats">
<div class="stat"><b>{len(records)}</b>events</div>
<div class="stat"><b>{len(stories)}</b>stories</div>
<div class="stat"><b>{n_docs}</b>documents</div>
<div class="stat"><b>{_esc(", ".join(f"{k} {v}" for k, v in sorted(languages.items())) or "—")}</b>languages</div>
</div>
<h2>Events by month</h2>
<div class="card" id="timeline-chart"></div>
<div class="grid2">
<div><h2>Top dyads</h2><div class="card" id="dyads-chart"></div></div>
<div><h2>Events by type</h2><div class="card" id="types-chart"></div></div>
</div>
<h2>Network of countries</h2>
<div class="card" id="network-chart"></div>
<h2>Dyads</h2>
<table id="dyads"><thead><tr><th>pair</th><th>events</th><th>by type</th></tr></thead><tbody>{dyad_html}</tbody></table>
<h2>Stories</h2>
<table id="stories"><thead><tr><th>story</th><th>type</th><th>countries</th><th>date</th><th>reports / documents</th>
<th>languages</th><th>conflicts</th><th>evidence</th></tr></thead><tbody>{"".join(story_html)}</tbody></table>
</main>
<script type="application/json" id="report-data">{_script_json(data)}</script>
<script>{charts_js}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out

"""The HTTP API over a store filled from the bundled demo corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyad.api import create_app
from dyad.demo import run_demo
from dyad.store import EventFilter, Store

TOKEN = "s3cret-test-token"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo store, built once per session (shared by the API, report and browser tests)."""
    path = tmp_path_factory.getbasetemp() / "dyad-demo.db"
    if not path.exists():
        run_demo(str(path))
    return str(path)


@pytest.fixture(scope="module")
def store(demo_db: str) -> Store:
    return Store(demo_db)


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store=store, rate_limit=100_000))


def test_summary_and_openapi(client: TestClient, store: Store) -> None:
    s = client.get("/api/summary").json()
    assert s["documents"] == len(store.doc_ids()) and s["events"] == store.count_events()
    assert {"ar", "en", "fr"} <= set(s["languages"])
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/events", "/api/stories/{story_id}", "/api/dyads", "/api/network", "/api/places"):
        assert path in spec["paths"]


def test_documents_list_filter_and_detail(client: TestClient, store: Store) -> None:
    page = client.get("/api/documents", params={"language": "ar", "limit": 500}).json()
    assert page["total"] == len(page["items"]) > 0
    assert all(d["language"] == "ar" for d in page["items"])
    assert "text" not in page["items"][0]
    doc_id = page["items"][0]["doc_id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["text"] and doc["raw_text"]
    assert [e["event_id"] for e in doc["events"]] == [e["event_id"] for e in store.events(EventFilter(doc_id=doc_id))]
    for e in doc["events"]:
        ev = e["evidence"]
        assert doc["text"][ev["start"] : ev["end"]] == ev["text"]


def test_document_full_text_search(client: TestClient) -> None:
    hits = client.get("/api/documents", params={"q": "Public Security Directorate", "limit": 500}).json()
    assert hits["total"] >= 1
    assert all(d["language"] == "en" for d in hits["items"])
    ar = client.get("/api/documents", params={"q": "الأمن العام"}).json()
    assert ar["total"] >= 1 and all(d["language"] == "ar" for d in ar["items"])
    # FTS operators in user input are searched as words, not parsed
    assert client.get("/api/documents", params={"q": 'NEAR("x" AND) *'}).status_code == 200
    assert client.get("/api/documents", params={"q": "zzqqxxnotaword"}).json()["total"] == 0


def test_events_filters(client: TestClient, store: Store) -> None:
    allp = client.get("/api/events", params={"limit": 500}).json()
    assert allp["total"] == store.count_events()
    pair = client.get("/api/events", params={"dyad": "QAT,JOR", "limit": 500}).json()
    assert pair["total"] > 0
    for e in pair["items"]:
        assert {e["actor"]["country"], (e["recipient"] or {}).get("country")} == {"QAT", "JOR"}
    assert client.get("/api/events", params={"dyad": "jor,qat"}).json()["total"] == pair["total"]
    t = pair["items"][0]["event_type"]
    typed = client.get("/api/events", params={"type": t.lower(), "limit": 500}).json()
    assert typed["total"] > 0 and all(e["event_type"] == t for e in typed["items"])
    qat = client.get("/api/events", params={"country": "QAT", "limit": 500}).json()
    assert all("QAT" in (e["actor"]["country"], (e["recipient"] or {}).get("country")) for e in qat["items"])
    fr = client.get("/api/events", params={"language": "fr", "limit": 500}).json()
    assert fr["total"] > 0 and all(e["language"] == "fr" for e in fr["items"])
    dated = [e for e in allp["items"] if e["date"] and len(e["date"]) == 10]
    since = min(e["date"] for e in dated)
    window = client.get("/api/events", params={"since": since, "until": since[:7], "limit": 500}).json()
    assert window["total"] >= 1 and all(since <= e["date"] <= since[:7] + "~" for e in window["items"])
    actor_id = pair["items"][0]["actor"]["actor_id"]
    by_actor = client.get("/api/events", params={"actor": actor_id, "limit": 500}).json()
    assert by_actor["total"] >= 1
    rec = pair["items"][0]
    a, b = rec["actor"]["actor_id"], rec["recipient"]["actor_id"]
    actor_pair = client.get("/api/events", params={"dyad": f"{b},{a}", "limit": 500}).json()
    assert rec["event_id"] in {e["event_id"] for e in actor_pair["items"]}
    topic = rec["topics"][0] if rec["topics"] else None
    if topic:
        tp = client.get("/api/events", params={"topic": topic, "limit": 500}).json()
        assert all(topic in e["topics"] for e in tp["items"])


def test_event_detail_has_document_text(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    e = client.get(f"/api/events/{first['event_id']}").json()
    assert e["event_id"] == first["event_id"]
    ev = e["evidence"]
    assert e["document"]["text"][ev["start"] : ev["end"]] == ev["text"]


def test_pagination_is_stable_and_complete(client: TestClient) -> None:
    for path in ("/api/events", "/api/documents", "/api/stories", "/api/actors", "/api/dyads"):
        whole = client.get(path, params={"limit": 500}).json()
        seen = []
        offset = 0
        while True:
            page = client.get(path, params={"limit": 7, "offset": offset}).json()
            assert page["limit"] == 7 and page["offset"] == offset and page["total"] == whole["total"]
            seen += page["items"]
            if not page["items"]:
                break
            offset += 7
        assert seen == whole["items"], path
        assert client.get(path, params={"limit": 7, "offset": 7}).json() == client.get(path, params={"limit": 7, "offset": 7}).json()


def test_stories_and_story_detail(client: TestClient) -> None:
    page = client.get("/api/stories", params={"limit": 500}).json()
    assert page["total"] > 0
    story = max(page["items"], key=lambda s: len(s["event_ids"]))
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert [r["event_id"] for r in detail["reports"]] == story["event_ids"]
    for r in detail["reports"]:
        assert r["evidence"]["text"] and r["document"]["doc_id"] == r["doc_id"]
    t = story["event_type"]
    typed = client.get("/api/stories", params={"type": t, "limit": 500}).json()
    assert typed["total"] >= 1 and all(s["event_type"] == t for s in typed["items"])


def test_actors_and_actor_detail(client: TestClient) -> None:
    page = client.get("/api/actors", params={"limit": 500}).json()
    assert page["total"] == len(page["items"]) > 0
    a = next(x for x in page["items"] if x["country"] == "JOR")
    detail = client.get(f"/api/actors/{a['actor_id']}").json()
    assert detail["names"] and detail["actor_id"] == a["actor_id"]
    assert detail["n_events"] == len(detail["events"]) or detail["n_events"] > 500
    only = client.get("/api/actors", params={"country": "JOR", "limit": 500}).json()
    assert all(x["country"] == "JOR" for x in only["items"])


def test_dyads_network_places(client: TestClient, store: Store) -> None:
    dy = client.get("/api/dyads", params={"limit": 500}).json()
    top = dy["items"][0]
    assert top["total"] == sum(top["by_type"].values()) == sum(top["by_month"].values())
    assert top["total"] == store.count_events(EventFilter(dyad=(top["a"], top["b"])))
    assert [d["total"] for d in dy["items"]] == sorted((d["total"] for d in dy["items"]), reverse=True)
    actors = client.get("/api/dyads", params={"level": "actor", "limit": 5}).json()
    assert actors["items"] and ":" in actors["items"][0]["a"] and "a_name" in actors["items"][0]
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert sum(e["weight"] for e in net["edges"]) == sum(d["total"] for d in dy["items"])
    t = top["by_type"] and next(iter(top["by_type"]))
    net_t = client.get("/api/network", params={"type": t}).json()
    assert all(set(e["by_type"]) == {t} for e in net_t["edges"])
    places = client.get("/api/places").json()
    assert places["total"] > 0
    for p in places["items"]:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["events"] >= 1
    tl = client.get("/api/timeline", params={"dyad": f"{top['a']},{top['b']}"}).json()
    assert tl["total"] == top["total"]


@pytest.mark.parametrize(
    "path, params, name",
    [
        ("/api/events", {"limit": 501}, "limit"),
        ("/api/events", {"limit": 0}, "limit"),
        ("/api/events", {"offset": -1}, "offset"),
        ("/api/events", {"limit": "many"}, "limit"),
        ("/api/events", {"type": "HUG"}, "type"),
        ("/api/events", {"since": "last week"}, "since"),
        ("/api/events", {"until": "2024/01/01"}, "until"),
        ("/api/events", {"since": "2024-13"}, "since"),
        ("/api/stories", {"until": "2024-02-30"}, "until"),
        ("/api/events", {"dyad": "QAT"}, "dyad"),
        ("/api/events", {"country": "Qatar"}, "country"),
        ("/api/dyads", {"level": "planet"}, "level"),
        ("/api/stories", {"type": "x"}, "type"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(client: TestClient, path: str, params: dict[str, object], name: str) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422
    body = r.json()
    assert name in body["error"] and body["params"][0]["name"] == name


@pytest.mark.parametrize("path", ["/api/documents/nope", "/api/events/nope:1", "/api/stories/st-nope", "/api/actors/org:NOPE", "/api/nothing"])
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "error" in r.json()


def test_dashboard_is_served(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "<main" in r.text and "/static/app.js" in r.text
    for f in ("app.js", "charts.js", "app.css"):
        assert client.get(f"/static/{f}").status_code == 200


ARTICLE = {
    "text": (
        "AMMAN — Jordan's interior minister met his Qatari counterpart in Amman on Monday and the two "
        "ministers signed a memorandum of understanding on police training and border security."
    ),
    "title": "Jordan and Qatar sign police training memorandum (API test)",
    "url": "https://example.org/api-test/jordan-qatar",
    "published": "2024-05-06",
    "source": "API test wire",
    "lang": "en",
}


def test_post_needs_configured_token(store: Store) -> None:
    app = TestClient(create_app(store=store, rate_limit=1000))
    r = app.post("/api/documents", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403


def test_post_with_token(demo_db: str, tmp_path: Path) -> None:
    store = Store(str(tmp_path / "post.db"))
    c = TestClient(create_app(store=store, token=TOKEN, rate_limit=1000))
    assert c.post("/api/documents", json=ARTICLE).status_code == 401
    assert c.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = c.post("/api/documents", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    (doc_id,) = r.json()["doc_ids"]
    doc = c.get(f"/api/documents/{doc_id}").json()
    assert doc["title"] == ARTICLE["title"] and doc["source"] == "API test wire"
    assert doc_id in {d["doc_id"] for d in c.get("/api/documents").json()["items"]}
    again = c.post("/api/documents", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    bad = c.post("/api/documents", json={"title": "no text"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and bad.json()["params"][0]["name"] == "text"


def test_body_size_limit(store: Store) -> None:
    c = TestClient(create_app(store=store, token=TOKEN, rate_limit=1000, max_body=1000))
    big = json.dumps({**ARTICLE, "text": "x " * 5000})
    r = c.post("/api/documents", content=big, headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == 413 and "error" in r.json()

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for i in range(0, len(big), 200):
            yield big[i : i + 200].encode()

    r = c.post("/api/documents", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == 413


def test_rate_limit(store: Store) -> None:
    c = TestClient(create_app(store=store, rate_limit=3))
    codes = [c.get("/api/summary").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    r = c.get("/api/events")
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1 and "rate limit" in r.json()["error"]
    assert c.get("/").status_code == 200  # the dashboard itself is not limited


def test_document_explain_lists_each_trigger_decision(client: TestClient, store: Store) -> None:
    doc_id = next(e["doc_id"] for e in store.events())
    before = store.count_events()
    rows = client.get(f"/api/documents/{doc_id}/explain").json()
    stored = list(store.events(EventFilter(doc_id=doc_id)))
    recorded = {r["start"] for r in rows if r["outcome"] == "record"}
    # every stored record comes from a trigger the trace says gave a record
    assert {e["trigger"]["start"] for e in stored} <= recorded | {r["start"] for r in rows if r["outcome"] == "merged"}
    assert all(set(r) >= {"trigger", "event_type", "outcome", "reason", "evidence"} for r in rows)
    dropped = client.get(f"/api/documents/{doc_id}/explain", params={"dropped": True}).json()
    assert dropped == [r for r in rows if r["outcome"] != "record"]
    assert store.count_events() == before  # re-analysed, not stored again
    assert client.get("/api/documents/no-such-doc/explain").status_code == 404

"""`dyad ingest` end to end: every input format, overrides, idempotence, bad inputs, workers.

The articles below are written for these tests (fictional events); the seed articles are
read from ``../shared/corpus/seeds`` and never copied here.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from conftest import INGEST_FIXTURES, CliStore, run_cli

from dyad.ingest import ingest, ingest_items
from dyad.ingest.items import IngestError, RawItem
from dyad.ingest.readers import MAX_TEXT_BYTES, read_input
from dyad.store import Store

EN_1 = (
    "Rwanda and Uganda agreed on Tuesday to open a joint police post at the Gatuna border crossing, "
    "the Rwandan interior ministry said.\n\n"
    "The two delegations met in Kigali and discussed smuggling across the frontier."
)
EN_2 = (
    "Kenya's interior minister visited Addis Ababa on Monday for talks with Ethiopian police commanders "
    "on cattle raids along the border.\n\n"
    "Both sides promised to share information on armed groups operating in the area."
)
EN_3 = (
    "Ghana and Togo signed a memorandum on cross-border policing in Accra on Friday, officials said.\n\n"
    "The agreement covers joint training and the exchange of criminal records."
)
FR_1 = (
    "Le ministre sénégalais de l'Intérieur a reçu jeudi à Dakar une délégation de la police malienne "
    "pour discuter de la sécurité des frontières.\n\n"
    "Les deux parties ont convenu de renforcer l'échange d'informations sur les réseaux de trafic."
)
AR_1 = (
    "استقبل وزير الداخلية الأردني في عمّان يوم الأحد وفداً أمنياً من سلطنة عُمان لبحث التعاون في مجال "
    "مكافحة المخدرات.\n\n"
    "واتفق الجانبان على تبادل الخبرات وتنظيم دورات تدريبية مشتركة."
)


# ----------------------------------------------------------------------------- helpers


def ingest_cli(db: Path, *inputs: str | Path, extra: tuple[str, ...] = (), input: str | bytes | None = None) -> Result:
    return run_cli(["ingest", *map(str, inputs), "--db", str(db), "--no-progress", *extra], input=input)


def stored(db: Path) -> dict[str, dict[str, Any]]:
    return {d["doc_id"]: d for d in Store(str(db)).documents()}


def failure_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("failed ")]


def summary(result: Result) -> str:
    """The closing summary line, re-joined in case the console wrapped it."""
    return " ".join(result.stderr.split())


def assert_one_line_failure(result: Result, name: str, *reason_words: str) -> None:
    """Exactly one line names ``name``, on its own, with a reason containing the words."""
    lines = [line for line in failure_lines(result) if name in line]
    assert len(lines) == 1, result.stderr
    low = lines[0].lower()
    for word in reason_words:
        assert word.lower() in low, lines[0]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- formats


def test_txt_date_line_shares_its_line_with_the_first_sentence(tmp_path: Path) -> None:
    write(tmp_path / "in" / "gatuna.txt", "date 2024-07-31 " + EN_1)
    write(tmp_path / "in" / "separate.txt", "date 2024-06-02\n" + EN_2)
    result = ingest_cli(tmp_path / "d.db", tmp_path / "in")
    assert result.exit_code == 0, result.stderr
    docs = stored(tmp_path / "d.db")
    assert set(docs) == {"gatuna", "separate"}
    assert docs["gatuna"]["publication_date"] == "2024-07-31"
    assert docs["separate"]["publication_date"] == "2024-06-02"
    assert docs["gatuna"]["language"] == "en"
    text = Store(str(tmp_path / "d.db")).document("gatuna")["text"]  # type: ignore[index]
    assert text.startswith("Rwanda and Uganda agreed"), "the date must come off, the sentence stays"
    assert "2024-07-31" not in text


def test_yaml_front_matter(tmp_path: Path) -> None:
    front = (
        "---\n"
        "title: Dakar et Bamako renforcent leur coopération policière\n"
        "published: 2024-03-14\n"
        "source: Le Courrier du Sahel\n"
        "url: https://courrier-sahel.example/2024/03/14/dakar-bamako\n"
        "lang: fr\n"
        "---\n"
    )
    write(tmp_path / "dakar.txt", front + FR_1)
    assert ingest_cli(tmp_path / "d.db", tmp_path / "dakar.txt").exit_code == 0
    doc = stored(tmp_path / "d.db")["dakar"]
    assert doc["title"] == "Dakar et Bamako renforcent leur coopération policière"
    assert doc["publication_date"] == "2024-03-14"
    assert doc["source"] == "Le Courrier du Sahel"
    assert doc["url"] == "https://courrier-sahel.example/2024/03/14/dakar-bamako"
    assert doc["language"] == "fr"
    text = Store(str(tmp_path / "d.db")).document("dakar")["text"]  # type: ignore[index]
    assert "---" not in text and "published" not in text
    assert text.startswith("Le ministre sénégalais")


def test_markdown_file(tmp_path: Path) -> None:
    body = "---\ntitle: Accra talks\npublished: 2024-01-19\n---\n" + EN_3
    write(tmp_path / "accra.md", body)
    assert ingest_cli(tmp_path / "d.db", tmp_path / "accra.md").exit_code == 0
    doc = stored(tmp_path / "d.db")["accra"]
    assert (doc["title"], doc["publication_date"], doc["language"]) == ("Accra talks", "2024-01-19", "en")
    assert doc["n_sentences"] >= 2


def test_jsonl_fields_and_per_line_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "wire-1", "title": "Border post", "url": "https://wire.example/1", "published": "2024-02-20",
                    "source": "East Africa Wire", "lang": "en", "text": EN_1}),
        json.dumps({"id": "wire-2", "title": "No body here", "lang": "en"}),
        '{"id": "wire-3", "text": "cut off',
        json.dumps({"title": "Sans identifiant", "text": FR_1, "lang": "fr"}),
        "",
        json.dumps({"id": "wire-5", "text": AR_1, "published": "2024-04-07"}),
    ]
    write(tmp_path / "dump.jsonl", "\n".join(lines) + "\n")
    result = ingest_cli(tmp_path / "d.db", tmp_path / "dump.jsonl")
    assert result.exit_code == 0, result.stderr
    docs = stored(tmp_path / "d.db")
    assert set(docs) == {"wire-1", "dump-4", "wire-5"}
    one = docs["wire-1"]
    assert (one["title"], one["url"], one["publication_date"], one["source"], one["language"]) == (
        "Border post", "https://wire.example/1", "2024-02-20", "East Africa Wire", "en"
    )
    assert docs["dump-4"]["language"] == "fr"
    assert docs["wire-5"]["language"] == "ar"
    assert_one_line_failure(result, "dump.jsonl:2", "text")
    assert_one_line_failure(result, "dump.jsonl:3", "invalid JSON")
    assert len(failure_lines(result)) == 2


def test_directory_is_recursive_and_skips_hidden_files_and_readmes(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    write(root / "a.txt", EN_1)
    write(root / "sub" / "b.md", EN_2)
    write(root / "sub" / "deeper" / "c.txt", FR_1)
    write(root / ".hidden.txt", EN_3)
    write(root / ".cache" / "d.txt", AR_1)
    write(root / "README.md", "These articles were collected for a test.\n")
    write(root / "sub" / "readme.txt", "Notes about this folder, not an article.\n")
    result = ingest_cli(tmp_path / "d.db", root)
    assert result.exit_code == 0, result.stderr
    assert set(stored(tmp_path / "d.db")) == {"a", "b", "c"}
    assert failure_lines(result) == []


def test_stdin_plain_text(tmp_path: Path) -> None:
    result = ingest_cli(tmp_path / "d.db", "-", input="date 2024-05-05\n" + EN_2)
    assert result.exit_code == 0, result.stderr
    docs = list(stored(tmp_path / "d.db").values())
    assert len(docs) == 1
    assert docs[0]["publication_date"] == "2024-05-05"
    assert docs[0]["language"] == "en"
    text = Store(str(tmp_path / "d.db")).document(docs[0]["doc_id"])["text"]  # type: ignore[index]
    assert text.startswith("Kenya's interior minister")


def test_stdin_jsonl(tmp_path: Path) -> None:
    data = "\n".join(
        json.dumps(o, ensure_ascii=False)
        for o in ({"id": "s1", "text": EN_3, "published": "2024-01-19"}, {"id": "s2", "text": AR_1})
    )
    result = ingest_cli(tmp_path / "d.db", "-", input=data + "\n")
    assert result.exit_code == 0, result.stderr
    docs = stored(tmp_path / "d.db")
    assert set(docs) == {"s1", "s2"}
    assert docs["s1"]["publication_date"] == "2024-01-19"
    assert docs["s2"]["language"] == "ar"


def test_html_file(tmp_path: Path) -> None:
    result = ingest_cli(tmp_path / "d.db", INGEST_FIXTURES / "article.html")
    assert result.exit_code == 0, result.stderr
    docs = list(stored(tmp_path / "d.db").values())
    assert len(docs) == 1
    doc = docs[0]
    assert doc["title"] == "Oman and Kenya sign a coastguard training agreement"
    assert doc["url"] == "https://harbour-post.example/2024/05/14/oman-kenya-coastguard"
    assert doc["source"] == "Harbour Post"
    assert doc["publication_date"] == "2024-05-14"
    assert doc["language"] == "en"
    text = Store(str(tmp_path / "d.db")).document(doc["doc_id"])["text"]  # type: ignore[index]
    assert text.startswith("MUSCAT, May 14")
    assert "Privacy" not in text and "Sport" not in text


def test_rss_file(tmp_path: Path) -> None:
    result = ingest_cli(tmp_path / "d.db", INGEST_FIXTURES / "feed.rss", extra=("--no-follow",))
    assert result.exit_code == 0, result.stderr
    docs = stored(tmp_path / "d.db")
    assert set(docs) == {"lakeside-2024-0603-border", "lakeside-2024-0604-floods"}
    border = docs["lakeside-2024-0603-border"]
    assert border["title"] == "Uganda and Rwanda hold border security talks"
    assert border["url"] == "https://lakeside-wire.example/2024/06/03/uganda-rwanda-border"
    assert border["source"] == "Lakeside Wire"
    assert border["publication_date"] == "2024-06-03"
    assert border["language"] == "en"
    assert docs["lakeside-2024-0604-floods"]["publication_date"] == "2024-06-04"


def test_overrides_win_over_metadata(tmp_path: Path) -> None:
    write(tmp_path / "x.txt", "---\npublished: 2024-03-14\nsource: Metadata Source\nlang: en\n---\n" + FR_1)
    write(tmp_path / "y.txt", EN_3)
    extra = ("--published", "2023-11-30", "--source", "Override Wire", "--lang", "fr")
    assert ingest_cli(tmp_path / "d.db", tmp_path / "x.txt", tmp_path / "y.txt", extra=extra).exit_code == 0
    docs = stored(tmp_path / "d.db")
    for doc in docs.values():
        assert (doc["publication_date"], doc["source"], doc["language"]) == ("2023-11-30", "Override Wire", "fr")


# ----------------------------------------------------------------------------- idempotence


def test_second_run_stores_nothing(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", EN_1)
    write(tmp_path / "in" / "b.txt", FR_1)
    db = tmp_path / "d.db"
    first = ingest_cli(db, tmp_path / "in")
    before = stored(db)
    n_events = Store(str(db)).count_events()
    second = ingest_cli(db, tmp_path / "in")
    assert second.exit_code == 0, second.stderr
    assert "stored 0 documents" in summary(second)
    assert "2 duplicates skipped" in summary(second)
    assert "stored 2 documents" in summary(first)
    assert stored(db) == before  # ingested_at included: nothing was rewritten
    assert Store(str(db)).count_events() == n_events


def test_whitespace_variants_are_duplicates(tmp_path: Path) -> None:
    variant = EN_3.replace(" on ", "  on\t").replace("\n\n", "\r\n\r\n\r\n") + "   \n\n"
    write(tmp_path / "a" / "first.txt", EN_3)
    write(tmp_path / "a" / "second.txt", variant)
    db = tmp_path / "d.db"
    result = ingest_cli(db, tmp_path / "a")
    assert set(stored(db)) == {"first"}
    assert "1 duplicates skipped" in summary(result)
    # and across runs
    write(tmp_path / "b" / "third.txt", "\n" + EN_3.replace(". ", ".  "))
    again = ingest_cli(db, tmp_path / "b")
    assert set(stored(db)) == {"first"}
    assert "1 duplicates skipped" in summary(again)


def test_same_name_different_text_in_two_folders_stores_both(tmp_path: Path) -> None:
    write(tmp_path / "one" / "index.txt", EN_1)
    write(tmp_path / "two" / "index.txt", EN_2)
    db = tmp_path / "d.db"
    assert ingest_cli(db, tmp_path / "one", tmp_path / "two").exit_code == 0
    ids = sorted(stored(db))
    assert len(ids) == 2
    assert ids[0] == "index" and ids[1].startswith("index-")
    texts = {Store(str(db)).document(i)["text"].split()[0] for i in ids}  # type: ignore[index]
    assert texts == {"Rwanda", "Kenya's"}
    # events of the renamed document point at the new id
    for record in Store(str(db)).events():
        assert record["doc_id"] in ids
        assert record["event_id"].startswith(record["doc_id"] + ":")


# ----------------------------------------------------------------------------- seeds


SEED_LANGS = {"000": "en", "001": "en", "002": "fr", "003": "ar", "004": "en"}


def test_seeds_stored_with_languages_and_dates(seeds_db: CliStore) -> None:
    assert seeds_db.result.exit_code == 0, seeds_db.result.stderr
    docs = {d["doc_id"][:3]: d for d in seeds_db.store().documents()}
    assert {k: d["language"] for k, d in docs.items()} == SEED_LANGS
    assert docs["000"]["publication_date"] == "2024-07-31"
    assert all(docs[k]["publication_date"] is None for k in ("001", "002", "003", "004"))
    assert "stored 5 documents" in summary(seeds_db.result)
    assert failure_lines(seeds_db.result) == []


def test_seeds_second_run_stores_nothing_new(seeds_db: CliStore) -> None:
    from conftest import SEEDS

    before = {d["doc_id"]: d["ingested_at"] for d in seeds_db.store().documents()}
    again = run_cli(["ingest", str(SEEDS), "--db", seeds_db.db, "--no-progress"])
    assert again.exit_code == 0
    assert "stored 0 documents" in summary(again)
    assert "5 duplicates skipped" in summary(again)
    assert {d["doc_id"]: d["ingested_at"] for d in seeds_db.store().documents()} == before


# ----------------------------------------------------------------------------- bad inputs


def make_huge(path: Path, size: int = 60_000_000) -> Path:
    """A sparse file: a real first line, then a hole up to ``size`` bytes (instant to create)."""
    with path.open("wb") as fh:
        fh.write(b"A text file that someone made far too large.\n")
        fh.truncate(size)
    return path


def test_bad_inputs_are_reported_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "batch"
    write(bad / "good.txt", EN_1)
    (bad / "empty.txt").write_bytes(b"  \n\n")
    (bad / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (bad / "latin1.txt").write_bytes("Le préfet a reçu la délégation à Dakar.".encode("latin-1"))
    make_huge(bad / "huge.txt")
    (bad / "broken.rss").write_bytes((INGEST_FIXTURES / "malformed.rss").read_bytes())
    (bad / "sections.html").write_bytes((INGEST_FIXTURES / "nav_only.html").read_bytes())
    write(bad / "later.txt", EN_2)
    started = time.monotonic()
    result = ingest_cli(tmp_path / "d.db", bad, tmp_path / "missing.txt")
    assert time.monotonic() - started < 15
    assert result.exit_code == 0, "a batch with stored documents succeeds"
    assert set(stored(tmp_path / "d.db")) == {"good", "later"}
    assert_one_line_failure(result, "empty.txt", "empty")
    assert_one_line_failure(result, "picture.txt", "binary")
    assert_one_line_failure(result, "latin1.txt", "UTF-8")
    assert_one_line_failure(result, "huge.txt", "too large", "60 MB")
    assert_one_line_failure(result, "broken.rss", "malformed feed")
    assert_one_line_failure(result, "sections.html", "no article")
    assert_one_line_failure(result, "missing.txt", "no such file")
    assert len(failure_lines(result)) == 7
    assert "7 failed" in summary(result)


def test_failure_line_names_a_file_with_brackets(tmp_path: Path) -> None:
    (tmp_path / "notes[draft].txt").write_bytes(b"")
    result = ingest_cli(tmp_path / "d.db", tmp_path / "notes[draft].txt")
    assert_one_line_failure(result, "notes[draft].txt", "empty")


@pytest.mark.network
def test_failure_line_for_a_url_with_a_closing_tag(tmp_path: Path, refused_url: str) -> None:
    url = refused_url + "?q=[/b]"
    result = ingest_cli(tmp_path / "d.db", url)
    assert result.exit_code == 1
    assert_one_line_failure(result, url, "cannot connect")


def test_only_failures_exit_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = ingest_cli(tmp_path / "d.db", tmp_path / "empty.txt")
    assert result.exit_code == 1
    assert_one_line_failure(result, "empty.txt", "empty")


def test_huge_file_rejected_by_size_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = make_huge(tmp_path / "dump.txt")
    assert huge.stat().st_size > MAX_TEXT_BYTES
    read_sizes: list[int] = []
    real_open = Path.open

    def spy_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if self == huge:
            real_read = handle.read

            def read(n: int = -1) -> Any:
                data = real_read(n)
                read_sizes.append(len(data))
                return data

            handle.read = read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", spy_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read_bytes({self}) reads it all"))
    results = list(read_input(str(huge)))
    assert len(results) == 1 and isinstance(results[0], IngestError)
    assert "too large" in results[0].reason
    assert sum(read_sizes) <= 1 << 16, "only a head may be sniffed"


def test_invalid_utf8_names_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(b"The minister said \x93we agree\x94 on Monday.")
    (err,) = list(read_input(str(path)))
    assert isinstance(err, IngestError)
    assert str(err).startswith(str(path) + ":")
    assert "0x93" in err.reason and "\n" not in str(err)


@pytest.fixture
def refused_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now: connecting is refused
    return f"http://127.0.0.1:{port}/news/article-1"


class _StallHandler(BaseHTTPRequestHandler):
    release = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.release.wait(10)  # answers only when the test is over
        try:
            body = b"<html><body><p>too late</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass


@pytest.fixture
def stalling_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _StallHandler)
    httpd.daemon_threads = True
    _StallHandler.release.clear()
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/slow-article"
    finally:
        _StallHandler.release.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.network
def test_refused_url_is_one_line_and_batch_goes_on(tmp_path: Path, refused_url: str) -> None:
    write(tmp_path / "good.txt", EN_3)
    result = ingest_cli(tmp_path / "d.db", refused_url, tmp_path / "good.txt")
    assert result.exit_code == 0
    assert set(stored(tmp_path / "d.db")) == {"good"}
    assert_one_line_failure(result, refused_url, "cannot connect")


@pytest.mark.network
def test_stalling_url_times_out_and_batch_goes_on(
    tmp_path: Path, stalling_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the CLI has no timeout option; shorten the library default the CLI path uses
    from dyad.ingest import web

    assert web.iter_url.__kwdefaults__ is not None
    monkeypatch.setitem(web.iter_url.__kwdefaults__, "timeout", 0.5)
    write(tmp_path / "good.txt", EN_3)
    started = time.monotonic()
    result = ingest_cli(tmp_path / "d.db", stalling_url, tmp_path / "good.txt")
    assert time.monotonic() - started < 8
    assert set(stored(tmp_path / "d.db")) == {"good"}
    assert_one_line_failure(result, stalling_url, "timed out")


@pytest.mark.network
def test_fetch_timeout_through_the_library(stalling_url: str) -> None:
    from dyad.ingest import web

    started = time.monotonic()
    with pytest.raises(IngestError) as info:
        web.fetch(stalling_url, timeout=0.3)
    assert time.monotonic() - started < 3
    assert info.value.origin == stalling_url and "timed out" in info.value.reason
    # read_input yields (never raises) the same error for a URL
    items = list(web.iter_url(stalling_url, timeout=0.3))
    assert len(items) == 1 and isinstance(items[0], IngestError)


def test_library_batch_with_errors_and_items(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "d.db"))
    items: list[RawItem | IngestError] = [
        IngestError("somewhere.txt", "not valid UTF-8"),
        RawItem(origin="mem:1", text=EN_1, doc_id="mem-1", published="2024-02-02"),
        RawItem(origin="mem:2", text="   "),
        RawItem(origin="mem:3", text=EN_1 + "  ", doc_id="mem-3"),
    ]
    report = ingest_items(items, store)
    assert report.stored == ["mem-1"]
    assert report.duplicates == ["mem:3"]
    assert [o for o, _ in report.failed] == ["somewhere.txt", "mem:2"]
    assert report.n_events == store.count_events()


# ----------------------------------------------------------------------------- workers


def test_two_workers_store_the_same_as_one(tmp_path: Path) -> None:
    from dyad.demo import corpus_files

    files = [str(p) for p in corpus_files()[:6]]
    one = ingest(files, str(tmp_path / "one.db"), workers=1)
    two = ingest(files, str(tmp_path / "two.db"), workers=2)
    assert one.failed == two.failed == []
    assert one.stored == two.stored

    def snapshot(db: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        store = Store(str(db))
        docs = [{k: v for k, v in d.items() if k != "ingested_at"} for d in store.documents()]
        return docs, list(store.events())

    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_cli_workers_option(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", EN_1)
    write(tmp_path / "in" / "b.txt", FR_1)
    write(tmp_path / "in" / "c.txt", AR_1)
    result = ingest_cli(tmp_path / "two.db", tmp_path / "in", extra=("--workers", "2"))
    assert result.exit_code == 0, result.stderr
    docs = stored(tmp_path / "two.db")
    assert {k: d["language"] for k, d in docs.items()} == {"a": "en", "b": "fr", "c": "ar"}


def test_an_ingest_error_survives_the_trip_back_from_a_worker() -> None:
    # a parallel ingest's worker returns its error pickled: rebuilt from its message alone it
    # failed to unpickle and broke the whole process pool instead of reporting one article
    import pickle

    err = pickle.loads(pickle.dumps(IngestError("feed.jsonl:12", "analysis failed: IndexError: list index out of range")))
    assert isinstance(err, IngestError)
    assert (err.origin, err.reason) == ("feed.jsonl:12", "analysis failed: IndexError: list index out of range")
    assert str(err) == "feed.jsonl:12: analysis failed: IndexError: list index out of range"
    from dyad.ingest.web import EntryError

    entry = pickle.loads(pickle.dumps(EntryError("https://example.org/feed", "no text", "id-7")))
    assert isinstance(entry, EntryError) and (entry.origin, entry.reason, entry.entry_id) == (
        "https://example.org/feed", "no text", "id-7")

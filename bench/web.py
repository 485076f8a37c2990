"""Speed of the web app: the story list and a story page with 10,000 articles stored (bar: p95
under 150 ms each), and 50 concurrent API clients on loopback (bar: 0 errors).

    .venv/bin/python -m bench.web [--db /tmp/parallax-bench/web.db] [--articles 10000] [--requests 200] [--clients 50]

The database is built once and reused (delete it to rebuild). A base of real texts (the BASIL
triplets of ../shared/eval/news, 150 articles, and the five samples; the samples alone when
../shared/eval is absent) is ingested through the whole pipeline into ``base.db`` beside it; then
its rows are replicated, articles, items and corpus results alike, with new ids and URLs, until
``--articles`` are stored. Corpus results are copied with their ids remapped rather than
recomputed: the replicas are exact copies, which the copy and story stages would rightly fold
into one story each, giving stories of a size no real corpus has; the copies keep each
replica's stories its own, so the database holds as many stories per article as the real base.

The server is ``parallax serve`` in its own process (uvicorn, one worker); the figures are
wall-clock latencies seen by an HTTP client on the same machine, so they include HTTP and JSON
or HTML rendering. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, insert, select

from parallax.config import load_options
from parallax.pipeline import ingest
from parallax.store import open_store
from parallax.store.schema import articles, corpus, items

from .common import EXAMPLES, ROOT, SHARED_EVAL, report

BASIL = SHARED_EVAL / "news" / "basil_2010_2019_triplets.jsonl"
# ids: hex hashes, some with a kind prefix ("story-", "office:"); a replica appends 4 hex digits
TOKEN = re.compile(r"(?:[a-z]+[-:])?[0-9a-f]{10,16}\b")


# ---------------------------------------------------------------------------- the database
def build_database(path: Path, *, size: int) -> None:
    """``path``: the base corpus replicated to at least ``size`` articles (built once)."""
    base = path.with_name("base.db")
    if not base.exists():
        inputs = [str(EXAMPLES)] + ([str(BASIL)] if BASIL.exists() else [])
        store = open_store(f"sqlite:///{base}")
        ingest(inputs, store=store, options=load_options(db=f"sqlite:///{base}"))
        store.close()
    shutil.copyfile(base, path)
    store = open_store(f"sqlite:///{path}")  # migrates the copy to the newest schema
    source = create_engine(f"sqlite:///{base}")
    with source.connect() as connection:
        article_rows = [dict(r._mapping) for r in connection.execute(select(articles))]
        item_rows = [dict(r._mapping) for r in connection.execute(select(items))]
        corpus_rows = [dict(r._mapping) for r in connection.execute(select(corpus).where(corpus.c.kind != "state"))]
    known = _known_ids(article_rows, item_rows, corpus_rows)
    results: dict[str, list[tuple[str, Any]]] = {}
    for row in corpus_rows:
        results.setdefault(row["kind"], []).append((row["id"], row["data"]))
    top = max(r["seq"] for r in article_rows)
    replicas = -(-size // len(article_rows))
    for replica in range(1, replicas):
        rename = _renamer(known, replica)
        with store.engine.begin() as connection:
            connection.execute(insert(articles), [_article_copy(r, rename, replica, top) for r in article_rows])
            connection.execute(insert(items), [_item_copy(r, rename) for r in item_rows])
        for row in corpus_rows:
            if row["kind"] == "profile" and row["data"]["kind"] == "publisher":
                continue  # one profile per publisher, however many replicas
            results[row["kind"]].append((rename(row["id"]), _json_copy(row["data"], rename)))
    results["state"] = [("corpus", {"seq": store.max_seq()})]
    store.replace_corpus(results)
    store.close()


def _known_ids(
    article_rows: list[dict[str, Any]], item_rows: list[dict[str, Any]], corpus_rows: list[dict[str, Any]]
) -> set[str]:
    """Every id a replica renames: articles, corpus results, storylines, claims."""
    known = {r["id"] for r in article_rows} | {r["id"] for r in corpus_rows}
    for row in item_rows + corpus_rows:
        known |= {row["data"][key] for key in ("id", "storyline") if isinstance(row["data"].get(key), str)}
    return {k for k in known if TOKEN.fullmatch(k)}


def _renamer(known: set[str], replica: int) -> Callable[[str], str]:
    suffix = f"{replica:04x}"

    def rename(value: str) -> str:
        return TOKEN.sub(lambda m: m[0] + suffix if m[0] in known else m[0], value)

    return rename


def _json_copy(data: Any, rename: Callable[[str], str]) -> Any:
    return json.loads(rename(json.dumps(data, ensure_ascii=False)))


def _article_copy(row: dict[str, Any], rename: Callable[[str], str], replica: int, top: int) -> dict[str, Any]:
    return row | {
        "id": rename(row["id"]),
        "url": f"{row['url']}#replica-{replica}" if row["url"] else None,
        "input_id": f"{row['input_id']}~{replica}" if row["input_id"] else None,
        "previous_version": rename(row["previous_version"]) if row["previous_version"] else None,
        "seq": row["seq"] + replica * top,
        "ingested_at": datetime.now(UTC),
    }


def _item_copy(row: dict[str, Any], rename: Callable[[str], str]) -> dict[str, Any]:
    return row | {"article": rename(row["article"]), "data": _json_copy(row["data"], rename)}


def describe(path: Path) -> dict[str, Any]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        count = {
            "articles": connection.execute(select(func.count()).select_from(articles)).scalar_one(),
            "items": connection.execute(select(func.count()).select_from(items)).scalar_one(),
        }
        for kind in ("story", "event", "conflict", "support"):
            query = select(func.count()).select_from(corpus).where(corpus.c.kind == kind)
            count[f"{kind}_results"] = connection.execute(query).scalar_one()
    return count | {"db_megabytes": round(path.stat().st_size / 2**20, 1)}


# ---------------------------------------------------------------------------- the server
def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "parallax", "serve", "--db", f"sqlite:///{db}", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/stories", timeout=30).status_code == 200:
                return server, base
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the server did not start")


def timings(client: httpx.Client, urls: list[str]) -> dict[str, Any]:
    """Latency of each URL in turn (ms): p50, p95, max; every answer must be 200."""
    spent = []
    for url in urls:
        start = time.perf_counter()
        response = client.get(url)
        spent.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url}: {response.status_code}")
    return _summary(spent)


def _summary(spent: list[float]) -> dict[str, Any]:
    ordered = sorted(spent)
    return {
        "n": len(spent),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


def concurrent(base: str, urls: list[str], *, clients: int, each: int) -> dict[str, Any]:
    """``clients`` threads, each with its own connection, GET ``each`` URLs; errors are non-200
    answers and transport failures."""
    spent: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def run(number: int) -> None:
        rng = random.Random(number)
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(each):
                url = rng.choice(urls)
                start = time.perf_counter()
                try:
                    status = client.get(url).status_code
                    problem = None if status == 200 else f"{url}: {status}"
                except httpx.HTTPError as err:
                    problem = f"{url}: {type(err).__name__}"
                with lock:
                    spent.append((time.perf_counter() - start) * 1000)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    return {
        "clients": clients,
        "requests": len(spent),
        "errors": len(errors),
        "error_examples": errors[:5],
        "wall_s": round(wall, 1),
        "requests_per_s": round(len(spent) / wall, 1),
    } | _summary(spent)


def measure(db: Path, *, requests: int, clients: int) -> dict[str, Any]:
    server, base = start_server(db)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            stories = [s["id"] for s in client.get("/api/stories").json()["stories"]]
            everything = open_store(f"sqlite:///{db}").corpus("story")
            rng = random.Random(7)
            story_ids = [s["id"] for s in rng.sample(everything, min(requests, len(everything)))]
            article_ids = [rng.choice(s["articles"]) for s in rng.sample(everything, min(requests, len(everything)))]
            timings(client, ["/", f"/stories/{stories[0]}"] * 5)  # warm up
            figures = {
                "story_list": timings(client, ["/"] * requests),
                "story_page": timings(client, [f"/stories/{s}" for s in story_ids]),
                "api_story_list": timings(client, ["/api/stories"] * (requests // 4)),
                "api_story": timings(client, [f"/api/stories/{s}" for s in story_ids[: requests // 4]]),
                "article_page": timings(client, [f"/articles/{a}" for a in article_ids[: requests // 4]]),
                "story_list_page_40": timings(client, ["/?page=40"] * 20),
                "search_q": timings(client, ["/?q=Obama"] * 10),
                "filter_actor": timings(client, ["/?actor=USA"] * 10),
                "filter_type": timings(client, ["/?type=SANCTION"] * 10),
                "actor_page": timings(client, ["/actors/PRK"] * 5),
            }
        api = ["/api/stories"] + [f"/api/stories/{s}" for s in story_ids] + [f"/api/articles/{a}" for a in article_ids]
        figures["concurrent_api"] = concurrent(base, api, clients=clients, each=20)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/parallax-bench/web.db"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    built = None
    if not args.db.exists():
        start = time.perf_counter()
        build_database(args.db, size=args.articles)
        built = round(time.perf_counter() - start, 1)
    figures = measure(args.db, requests=args.requests, clients=args.clients)
    bar = figures["story_list"]["p95_ms"] < 150 and figures["story_page"]["p95_ms"] < 150
    report(
        {"bench": "web", "database": describe(args.db) | {"built_in_s": built}}
        | figures
        | {"bar_p95_under_150ms": bar, "bar_concurrent_0_errors": figures["concurrent_api"]["errors"] == 0}
    )


if __name__ == "__main__":
    main()

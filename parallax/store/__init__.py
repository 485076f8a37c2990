"""Storage: SQLite by default, PostgreSQL by URL; schema kept current by Alembic migrations.

Each article is written with everything extracted from it in one transaction, so a run
killed at any point leaves whole articles or nothing; re-running skips what is stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    Text,
    cast,
    create_engine,
    delete,
    event,
    func,
    insert,
    make_url,
    or_,
    select,
    text,
)
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..records import Article, Extraction, Removal
from .citations import cited_articles
from .schema import articles, corpus, corpus_articles, items

__all__ = ["ITEM_KINDS", "Store", "open_store"]

# Extraction field -> item kind stored in ``items``.
ITEM_KINDS = {
    "mentions": "mention",
    "timexes": "timex",
    "events": "event",
    "quotes": "quote",
    "claims": "claim",
    "findings": "finding",
    "actors": "actor",
}


# The columns of an article that say what it is, without its texts.
HEAD_COLUMNS = ("id", "input_id", "url", "source", "title", "published", "published_inferred", "language", "author")


def open_store(url: str, *, create: bool = True) -> Store:
    """Open the database at ``url``, migrating it as needed; ``create=False`` refuses a SQLite
    file that does not exist (read commands must not make an empty database and report nothing)."""
    return Store(url, create=create)


class Store:
    def __init__(self, url: str, *, create: bool = True) -> None:
        self.url = url
        try:
            self.engine = _engine(url)
            path = self.engine.url.database if self.engine.dialect.name == "sqlite" else None
            if path and path != ":memory:" and not create and not Path(path).exists():
                raise StoreError(f"no database at {path} (ingest articles first, or name one with --db)")
            if path and path != ":memory:" and not Path(path).parent.is_dir():
                raise StoreError(f"cannot create database {path}: folder {Path(path).parent} does not exist")
            self.migrate()
        except SQLAlchemyError as err:
            raise StoreError(f"cannot open database {_safe(url)}: {_first_line(err)}") from err

    def migrate(self) -> None:
        """Bring the schema to the newest migration; stored data is kept."""
        config = Config()
        config.set_main_option("script_location", str(resources.files("parallax.store") / "migrations"))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ articles
    def status(self, article: Article) -> str:
        """ "unchanged" when this content is stored, "version" when its URL is, else "new"."""
        with self.engine.connect() as connection:
            if connection.execute(select(articles.c.id).where(articles.c.id == article.id)).first():
                return "unchanged"
            if article.url and self.latest_version(article.url, connection=connection):
                return "version"
        return "new"

    def latest_version(self, url: str, *, connection: Any = None) -> str | None:
        query = select(articles.c.id).where(articles.c.url == url).order_by(articles.c.seq.desc()).limit(1)
        if connection is not None:
            row = connection.execute(query).first()
        else:
            with self.engine.connect() as conn:
                row = conn.execute(query).first()
        return row[0] if row else None

    def add(self, article: Article, extraction: Extraction | None) -> str:
        """Store an article and its extraction atomically: "added", "version" or "unchanged".

        The write transaction takes the database's write lock before it reads the next ``seq``,
        so concurrent ingests into one database number their articles without gaps or clashes.
        """
        try:
            with self._writing() as connection:
                if connection.execute(select(articles.c.id).where(articles.c.id == article.id)).first():
                    return "unchanged"
                previous = self.latest_version(article.url, connection=connection) if article.url else None
                article.previous_version = previous
                seq = connection.execute(select(func.coalesce(func.max(articles.c.seq), 0))).scalar_one() + 1
                connection.execute(insert(articles).values(**_article_row(article), seq=seq))
                rows = list(_item_rows(extraction)) if extraction else []
                if rows:
                    connection.execute(insert(items), rows)
        except IntegrityError:
            return "unchanged"  # another process stored the same input first
        except SQLAlchemyError as err:
            raise StoreError(f"cannot store article {article.id}: {_first_line(err)}") from err
        return "version" if previous else "added"

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A transaction holding the write lock from its start (SQLite ``BEGIN IMMEDIATE``,
        PostgreSQL a table lock on ``articles``)."""
        with self.engine.connect() as connection:
            if self.engine.dialect.name == "sqlite":
                connection = connection.execution_options(parallax_write=True)
            with connection.begin():
                if self.engine.dialect.name == "postgresql":
                    connection.execute(text("LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE"))
                yield connection

    def articles(self, *, analysed_only: bool = False, latest_only: bool = False) -> list[Article]:
        """Stored articles in arrival order; ``latest_only`` leaves out versions a newer version
        of the same URL replaced (an updated article is one publication, not two)."""
        query = select(articles).order_by(articles.c.seq)
        if analysed_only:
            query = query.where(articles.c.analysed.is_(True))
        if latest_only:
            newer = articles.alias("newer")
            replaced = select(newer.c.previous_version).where(newer.c.previous_version.is_not(None))
            query = query.where(articles.c.id.not_in(replaced))
        with self.engine.connect() as connection:
            return [_article(row._mapping) for row in connection.execute(query)]

    def has_article(self, key: str) -> bool:
        """True when an article with this id or input id is stored."""
        query = select(articles.c.id).where((articles.c.id == key) | (articles.c.input_id == key)).limit(1)
        with self.engine.connect() as connection:
            return connection.execute(query).first() is not None

    def article(self, article_id: str) -> Article | None:
        found = self.articles_by_id([article_id])
        return found[0] if found else None

    def articles_by_id(self, ids: Sequence[str]) -> list[Article]:
        """The stored articles among ``ids``, in the order given."""
        rows: dict[str, Article] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(ids):
                for row in connection.execute(select(articles).where(articles.c.id.in_(chunk))):
                    rows[row.id] = _article(row._mapping)
        return [rows[i] for i in ids if i in rows]

    def article_heads(self, ids: Sequence[str]) -> list[Article]:
        """The stored articles among ``ids`` without their texts (title, publisher, URL, date,
        ...), in the order given: what a list needs."""
        columns = [c for c in articles.columns if c.name in HEAD_COLUMNS]
        rows: dict[str, Article] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(ids):
                for row in connection.execute(select(*columns).where(articles.c.id.in_(chunk))):
                    rows[row.id] = Article(**row._mapping)
        return [rows[i] for i in ids if i in rows]

    def find_articles(self, *, contains: str | None = None, source: str | None = None) -> list[str]:
        """Ids of the articles whose title or text contains ``contains`` (case-insensitive) and
        whose publisher is ``source``, in arrival order."""
        query = select(articles.c.id).order_by(articles.c.seq)
        if contains:
            query = query.where(
                or_(
                    articles.c.title.icontains(contains, autoescape=True),
                    articles.c.text.icontains(contains, autoescape=True),
                )
            )
        if source:
            query = query.where(articles.c.source == source)
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(query)]

    def publishers(self) -> list[str]:
        """The distinct publishers (``source``) of the stored articles, sorted."""
        query = select(articles.c.source).where(articles.c.source.is_not(None)).distinct().order_by(articles.c.source)
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(query)]

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(articles)).scalar_one())

    def items(
        self,
        kind: str,
        *,
        article: str | None = None,
        articles_in: Sequence[str] | None = None,
        contains: str | None = None,
    ) -> list[tuple[str, dict[str, Any]]]:
        """Stored items of one kind as ``(article id, JSON record)``, in article then extraction order;
        only those of ``article`` or of the articles ``articles_in`` when given, and only those whose
        JSON text contains ``contains`` (a coarse filter the caller refines)."""
        query = select(items.c.article, items.c.data).where(items.c.kind == kind)
        if article:
            query = query.where(items.c.article == article)
        if contains:
            query = query.where(cast(items.c.data, Text).contains(contains, autoescape=True))
        query = query.join(articles, articles.c.id == items.c.article).order_by(articles.c.seq, items.c.seq)
        if articles_in is None:
            with self.engine.connect() as connection:
                return [(row[0], row[1]) for row in connection.execute(query)]
        rows: list[tuple[int, int, str, dict[str, Any]]] = []
        ordered = query.add_columns(articles.c.seq, items.c.seq)
        with self.engine.connect() as connection:
            for chunk in _chunks(articles_in):
                for row in connection.execute(ordered.where(items.c.article.in_(chunk))):
                    rows.append((row[2], row[3], row[0], row[1]))
        return [(article_id, data) for _, _, article_id, data in sorted(rows, key=lambda r: r[:2])]

    # ------------------------------------------------------------------ corpus results
    def replace_corpus(
        self,
        results: Mapping[str, Iterable[tuple[str, Any]]],
        updates: Mapping[str, Iterable[tuple[str, Any]]] | None = None,
    ) -> None:
        """Replace the stored results of corpus stages, all kinds in one transaction, with the
        articles each result cites (``corpus_articles``): a failure leaves the previous results
        in place. ``updates`` are results that replace only the stored ones of their ids (per
        article records a stage updates for a new batch)."""
        with self._writing() as connection:
            for kind, records in (updates or {}).items():
                rows = [{"kind": kind, "id": key, "data": data} for key, data in records]
                for chunk in range(0, len(rows), 500):
                    keys = [row["id"] for row in rows[chunk : chunk + 500]]
                    connection.execute(delete(corpus).where((corpus.c.kind == kind) & corpus.c.id.in_(keys)))
                    connection.execute(
                        delete(corpus_articles).where((corpus_articles.c.kind == kind) & corpus_articles.c.id.in_(keys))
                    )
                self._insert_results(connection, kind, rows)
            for kind, records in results.items():
                connection.execute(delete(corpus).where(corpus.c.kind == kind))
                connection.execute(delete(corpus_articles).where(corpus_articles.c.kind == kind))
                rows = [{"kind": kind, "id": key, "data": data} for key, data in records]
                self._insert_results(connection, kind, rows)

    @staticmethod
    def _insert_results(connection: Connection, kind: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            connection.execute(insert(corpus), rows)
        links = [
            {"kind": kind, "id": row["id"], "article": article}
            for row in rows
            for article in sorted(cited_articles(row["data"]))
        ]
        if links:
            connection.execute(insert(corpus_articles), links)

    def max_seq(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.coalesce(func.max(articles.c.seq), 0))).scalar_one())

    def corpus_is_stale(self) -> bool:
        """True when articles arrived after the corpus stages last ran (or they never ran)."""
        marks = self.corpus("state")
        return not marks or marks[0].get("seq") != self.max_seq()

    def corpus(
        self, kind: str, *, ids: Sequence[str] | None = None, contains: str | None = None
    ) -> list[dict[str, Any]]:
        """Stored corpus results of one kind, by id; only ``ids`` when given, and only those whose
        JSON text contains ``contains`` (a coarse filter the caller refines)."""
        query = select(corpus.c.data).where(corpus.c.kind == kind).order_by(corpus.c.id)
        if contains:
            query = query.where(cast(corpus.c.data, Text).contains(contains, autoescape=True))
        with self.engine.connect() as connection:
            if ids is None:
                return [row[0] for row in connection.execute(query)]
            found = {}
            for chunk in _chunks(ids):
                found.update(
                    {
                        row[1]: row[0]
                        for row in connection.execute(query.add_columns(corpus.c.id).where(corpus.c.id.in_(chunk)))
                    }
                )
        return [found[i] for i in ids if i in found]

    def corpus_citing(self, kind: str, articles_in: Sequence[str]) -> list[dict[str, Any]]:
        """Stored corpus results of one kind that cite any of the articles ``articles_in``, by id."""
        # from the citing articles (indexed) to the results, never a scan of a kind's results
        cited = (
            select(corpus_articles.c.id)
            .where(corpus_articles.c.kind == kind)
            .join(corpus, (corpus.c.kind == corpus_articles.c.kind) & (corpus.c.id == corpus_articles.c.id))
        )
        found: dict[str, Any] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(articles_in):
                query = cited.add_columns(corpus.c.data).where(corpus_articles.c.article.in_(chunk))
                found.update({row[0]: row[1] for row in connection.execute(query) if row[0] not in found})
        return [found[key] for key in sorted(found)]


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """``values`` in slices small enough for any database's limit on bound parameters."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()
            # SQLAlchemy, not the driver, begins transactions, so a writer can begin IMMEDIATE
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            write = connection.get_execution_options().get("parallax_write")
            connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _first_line(err: Exception) -> str:
    """A driver error's message without SQLAlchemy's SQL dump and background link."""
    message = str(getattr(err, "orig", None) or err)
    return message.strip().splitlines()[0] if message.strip() else type(err).__name__


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable URL)"


def _article_row(article: Article) -> dict[str, Any]:
    data = dataclasses.asdict(article)
    data["removals"] = [dataclasses.asdict(r) for r in article.removals]
    data["ingested_at"] = datetime.now(UTC)
    return {column.name: data[column.name] for column in articles.columns if column.name in data}


def _article(row: Any) -> Article:
    fields = {f.name for f in dataclasses.fields(Article)}
    values = {key: row[key] for key in row.keys() if key in fields}
    values["removals"] = [Removal(**r) for r in row["removals"]]
    return Article(**values)


def _item_rows(extraction: Extraction) -> Iterator[dict[str, Any]]:
    for attribute, kind in ITEM_KINDS.items():
        for seq, record in enumerate(getattr(extraction, attribute)):
            data = _jsonable(record)
            yield {
                "article": extraction.article,
                "kind": kind,
                "seq": seq,
                "start": data.get("start"),
                "end": data.get("end"),
                "text": data.get("text"),
                "data": data,
            }


def _jsonable(record: Any) -> dict[str, Any]:
    from ..records import to_dict

    return dict(to_dict(record))

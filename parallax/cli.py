"""The ``parallax`` command: thin typer commands over the library.

Exit status (every command): 0 done; 1 an error (the database cannot be opened, the output
cannot be written, an unknown id); 2 a usage error (an unknown option or value). ``ingest``
adds: 3 some inputs failed (the others are stored); 4 the corpus stages failed (the articles
are stored; the next run retries); 130 interrupted (what was stored stays; re-run to continue).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__
from .actors.display import display_name
from .config import Options, load_options
from .errors import ParallaxError
from .ingest import read_bytes, read_file
from .records import Article, Rejected
from .store import Store, open_store

app = typer.Typer(
    help="Parallax: a verified, source-attributed account of what happened, from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True, soft_wrap=True, highlight=False)  # one line per error, whatever the width
EXIT_ERROR, EXIT_PARTIAL, EXIT_CORPUS, EXIT_INTERRUPTED = 1, 3, 4, 130
_PLAIN_EVERY_S = 15.0  # progress lines when standard error is not a terminal
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # terminal escapes in article text


class _Verbosity:
    level = 0  # -1 quiet, 0 normal, 1 verbose


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"parallax {__version__}\n")
        raise typer.Exit()


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on standard error.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Say what happens to every input.")]


def _set_verbosity(quiet: bool, verbose: bool) -> None:
    if quiet or verbose:
        _Verbosity.level = -1 if quiet else 1


@app.callback()
def _settings(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    _Verbosity.level = 0
    _set_verbosity(quiet, verbose)


DbOption = Annotated[
    Optional[str], typer.Option("--db", help="Database URL (default: sqlite:///parallax.db, or $PARALLAX_DB).")
]
OutOption = Annotated[
    Optional[Path], typer.Option("-o", "--output", help="Write to this file instead of standard output.")
]


def _choice(*values: str) -> Any:
    """A callback that accepts one of ``values`` (any case) and refuses anything else."""

    def check(value: str | None) -> str | None:
        if value is None or value.lower() in values:
            return value.lower() if value else value
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(values)}")

    return check


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def plain(text: str) -> str:
    """Article text made safe for a terminal: control characters and escapes become spaces."""
    return _CONTROL.sub(" ", text)


def _say(message: str, *, level: int = 0) -> None:
    if _Verbosity.level >= level:
        console.print(plain(message), markup=False)


def _error(message: str) -> None:
    console.print("[red]error:[/red] ", end="")
    console.print(plain(message), markup=False)


@contextmanager
def _reporting() -> Iterator[None]:
    """Library errors become one line on standard error and exit status 1."""
    try:
        yield
    except ParallaxError as err:
        _error(str(err))
        raise typer.Exit(EXIT_ERROR) from None


def _options(db: str | None) -> Options:
    with _reporting():
        return load_options(db=db)


def _store(options: Options, *, create: bool = False) -> Store:
    """The database; read commands (``create=False``) refuse one that does not exist."""
    with _reporting():
        return open_store(options.db, create=create)


def _reading(db: str | None) -> Store:
    return _store(_options(db))


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, encoding="utf8")
    except OSError as err:
        _error(f"cannot write {output}: {err.strerror or err}")
        raise typer.Exit(EXIT_ERROR) from None
    _say(f"wrote {output}")


def _require(found: bool, what: str) -> None:
    if not found:
        _error(f"no {what}")
        raise typer.Exit(EXIT_ERROR)


class _Reporter:
    """Ingest progress: a bar on a terminal, a plain line now and then otherwise, one line per
    input with --verbose, nothing with --quiet."""

    def __init__(self, total: int | None) -> None:
        self.total, self.done, self.last = total, 0, time.monotonic()
        self.counts: dict[str, int] = {}
        self.bar: Progress | None = None
        if _Verbosity.level >= 0 and console.is_terminal:
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            self.bar = Progress(*columns, console=console, transient=True)
            self.task = self.bar.add_task("ingesting", total=total)

    def __enter__(self) -> _Reporter:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *_: object) -> None:
        if self.bar:
            self.bar.stop()

    def __call__(self, outcome: str, name: str) -> None:
        if outcome == "corpus":
            self._status("updating stories and cross-checks")
            return
        self.done += 1
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        if outcome == "failed":
            return  # said with its reason at the end, once
        if _Verbosity.level >= 1:
            _say(f"{outcome} {name}", level=1)
        if self.bar:
            self.bar.update(self.task, advance=1, description=plain(f"{outcome}: {Path(name).name[:40]}"))
        elif _Verbosity.level == 0 and time.monotonic() - self.last >= _PLAIN_EVERY_S:
            self.last = time.monotonic()
            of = f"/{self.total}" if self.total is not None else ""
            counts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
            _say(f"ingest: {self.done}{of} inputs ({counts})")

    def _status(self, message: str) -> None:
        if self.bar:
            self.bar.update(self.task, description=message)
        else:
            _say(f"ingest: {message}", level=1)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or directories (.txt, .html, .jsonl, also gzipped), or - for JSONL on stdin."),
    ],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on standard output.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Read, clean, analyse and store articles, then update stories and cross-checks."""
    from .ingest import count_inputs
    from .pipeline import IngestSummary
    from .pipeline import ingest as run_ingest

    _set_verbosity(quiet, verbose)
    options = _options(db)
    store = _store(options, create=True)
    summary = IngestSummary()
    try:
        with _reporting(), _Reporter(count_inputs(paths)) as reporter:
            run_ingest(paths, store=store, options=options, progress=reporter, summary=summary)
    except KeyboardInterrupt:
        stored = len(summary.added) + len(summary.versions)
        _error(
            f"interrupted: {stored} new article(s) were stored and stay stored; "
            "run the same command again to continue (stored inputs are skipped)"
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _finish(summary, as_json=as_json)


def _finish(summary: Any, *, as_json: bool) -> None:
    for rejected in summary.failed:
        console.print("[yellow]failed[/yellow] ", end="")
        console.print(plain(f"{rejected.input}: {rejected.reason}"), markup=False)
    for rejected in summary.skipped:
        _say(f"skipped {rejected.input}: {rejected.reason}", level=1)
    if summary.corpus_error:
        _error(f"{summary.corpus_error}; the articles are stored and the next ingest retries")
    if as_json:
        sys.stdout.write(json.dumps(summary.as_dict(), ensure_ascii=False) + "\n")
    _say(
        f"added {len(summary.added)}, new versions {len(summary.versions)}, unchanged {len(summary.unchanged)}, "
        f"skipped {len(summary.skipped)}, failed {len(summary.failed)}"
    )
    if summary.corpus_error:
        raise typer.Exit(EXIT_CORPUS)
    if summary.failed:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def clean(
    file: Annotated[str, typer.Argument(help="A .txt or .html file, or - for a page on standard input.")],
    show_removed: Annotated[bool, typer.Option("--show-removed", help="Also list what was removed and why.")] = False,
) -> None:
    """Print the cleaned main text of one file (no database)."""
    from .clean import clean_article

    options = _options(None)
    if file == "-":
        result: Article | Rejected = read_bytes(sys.stdin.buffer.read(options.max_input_bytes), name="-")
    else:
        results = list(read_file(Path(file), options=options)) if Path(file).is_file() else []
        result = results[0] if results else Rejected(file, "no such file")
    if isinstance(result, Article):
        result = clean_article(result, options=options)
    if isinstance(result, Rejected):
        _error(f"{result.input}: {result.reason}")
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(plain(result.text) + "\n")
    if show_removed:
        sys.stdout.write("\n--- removed ---\n")
        for removal in result.removals:
            snippet = removal.text.replace("\n", " ")
            snippet = snippet if len(snippet) <= 90 else snippet[:87] + "..."
            sys.stdout.write(plain(f"[{removal.kind}] {removal.start}-{removal.end}: {snippet}") + "\n")


@app.command()
def export(db: DbOption = None, output: OutOption = None) -> None:
    """Export everything stored as one JSON document (schema parallax/1, see docs/schema.md)."""
    from .export import build_export

    options = _options(db)
    store = _store(options)
    with _reporting():
        document = build_export(store, actor_files=tuple(options.actor_files))
    _write(json.dumps(document, indent=2, ensure_ascii=False), output)


@app.command()
def report(
    db: DbOption = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Story id (default: every story).")] = None,
    format: Annotated[
        str, typer.Option("--format", help="md, html or json.", callback=_choice("md", "html", "json"))
    ] = "md",
    output: OutOption = None,
) -> None:
    """The dossier of a story: what happened, who said what, claims, conflicts, sources."""
    from .report import build_dossiers, render

    store = _reading(db)
    with _reporting():
        text = render(build_dossiers(store, story=story), format=format.lower())
    _write(text, output)


# --- quotes and claims commands (parallax quotes, parallax claims) ---
ArticleOption = Annotated[Optional[str], typer.Option("--article", help="Only this article id.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")]


@app.command()
def quotes(
    db: DbOption = None,
    article: ArticleOption = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Speaker id or name contains this.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what: the stored quotes, direct and indirect, with speaker, cue and channel."""
    from .extract.quotes import stored_quotes
    from .records import to_dict

    store = _reading(db)
    _require(article is None or store.has_article(article), f"article {article}")
    found = stored_quotes(store, article=article, speaker=speaker)
    if as_json:
        _write("".join(json.dumps(to_dict(q), ensure_ascii=False) + "\n" for q in found), None)
        return
    for q in found:
        mark = '"' if q.direct else "~"
        via = f" ({q.channel})" if q.channel else ""
        via += f" [{q.kind}]" if q.kind != "speech" else ""  # a belief or intention is never shown as said
        speaker = display_name(q.speaker) or q.speaker_text or "?"
        sys.stdout.write(
            plain(f"[{q.article[:8]}] {speaker} {q.cue or ''}{via}: {mark}{q.content or q.text}{mark}") + "\n"
        )


@app.command()
def claims(
    db: DbOption = None,
    article: ArticleOption = None,
    status: Annotated[
        Optional[str],
        typer.Option(
            "--status", help="claim, opinion or speculation.", callback=_choice("claim", "opinion", "speculation")
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Check-worthy claims: value as a hedged range, unit, time and who claims it."""
    from .extract.claims import describe_value, stored_claims
    from .records import to_dict

    store = _reading(db)
    _require(article is None or store.has_article(article), f"article {article}")
    found = stored_claims(store, article=article, status=status.lower() if status else None)
    if as_json:
        _write("".join(json.dumps(to_dict(c), ensure_ascii=False) + "\n" for c in found), None)
        return
    for c in found:
        tag = "" if c.status == "claim" else f" ({c.status})"
        sys.stdout.write(
            plain(f"[{c.article[:8]}] {display_name(c.claimant) or 'the article'}{tag}: {describe_value(c)} | {c.text}")
            + "\n"
        )


# --- events and graph commands (parallax events, parallax graph, parallax timeline) ---


@app.command()
def events(
    db: DbOption = None,
    format: Annotated[
        str,
        typer.Option(
            "--format", help="plover (JSON lines), gdelt (TSV) or json.", callback=_choice("plover", "gdelt", "json")
        ),
    ] = "plover",
    output: OutOption = None,
) -> None:
    """Events counted once, as PLOVER/POLECAT JSON records or a GDELT 2.0-style table (docs/events.md)."""
    from .graph_export import export_events

    store = _reading(db)
    with _reporting():
        text = export_events(store.corpus("event"), store.articles(), format=format.lower())
    _write(text, output)


@app.command()
def graph(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only relations of this actor (e.g. RUS).")] = None,
    since: Annotated[
        Optional[str], typer.Option("--since", help="Only events on or after this ISO date.", callback=_iso_date)
    ] = None,
    format: Annotated[
        str, typer.Option("--format", help="json or graphml.", callback=_choice("json", "graphml"))
    ] = "json",
    output: OutOption = None,
) -> None:
    """The actor graph: relations by period and QuadClass, treaties with their commitments."""
    from .graph import render_graph
    from .graph_export import load_events

    store = _reading(db)
    with _reporting():
        text = render_graph(load_events(store.corpus("event")), actor=actor, since=since, format=format.lower())
    _write(text, output)


@app.command()
def timeline(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False) -> None:
    """Asserted and reported events in date order, with how many articles and sources report them."""
    from .graph import timeline as build_timeline
    from .graph_export import load_events

    rows = build_timeline(load_events(_reading(db).corpus("event")))
    if as_json:
        _write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), None)
        return
    for row in rows:
        actors, recipients = [display_name(a) for a in row["actors"]], [display_name(r) for r in row["recipients"]]
        parties = ", ".join(actors) + (" -> " + ", ".join(recipients) if recipients else "")
        mode = f"/{row['mode']}" if row["mode"] else ""
        sys.stdout.write(
            plain(
                f"{row['date'] or 'undated':10} {row['type']}{mode} {parties} "
                f"({row['num_mentions']} mentions, {row['num_articles']} articles, {row['num_sources']} sources)"
            )
            + "\n"
        )


# --- stories and cross-check commands (parallax stories, parallax conflicts, parallax sources) ---


def _json_lines(records: list[Any]) -> None:
    from .records import to_dict

    _write("".join(json.dumps(to_dict(r), ensure_ascii=False) + "\n" for r in records), None)


@app.command()
def stories(
    db: DbOption = None,
    storyline: Annotated[Optional[str], typer.Option("--storyline", help="Only this storyline.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """Stories (one real-world event each) with their articles and storyline."""
    from .crosscheck.listing import stored_stories

    found = stored_stories(_reading(db), storyline=storyline)
    if as_json:
        _json_lines(found)
        return
    for s in found:
        line = f" [{s.storyline}]" if s.storyline else ""
        sys.stdout.write(
            plain(f"{s.id}{line} {s.date or 'undated'} {len(s.articles)} article(s): {s.title or ''}") + "\n"
        )


@app.command()
def conflicts(
    db: DbOption = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Only this story.")] = None,
    kind: Annotated[
        Optional[str],
        typer.Option(
            "--kind", help="date, number, office or fact.", callback=_choice("date", "number", "office", "fact")
        ),
    ] = None,
    related: Annotated[
        bool, typer.Option("--related/--no-related", help="Also related, non-conflicting figures.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """Contradictions between articles, each with both sides' spans and an explanation."""
    from .crosscheck.listing import stored_conflicts

    store = _reading(db)
    _require(story is None or any(s["id"] == story for s in store.corpus("story")), f"story {story}")
    found = stored_conflicts(store, story=story, kind=kind.lower() if kind else None, related=related)
    if as_json:
        _json_lines(found)
        return
    for c in found:
        tag = " (related, not conflicting)" if c.related else ""
        sys.stdout.write(plain(f"{c.kind}{tag}: {c.explanation}") + "\n")
        for side in c.sides:
            sys.stdout.write(plain(f"  [{side.article[:8]} {side.start}-{side.end}] {side.text}") + "\n")


@app.command()
def sources(
    db: DbOption = None,
    kind: Annotated[
        Optional[str], typer.Option("--kind", help="article or publisher.", callback=_choice("article", "publisher"))
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """Source quality profiles, best first, each score with its reasons."""
    from .crosscheck.listing import stored_profiles

    found = stored_profiles(_reading(db), kind=kind.lower() if kind else None)
    if as_json:
        _json_lines(found)
        return
    for p in found:
        sys.stdout.write(plain(f"{p.score:.2f} {p.kind} {p.subject}") + "\n")
        for reason in p.reasons:
            sys.stdout.write(plain(f"    {reason}") + "\n")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """The web app and JSON API over the database (read-only): stories, articles, actors, search."""
    import uvicorn

    from .actors.display import Names
    from .web import create_app

    options = _options(db)
    store = _store(options)
    with _reporting():
        web = create_app(store, names=Names.load(tuple(options.actor_files)))
    _say(f"serving {options.db} on http://{host}:{port}/ (API: /api, OpenAPI: /openapi.json)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


def main() -> None:
    app()

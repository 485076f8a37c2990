"""The ``parallax`` command: thin typer commands over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .config import Options, load_options
from .errors import ParallaxError
from .ingest import read_file
from .records import Article, Rejected
from .store import Store, open_store

app = typer.Typer(
    help="Parallax: a verified, source-attributed account of what happened, from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True, soft_wrap=True)  # one line per error, whatever the width

DbOption = Annotated[
    Optional[str], typer.Option("--db", help="Database URL (default: sqlite:///parallax.db, or $PARALLAX_DB).")
]
OutOption = Annotated[
    Optional[Path], typer.Option("-o", "--output", help="Write to this file instead of standard output.")
]


def _options(db: str | None) -> Options:
    return load_options(db=db)


def _store(options: Options) -> Store:
    return open_store(options.db)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf8")
        console.print(f"wrote {output}")


def _fail(err: ParallaxError) -> None:
    console.print(f"[red]error:[/red] {err}")
    raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories (.txt, .html, .jsonl), or - for JSONL on stdin.")
    ],
    db: DbOption = None,
) -> None:
    """Read, clean, analyse and store articles, then update stories and cross-checks."""
    from .pipeline import ingest as run_ingest

    options = _options(db)
    try:
        store = _store(options)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("ingesting", total=None)
            summary = run_ingest(
                paths,
                store=store,
                options=options,
                progress=lambda outcome, name: bar.update(
                    task, advance=1, description=f"{outcome}: {Path(name).name[:40]}"
                ),
            )
    except ParallaxError as err:
        _fail(err)
        return
    for rejected in summary.failed:
        console.print(f"[yellow]failed[/yellow] {rejected.input}: {rejected.reason}")
    console.print(
        f"added {len(summary.added)}, new versions {len(summary.versions)}, "
        f"unchanged {len(summary.unchanged)}, failed {len(summary.failed)}"
    )


@app.command()
def clean(
    file: Annotated[Path, typer.Argument(help="A .txt or .html file.")],
    show_removed: Annotated[bool, typer.Option("--show-removed", help="Also list what was removed and why.")] = False,
) -> None:
    """Print the cleaned main text of one file (no database)."""
    from .clean import clean_article

    options = _options(None)
    results = list(read_file(file, options=options))
    result: Article | Rejected = results[0] if results else Rejected(str(file), "no article")
    if isinstance(result, Article):
        result = clean_article(result, options=options)
    if isinstance(result, Rejected):
        console.print(f"[red]error:[/red] {result.input}: {result.reason}")
        raise typer.Exit(1)
    sys.stdout.write(result.text + "\n")
    if show_removed:
        sys.stdout.write("\n--- removed ---\n")
        for removal in result.removals:
            snippet = removal.text.replace("\n", " ")
            snippet = snippet if len(snippet) <= 90 else snippet[:87] + "..."
            sys.stdout.write(f"[{removal.kind}] {removal.start}-{removal.end}: {snippet}\n")


@app.command()
def export(db: DbOption = None, output: OutOption = None) -> None:
    """Export everything stored as one JSON document (schema parallax/1, see docs/schema.md)."""
    from .export import build_export

    options = _options(db)
    try:
        document = build_export(_store(options), actor_files=tuple(options.actor_files))
    except ParallaxError as err:
        _fail(err)
        return
    _write(json.dumps(document, indent=2, ensure_ascii=False), output)


@app.command()
def report(
    db: DbOption = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Story id (default: every story).")] = None,
    format: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    output: OutOption = None,
) -> None:
    """The dossier of a story: what happened, who said what, claims, conflicts, sources."""
    from .report import build_dossiers, render

    options = _options(db)
    try:
        text = render(build_dossiers(_store(options), story=story), format=format)
    except ParallaxError as err:
        _fail(err)
        return
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

    found = stored_quotes(_store(_options(db)), article=article, speaker=speaker)
    if as_json:
        _write("".join(json.dumps(to_dict(q), ensure_ascii=False) + "\n" for q in found), None)
        return
    for q in found:
        mark = '"' if q.direct else "~"
        via = f" ({q.channel})" if q.channel else ""
        sys.stdout.write(f"[{q.article[:8]}] {q.speaker or '?'} {q.cue or ''}{via}: {mark}{q.text}{mark}\n")


@app.command()
def claims(
    db: DbOption = None,
    article: ArticleOption = None,
    status: Annotated[Optional[str], typer.Option("--status", help="claim, opinion or speculation.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Check-worthy claims: value as a hedged range, unit, time and who claims it."""
    from .extract.claims import describe_value, stored_claims
    from .records import to_dict

    found = stored_claims(_store(_options(db)), article=article, status=status)
    if as_json:
        _write("".join(json.dumps(to_dict(c), ensure_ascii=False) + "\n" for c in found), None)
        return
    for c in found:
        tag = "" if c.status == "claim" else f" ({c.status})"
        sys.stdout.write(f"[{c.article[:8]}] {c.claimant or 'the article'}{tag}: {describe_value(c)} | {c.text}\n")


# --- events and graph commands (parallax events, parallax graph, parallax timeline) ---


@app.command()
def events(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="plover (JSON lines), gdelt (TSV) or json.")] = "plover",
    output: OutOption = None,
) -> None:
    """Events counted once, as PLOVER/POLECAT JSON records or a GDELT 2.0-style table (docs/events.md)."""
    from .graph_export import export_events

    store = _store(_options(db))
    try:
        text = export_events(store.corpus("event"), store.articles(), format=format)
    except ParallaxError as err:
        _fail(err)
        return
    _write(text, output)


@app.command()
def graph(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only relations of this actor (e.g. RUS).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only events on or after this ISO date.")] = None,
    format: Annotated[str, typer.Option("--format", help="json or graphml.")] = "json",
    output: OutOption = None,
) -> None:
    """The actor graph: relations by period and QuadClass, treaties with their commitments."""
    from .graph import render_graph
    from .graph_export import load_events

    try:
        text = render_graph(load_events(_store(_options(db)).corpus("event")), actor=actor, since=since, format=format)
    except ParallaxError as err:
        _fail(err)
        return
    _write(text, output)


@app.command()
def timeline(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False) -> None:
    """Asserted and reported events in date order, with how many articles and sources report them."""
    from .graph import timeline as build_timeline
    from .graph_export import load_events

    rows = build_timeline(load_events(_store(_options(db)).corpus("event")))
    if as_json:
        _write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), None)
        return
    for row in rows:
        parties = ", ".join(row["actors"]) + (" -> " + ", ".join(row["recipients"]) if row["recipients"] else "")
        mode = f"/{row['mode']}" if row["mode"] else ""
        sys.stdout.write(
            f"{row['date'] or 'undated':10} {row['type']}{mode} {parties} "
            f"({row['num_mentions']} mentions, {row['num_articles']} articles, {row['num_sources']} sources)\n"
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

    found = stored_stories(_store(_options(db)), storyline=storyline)
    if as_json:
        _json_lines(found)
        return
    for s in found:
        line = f" [{s.storyline}]" if s.storyline else ""
        sys.stdout.write(f"{s.id}{line} {s.date or 'undated'} {len(s.articles)} article(s): {s.title or ''}\n")


@app.command()
def conflicts(
    db: DbOption = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Only this story.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="date, number, office or fact.")] = None,
    related: Annotated[
        bool, typer.Option("--related/--no-related", help="Also related, non-conflicting figures.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """Contradictions between articles, each with both sides' spans and an explanation."""
    from .crosscheck.listing import stored_conflicts

    found = stored_conflicts(_store(_options(db)), story=story, kind=kind, related=related)
    if as_json:
        _json_lines(found)
        return
    for c in found:
        tag = " (related, not conflicting)" if c.related else ""
        sys.stdout.write(f"{c.kind}{tag}: {c.explanation}\n")
        for side in c.sides:
            sys.stdout.write(f"  [{side.article[:8]} {side.start}-{side.end}] {side.text}\n")


@app.command()
def sources(
    db: DbOption = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="article or publisher.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """Source quality profiles, best first, each score with its reasons."""
    from .crosscheck.listing import stored_profiles

    found = stored_profiles(_store(_options(db)), kind=kind)
    if as_json:
        _json_lines(found)
        return
    for p in found:
        sys.stdout.write(f"{p.score:.2f} {p.kind} {p.subject}\n")
        for reason in p.reasons:
            sys.stdout.write(f"    {reason}\n")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """The web app and JSON API over the database (read-only): stories, articles, actors, search."""
    import uvicorn

    from .web import create_app

    options = _options(db)
    try:
        from .web.names import Names

        web = create_app(_store(options), names=Names.load(tuple(options.actor_files)))
    except ParallaxError as err:
        _fail(err)
        return
    console.print(f"serving {options.db} on http://{host}:{port}/ (API: /api, OpenAPI: /openapi.json)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


def main() -> None:
    app()

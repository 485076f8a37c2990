"""The ``parallax`` command: thin typer commands over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

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

# --- events and graph commands (parallax events, parallax graph, parallax timeline) ---

# --- stories and cross-check commands (parallax stories, parallax conflicts, parallax sources) ---


def main() -> None:
    app()

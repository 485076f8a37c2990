"""HTML cleaning on the extraction set, beside plain trafilatura in the same run.

    .venv/bin/python -m bench.clean_html [--save PRED.json]

Prints one JSON line: Parallax's ``clean_html`` and trafilatura 2's default ``extract`` scored
with the set's own metric, and the speed of ``clean_html`` alone (pages per second on one core,
wall clock and CPU time, the best of three runs).
"""

from __future__ import annotations

import time

import trafilatura

from parallax.clean import clean_html, clean_text

from ._extraction_set import load_pages, save_predictions, score
from .common import report

REPEATS = 3


def main() -> None:
    loaded = load_pages("clean_html")
    if loaded is None:
        return
    pages, urls = loaded
    # one-time loading (trafilatura's settings, langdetect's profiles) is not per-page cost
    clean_html("<html><body><p>A page to load trafilatura's settings.</p></body></html>")
    clean_text("Dies ist ein kurzer Text, nur um die Sprachprofile zu laden.")
    elapsed = elapsed_cpu = float("inf")
    for _ in range(REPEATS):  # the best of a few runs, as timeit does: other processes only add time
        started, started_cpu = time.perf_counter(), time.process_time()
        predictions = {key: clean_html(html, url=urls[key]).text for key, html in pages.items()}
        elapsed = min(elapsed, time.perf_counter() - started)
        elapsed_cpu = min(elapsed_cpu, time.process_time() - started_cpu)
    baseline = {key: trafilatura.extract(html, url=urls[key]) or "" for key, html in pages.items()}
    save_predictions(predictions)
    figures = {
        "bench": "clean_html",
        "parallax": score(predictions),
        "trafilatura": score(baseline),
        "trafilatura_version": trafilatura.__version__,
        "pages_per_second": round(len(pages) / elapsed, 1),
        "pages_per_cpu_second": round(len(pages) / elapsed_cpu, 1),  # one core, whatever else the machine runs
    }
    report(figures)


if __name__ == "__main__":
    main()

"""Plain-text cleaning on the extraction set: a page's visible text in, the article body out.

    .venv/bin/python -m bench.clean_text [--save PRED.json]

Input of each page: its visible text, block by block (bench._visible_text); target: the set's
``articleBody``. Prints one JSON line: the cleaner's figures beside the keep-everything baseline.
"""

from __future__ import annotations

import time

from parallax.clean import clean_text

from ._extraction_set import load_pages, save_predictions, score
from ._visible_text import visible_text
from .common import report


def main() -> None:
    loaded = load_pages("clean_text")
    if loaded is None:
        return
    pages, _ = loaded
    inputs = {key: visible_text(html) for key, html in pages.items()}
    clean_text("Dies ist ein kurzer Text, nur um die Sprachprofile zu laden.")  # one-time loading
    started = time.process_time()
    predictions = {key: clean_text(text).text for key, text in inputs.items()}
    elapsed = time.process_time() - started
    save_predictions(predictions)
    figures = {
        "bench": "clean_text",
        "cleaner": score(predictions),
        "keep_everything": score(inputs),
        "pages_per_cpu_second": round(len(pages) / elapsed, 1),
    }
    report(figures)


if __name__ == "__main__":
    main()

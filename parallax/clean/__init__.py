"""Clean text: the article's main text as a careful reader would see it.

``clean_text`` and ``clean_html`` return a ``Cleaned``: the text, every removal with its kind
and span in the input, a map from cleaned offsets back to the input, and metadata.
``clean_article`` is the pipeline stage.
"""

from __future__ import annotations

from .core import Cleaned, clean_article, clean_html, clean_text

__all__ = ["Cleaned", "clean_article", "clean_html", "clean_text"]

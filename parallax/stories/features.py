"""Text features for story clustering, without parsing: words, names, numbers, dates.

Two articles about the same *kind* of event (two earthquakes, two summits) share most content
words; what separates them are the specific names, numbers, places and dates. So each article
gets two weighted bags of features:

- ``words``: content words, with the lead (first words, where news puts the event) counted
  twice, plus the name, number and date features, for the coarse topic level;
- ``specifics``: names, numbers, dates and lead words only, for the split of a
  topic into its events.

A name is a capitalised word that the corpus never writes in lower case ("Rahman", but not
"The" or "Police"), which needs no NER model and works on any corpus of more than a few articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..records import Extraction

__all__ = [
    "ArticleFeatures",
    "FeatureMatrix",
    "article_features",
    "lowercase_vocabulary",
    "name_features",
    "tfidf_matrix",
]

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.]*\d|\d")
CAPITALISED_RUN = re.compile(r"\b[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*")
LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
POSSESSIVE = re.compile(r"[’']s$")
SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)[A-Z]")
LEAD_WORDS = 60  # news puts the event in the first sentences
NAME_WEIGHT = 2  # names count twice in the topic bag (fixed on ECB+ dev)


@dataclass
class ArticleFeatures:
    """The two bags of one article (feature -> count)."""

    words: Counter[str]
    specifics: Counter[str]


@dataclass
class FeatureMatrix:
    """L2-normalised TF-IDF rows (one per article) over a feature vocabulary."""

    rows: sp.csr_matrix
    vocabulary: dict[str, int]
    idf: np.ndarray
    frequency: np.ndarray  # document frequency per column (in the corpus the IDF is of)


def lowercase_vocabulary(texts: Iterable[str]) -> set[str]:
    """Every word the texts write in lower case: capitalised words outside it are names."""
    vocabulary: set[str] = set()
    for text in texts:
        vocabulary.update(LOWER_WORD.findall(text))
    return vocabulary


def name_features(text: str, lowercase: set[str]) -> list[str]:
    """Name features ("name:rahman", "name:tony_thompson") of capitalised words outside ``lowercase``."""
    names: list[str] = []
    for match in CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        if len(words) == 1 and SENTENCE_START.search(text, max(0, match.start() - 3), match.start() + 1):
            continue  # "Rescuers searched ...": capitalised for the sentence, not a name
        parts = [POSSESSIVE.sub("", p).lower() for p in words if p.isupper() or p.lower() not in lowercase]
        names.extend("name:" + p for p in parts)
        if len(parts) > 1:
            names.append("name:" + "_".join(parts))
    return names


def article_features(
    text: str, *, title: str | None, lowercase: set[str], extraction: Extraction | None = None
) -> ArticleFeatures:
    """The word and specifics bags of one article (``text`` is the cleaned text)."""
    full = f"{title}\n{text}" if title and not text.startswith(title) else text
    tokens = WORD.findall(full)
    words = [t.lower() for t in tokens if t[0].isalpha() and t.lower() not in ENGLISH_STOP_WORDS]
    numbers = ["num:" + t.replace(",", "") for t in tokens if t[0].isdigit()]
    lead = ["lead:" + w for w in words[:LEAD_WORDS]]
    specifics = name_features(full, lowercase) + numbers + lead + _extracted(extraction)
    bag = Counter(words + words[:LEAD_WORDS] + numbers)
    for feature in specifics:
        if not feature.startswith("lead:"):
            bag[feature] += NAME_WEIGHT
    return ArticleFeatures(words=bag, specifics=Counter(specifics))


def _extracted(extraction: Extraction | None) -> list[str]:
    """Day-precise dates from the timex stage, when present.

    Linked actors are left out: most link to a country or a body ("USA", "UN") that many
    unrelated events share, so they pulled apart stories of one event told with different
    officials and joined nothing the names did not (ECB+ dev, end to end: B-cubed 0.913 with
    them, 0.940 without; news sets unchanged).
    """
    if extraction is None:
        return []
    return ["date:" + t.value for t in extraction.timexes if t.value and t.precision == "day"]


def tfidf_matrix(
    bags: Sequence[Counter[str]], *, frequency: Mapping[str, int] | None = None, documents: int | None = None
) -> FeatureMatrix:
    """Sublinear TF-IDF rows, L2-normalised, with smoothed IDF (sklearn's formula) over ``bags``,
    or over a whole corpus when its document ``frequency`` and count of ``documents`` are given
    (a part of the corpus weighed as the whole run weighs it)."""
    vocabulary: dict[str, int] = {}
    document_frequency: Counter[str] = Counter()
    for bag in bags:
        document_frequency.update(bag.keys())
    for feature in document_frequency:
        vocabulary[feature] = len(vocabulary)
    if frequency is not None:
        document_frequency = Counter({f: frequency[f] for f in vocabulary})
    n = len(bags) if documents is None else documents
    counts = np.array([document_frequency[f] for f in vocabulary], dtype=np.int64)
    idf = np.array([math.log((1 + n) / (1 + int(c))) + 1 for c in counts])
    indptr, indices, data = [0], [], []
    for bag in bags:
        for feature, count in bag.items():
            column = vocabulary[feature]
            indices.append(column)
            data.append((1 + math.log(count)) * idf[column])
        indptr.append(len(indices))
    rows = sp.csr_matrix((np.array(data), np.array(indices), np.array(indptr)), shape=(len(bags), len(vocabulary)))
    norms = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    rows = sp.csr_matrix(sp.diags(1.0 / norms) @ rows)
    return FeatureMatrix(rows=rows, vocabulary=vocabulary, idf=idf, frequency=counts)

"""The web app in headless Chromium: what a reader sees on the seed story, that a hostile corpus
runs no script, and screenshots of the four page kinds (into $PARALLAX_SCREENSHOTS, e.g. docs/screens)."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from parallax.store import Store
from parallax.web import create_app

# The screenshots of docs/screens are refreshed by `PARALLAX_SCREENSHOTS=docs/screens ./dev test`;
# an ordinary run writes them to a temporary folder, so testing leaves the checkout unchanged.
SCREENS = Path(os.environ.get("PARALLAX_SCREENSHOTS") or tempfile.mkdtemp(prefix="parallax-screens-"))


@contextmanager
def served(store: Store) -> Iterator[str]:
    """The app over ``store`` on a free loopback port, in a thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _text(browser: Any, selector: str = "body") -> str:
    from selenium.webdriver.common.by import By

    return str(browser.find_element(By.CSS_SELECTOR, selector).text)


def test_seed_story_page_shows_treaty_date_anachronisms_and_conflicts(browser: Any, samples_store: Store) -> None:
    from selenium.webdriver.common.by import By

    with served(samples_store) as base:
        browser.get(base + "/")
        SCREENS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENS / "stories.png"))
        browser.find_element(By.PARTIAL_LINK_TEXT, "Kim Vows").click()
        assert "/stories/" in browser.current_url
        treaty = _text(browser, ".treaty")
        assert "mutual defense commitments" in treaty and "Russia" in treaty and "North Korea" in treaty
        assert _text(browser, ".story-date") == "19 June 2024"
        page = _text(browser)
        assert "Yoshimasa Hayashi" in _text(browser, ".anachronism") and "Moon Jae-in" in page
        conflicts = browser.find_elements(By.CSS_SELECTOR, "#conflicts ~ .card.conflict")
        assert len(conflicts) == 3 and all(len(c.find_elements(By.CSS_SELECTOR, ".side")) >= 2 for c in conflicts)
        sides = [side.text for side in conflicts[0].find_elements(By.CSS_SELECTOR, ".side blockquote")]
        assert "founding of North Korea in 1945" in sides
        browser.save_screenshot(str(SCREENS / "story.png"))
        browser.find_element(By.CSS_SELECTOR, ".source h3 a").click()
        assert "/articles/" in browser.current_url and browser.find_elements(By.CSS_SELECTOR, "mark.k-mention")
        browser.find_element(By.CSS_SELECTOR, "details.removed summary").click()  # the toggle needs no script
        browser.save_screenshot(str(SCREENS / "article.png"))
        browser.find_element(By.LINK_TEXT, "Russia").click()
        assert _text(browser, "h1") == "Russia" and "mutual defense commitments" in _text(browser)
        browser.save_screenshot(str(SCREENS / "actor.png"))
    assert browser.execute_script("return window.__x") is None


def test_hostile_corpus_runs_no_script(browser: Any, hostile_store: Store) -> None:
    from selenium.webdriver.common.by import By

    with served(hostile_store) as base:
        browser.get(base + "/")
        assert "<script>window.__x=1</script> Putin meets Kim" in _text(browser)
        links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a[href*='/stories/']")]
        pages = [base + "/", base + "/?q=script", *links]
        browser.get(links[0])
        pages += [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".source h3 a")]
        pages += [base + "/actors/person:vladimir-putin"]
        for url in pages:
            browser.get(url)
            assert browser.execute_script("return window.__x") is None, url
            assert not browser.find_elements(By.CSS_SELECTOR, "main img, main script, main b"), url
        browser.get(links[0])
        shown = _text(browser)
        assert "<script>window.__x=3</script>" in shown and "onerror=window.__x=4" in shown


@pytest.fixture(autouse=True)
def _clean_window(browser: Any) -> Iterator[None]:
    yield
    browser.get("about:blank")

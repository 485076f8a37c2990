"""The web app and JSON API, driven in process (FastAPI's test client) over the ingested samples."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from parallax.store import Store
from parallax.web import create_app
from parallax.web.app import _day
from parallax.web.marks import mark, segments
from parallax.web.views import MODALITIES

SEED = "story-0075bf6f68"  # the Pyongyang summit of 19 June 2024 (four of the five samples)


@pytest.fixture(scope="module")
def client(samples_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(samples_store)) as client:
        yield client


@pytest.fixture(scope="module")
def seed(client: TestClient) -> dict:  # type: ignore[type-arg]
    stories = client.get("/api/stories").json()["stories"]
    story_id = next(s["id"] for s in stories if len(s["articles"]) == 4)
    response = client.get(f"/api/stories/{story_id}")
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def test_story_list_is_newest_first_with_counts(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    stories = body["stories"]
    assert [s["date"] for s in stories] == ["2024-08-15", "2024-06-19"]
    summit = stories[1]
    assert set(summit) >= {"id", "title", "date", "articles", "independent_sources", "conflicts", "anachronisms"}
    assert len(summit["articles"]) == 4 and summit["independent_sources"] == 4
    assert summit["conflicts"] == 3 and summit["anachronisms"] == 1
    assert body["total"] == 2 and body["page"] == 1


@pytest.mark.parametrize(
    ("query", "dates"),
    [
        ("since=2024-07-01", ["2024-08-15"]),
        ("until=2024-06-30", ["2024-06-19"]),
        ("q=Liberation+Day", ["2024-08-15"]),
        ("q=Hayashi", ["2024-06-19"]),
        ("q=nothing-says-this", []),
        ("actor=PRK", ["2024-08-15", "2024-06-19"]),
        ("type=AGREE", ["2024-08-15", "2024-06-19"]),
        ("type=ASSAULT&until=2024-06-30", ["2024-06-19"]),
        ("publisher=Nobody", []),
    ],
)
def test_story_list_filters(client: TestClient, query: str, dates: list[str]) -> None:
    assert [s["date"] for s in client.get(f"/api/stories?{query}").json()["stories"]] == dates
    page = client.get(f"/?{query}")
    assert page.status_code == 200 and page.text.count('<a href="/stories/') == len(dates)


def test_story_page_data(seed: dict) -> None:  # type: ignore[type-arg]
    assert seed["story"]["date"] == "2024-06-19"
    treaty = seed["treaties"][0]
    assert "mutual defense commitments" in treaty["commitments"]
    assert {a["name"] for a in treaty["actors"]} >= {"Russia", "North Korea", "Vladimir Putin", "Kim Jong Un"}
    assert sorted(c["kind"] for c in seed["conflicts"]) == ["date", "date", "fact"]
    assert all(len(c["sides"]) >= 2 for c in seed["conflicts"])
    assert [c["sides"][0]["text"] for c in seed["anachronisms"]] == ["its Foreign Minister, Yoshimasa Hayashi"]
    [other] = seed["storyline"]
    assert [c["sides"][0]["text"] for c in other["anachronisms"]] == ["President Moon Jae-in"]
    modalities = {m["modality"] for e in seed["events"] for m in e["mentions"]}
    assert modalities <= set(MODALITIES) and {"asserted", "speculative"} <= modalities
    assert all(isinstance(q["independent_sources"], int) and q["speaker"]["name"] for q in seed["quotes"])
    assert all(c["independent_sources"] >= 1 for c in seed["claims"])


def test_story_page_names_actors_and_marks_cited_spans(seed: dict) -> None:  # type: ignore[type-arg]
    speakers = {q["speaker"]["name"] for q in seed["quotes"]}
    assert "Vladimir Putin" in speakers and not any(s.startswith("person:") for s in speakers)
    for source in seed["sources"]:
        for m in source["marks"]:
            assert 0 <= m["start"] < m["end"] <= len(source["text"])
    hayashi = seed["anachronisms"][0]["sides"][0]
    text = next(s["text"] for s in seed["sources"] if s["id"] == hayashi["article"])
    assert text[hayashi["start"] : hayashi["end"]] == hayashi["text"]
    assert all(p["reasons"] for s in seed["sources"] if (p := s["profile"]))


def test_story_page_html(client: TestClient, seed: dict) -> None:  # type: ignore[type-arg]
    page = client.get(f"/stories/{seed['story']['id']}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for words in ("19 June 2024", "mutual defense commitments", "Yoshimasa Hayashi", "Moon Jae-in", "speculative"):
        assert words in page.text
    assert page.text.count('class="card conflict"') == 3
    anchors = [s["anchor"] for c in seed["conflicts"] for s in c["sides"] if s["here"]]
    assert anchors and all(f'id="{a}"' in page.text for a in anchors)


def test_article_page(client: TestClient, seed: dict) -> None:  # type: ignore[type-arg]
    article = seed["sources"][0]["id"]
    body = client.get(f"/api/articles/{article}").json()
    assert body["article"]["id"] == article and body["article"]["story"]["id"] == seed["story"]["id"]
    assert {m["kind"] for m in body["marks"]} >= {"mention", "event", "quote"}
    assert body["counts"]["mention"] > 0 and isinstance(body["removals"], list)
    page = client.get(f"/articles/{article}")
    assert page.status_code == 200 and "<details" in page.text and 'class="k-mention' in page.text


def test_actor_pages(client: TestClient) -> None:
    russia = client.get("/api/actors/RUS").json()
    assert russia["actor"]["name"] == "Russia"
    assert any("mutual defense commitments" in t["commitments"] for t in russia["treaties"])
    assert russia["events_by_type"] and russia["relations"] and russia["mentions"]["total"] > 0
    assert {c["name"] for c in russia["counterparts"]} >= {"North Korea"}
    putin = client.get("/api/actors/person:vladimir-putin").json()
    assert any(o["title"] == "president" and o["start"] for o in putin["actor"]["offices"])
    page = client.get("/actors/RUS")
    assert page.status_code == 200 and "Russia" in page.text and "mutual defense commitments" in page.text


def test_search(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Liberation Day"}).json()
    assert [s["date"] for s in body["stories"]] == ["2024-08-15"] and len(body["articles"]) == 1
    assert "Russia" in {a["name"] for a in client.get("/api/search?q=Russia").json()["actors"]}


@pytest.mark.parametrize("path", ["/api/stories/nope", "/api/articles/nope", "/api/actors/nope", "/api/nothing"])
def test_missing_things_are_json_404s(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["status"] == 404 and response.json()["error"]


def test_errors_on_pages_are_pages(client: TestClient) -> None:
    for path in ("/stories/nope", "/articles/nope", "/actors/nope"):
        response = client.get(path)
        assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    bad = client.get("/api/stories?page=zero")
    assert bad.status_code == 400 and bad.json()["status"] == 400


def test_read_only(client: TestClient) -> None:
    assert client.post("/api/stories").status_code == 405
    assert client.delete(f"/api/stories/{SEED}").status_code == 405


def test_every_page_forbids_script(client: TestClient) -> None:
    for path in ("/", f"/stories/{SEED}", "/actors/RUS", "/api/stories", "/stories/nope"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy and "unsafe-inline" not in policy


def test_api_is_documented(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) >= {
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles/{article_id}",
        "/api/actors/{actor_id}",
    }
    assert "/api/search" in paths
    assert "/api/stories" in client.get("/api").text
    docs = client.get("/docs")
    assert docs.status_code == 200 and "unsafe-inline" not in docs.headers["content-security-policy"]


def test_hostile_corpus_is_escaped(hostile_store: Store) -> None:
    with TestClient(create_app(hostile_store)) as client:
        story = client.get("/api/stories").json()["stories"][0]
        detail = client.get(f"/api/stories/{story['id']}").json()
        pages = [client.get("/"), client.get(f"/stories/{story['id']}")]
        pages += [client.get(f"/articles/{a}") for a in story["articles"]]
        pages.append(client.get("/?q=script"))
    assert any("<script>" in q["text"] for q in detail["quotes"])  # the markup reached the pages as data
    for page in pages:
        assert page.status_code == 200
        tags = _tags(page.text)
        assert not {"script", "img", "b"} & {tag for tag, _ in tags}
        assert not [(tag, name) for tag, attrs in tags for name, value in attrs if name.startswith("on")]
        assert not [value for _, attrs in tags for _, value in attrs if "javascript:" in (value or "")]
    assert "&lt;script&gt;window.__x=1&lt;/script&gt;" in pages[1].text


def _tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The elements of an HTML page with their attributes, as a browser's parser sees them."""
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Tags().feed(page)
    return found


def test_segments_cut_overlapping_marks() -> None:
    parts = segments(
        "Putin met Kim.", [mark("event", 0, 14), mark("mention", 0, 5), mark("mention", 10, 13)], article="a"
    )
    assert [(p["text"], p["kinds"]) for p in parts] == [
        ("Putin", ["event", "mention"]),
        (" met ", ["event"]),
        ("Kim", ["event", "mention"]),
        (".", ["event"]),
    ]
    assert parts[0]["anchors"] == ["a-a-0"] and parts[1]["anchors"] == []


def test_dates_read_as_people_write_them() -> None:
    assert [_day(v) for v in ("2024-06-19", "2024-06", "2024", "2024-06-19T10:00:00", None, "soon")] == [
        "19 June 2024",
        "June 2024",
        "2024",
        "19 June 2024",
        "undated",
        "soon",
    ]


def test_a_speaker_left_as_a_pronoun_is_not_shown_as_a_name() -> None:
    from parallax.actors.display import Names
    from parallax.web.views import _speaker

    names = Names.load()
    assert _speaker({"speaker": "He", "speaker_text": "He"}, names)["name"] == "unresolved speaker (He)"
    assert _speaker({"speaker": "person:vladimir-putin", "speaker_text": "he"}, names)["name"] == "Vladimir Putin"
    assert _speaker({"speaker": "White House officials"}, names) == {"id": None, "name": "White House officials"}

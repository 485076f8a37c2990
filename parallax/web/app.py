"""The FastAPI app: each route calls one view (``views.py``) and renders its dict as JSON under
``/api/...`` or as a server-rendered page; one handler renders every error, as JSON with its
status on ``/api`` and as a page elsewhere. Read-only: every route is a GET.

Article text is hostile input: templates escape everything (``autoescape=True``; the template
names end in ``.html.j2``, which ``select_autoescape(["html"])`` would not match), and every
response carries a Content-Security-Policy that forbids inline script.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..actors.display import Names
from ..errors import ConfigError, NotFoundError, ParallaxError
from ..store import Store
from . import views
from .actors import takes_part
from .marks import segments
from .views import Site, StoryFilters

__all__ = ["create_app"]

# Pages: no script at all; styles and images from this server only.
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
STATUS = {NotFoundError: 404, ConfigError: 400}  # a ParallaxError of another kind is a 500
ERRORS = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 422: "Bad request", 500: "Server error"}


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("parallax.web", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["day"] = _day
    env.filters["segments"] = segments
    env.filters["pct"] = lambda value: f"{value:.0%}"
    env.filters["query"] = lambda filters: urlencode({k: v for k, v in filters.items() if v and k != "page"})
    env.filters["http_url"] = lambda url: url if isinstance(url, str) and re.match(r"https?://", url, re.I) else None
    return env


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _day(value: str | None) -> str:
    """An ISO date as a reader writes it: "19 June 2024", "June 2024", "2024"; other values as is."""
    if not value:
        return "undated"
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?", value)
    if not match or not 1 <= int(match[2] or 1) <= 12:
        return value
    year, month, day = match.groups()
    if day:
        return f"{int(day)} {MONTHS[int(month) - 1]} {year}"
    return f"{MONTHS[int(month) - 1]} {year}" if month else year


class SecurityHeaders:
    """Adds the content policy and related headers to every HTTP response (pure ASGI, no buffering)."""

    def __init__(self, app: ASGIApp, *, policies: dict[str, str]) -> None:
        self.app = app
        self.policies = policies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = self.policies.get(scope["path"], PAGE_POLICY)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", policy.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(store: Store, *, names: Names | None = None, page_size: int = 50) -> FastAPI:
    """The web app over ``store`` (read-only)."""
    site = Site(store=store, names=names or Names.load(), page_size=page_size)
    env = _environment()
    app = FastAPI(
        title="Parallax",
        summary="Stories, events, quotes, claims, conflicts and actors from news articles, with their evidence.",
        docs_url=None,
        redoc_url=None,
    )
    docs_policy = _add_docs(app)
    app.add_middleware(SecurityHeaders, policies={"/docs": docs_policy})
    app.mount("/static", StaticFiles(packages=[("parallax.web", "static")]), name="static")
    _add_error_handlers(app, env)
    _add_pages(app, site, env)
    _add_api(app, site)
    return app


def _render(env: Environment, template: str, data: dict[str, Any], *, status: int = 200, **extra: Any) -> HTMLResponse:
    return HTMLResponse(env.get_template(template).render(data=data, **extra), status_code=status)


def _add_docs(app: FastAPI) -> str:
    """FastAPI's OpenAPI page at /docs; its one inline script is allowed by its hash, nothing else."""
    page = bytes(get_swagger_ui_html(openapi_url="/openapi.json", title="Parallax API").body).decode()
    inline = [s for s in re.findall(r"<script>(.*?)</script>", page, re.S)]
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page)

    return (
        f"default-src 'none'; script-src https://cdn.jsdelivr.net {hashes}; style-src https://cdn.jsdelivr.net; "
        "img-src 'self' data: https://fastapi.tiangolo.com; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def _add_error_handlers(app: FastAPI, env: Environment) -> None:
    def render_error(request: Request, status: int, message: str, detail: Any = None) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            body = {"error": message, "status": status} | ({"detail": detail} if detail else {})
            return JSONResponse(body, status_code=status)
        data = {"status": status, "title": ERRORS.get(status, "Error"), "message": message}
        return _render(env, "error.html.j2", data, status=status)

    @app.exception_handler(ParallaxError)
    async def parallax_error(request: Request, err: ParallaxError) -> Response:
        status = next((code for cls, code in STATUS.items() if isinstance(err, cls)), 500)
        return render_error(request, status, str(err))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> Response:
        message = err.detail if isinstance(err.detail, str) else ERRORS.get(err.status_code, "Error")
        return render_error(request, err.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, err: RequestValidationError) -> Response:
        problems = [{"where": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in err.errors()]
        return render_error(
            request, 400, "bad request: " + "; ".join(f"{p['where']}: {p['problem']}" for p in problems), problems
        )


Q = Annotated[str | None, Query(description="Search titles, article texts and actor names.")]
SINCE = Annotated[
    str | None, Query(description="Stories dated on or after this ISO date.", pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
]
UNTIL = Annotated[
    str | None, Query(description="Stories dated on or before this ISO date.", pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
]
ACTOR = Annotated[str | None, Query(description="Stories with an event of this actor id (e.g. RUS).")]
TYPE = Annotated[str | None, Query(description="Stories with an event of this PLOVER type (e.g. AGREE).")]
PUBLISHER = Annotated[str | None, Query(description="Stories with an article from this publisher.")]
PAGE = Annotated[int, Query(ge=1, description="Page of the list (50 stories a page).")]


def _filters(
    q: Q = None,
    since: SINCE = None,
    until: UNTIL = None,
    actor: ACTOR = None,
    type: TYPE = None,
    publisher: PUBLISHER = None,
    page: PAGE = 1,
) -> StoryFilters:
    """The story list's query parameters, shared by the page and the API as one dependency."""
    return StoryFilters(
        q=q or None,
        since=since or None,
        until=until or None,
        actor=actor or None,
        type=type or None,
        publisher=publisher or None,
        page=page,
    )


FILTERS = Annotated[StoryFilters, Depends(_filters)]


def _add_pages(app: FastAPI, site: Site, env: Environment) -> None:
    @app.get("/", include_in_schema=False)
    def stories_page(filters: FILTERS) -> HTMLResponse:
        data = views.story_list(site, filters)
        actor_name = site.names.name(filters.actor) if filters.actor else ""
        return _render(env, "stories.html.j2", data, actor_name=actor_name)

    @app.get("/stories/{story_id}", include_in_schema=False)
    def story_page(story_id: str) -> HTMLResponse:
        data = views.story_page(site, story_id)
        return _render(env, "story.html.j2", data, graph_svg=_story_svg(site, data))

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        return _render(env, "article.html.j2", views.article_page(site, article_id))

    @app.get("/actors/{actor_id}", include_in_schema=False)
    def actor_page(actor_id: str) -> HTMLResponse:
        data = views.actor_page(site, actor_id)
        return _render(env, "actor.html.j2", data, graph_svg=_actor_svg(site, actor_id))

    @app.get("/api", include_in_schema=False)
    def api_reference() -> HTMLResponse:
        return _render(env, "api.html.j2", app.openapi())


def _story_svg(site: Site, data: dict[str, Any]) -> str:
    from ..graph import relation_svg
    from ..graph_export import load_events

    events = site.store.corpus("event", ids=[e["id"] for e in data["events"]])
    return relation_svg(load_events(events), labels=site.names.name)


def _actor_svg(site: Site, actor_id: str) -> str:
    from ..graph import relation_svg
    from ..graph_export import load_events

    events = [e for e in site.store.corpus("event", contains=actor_id) if takes_part(actor_id, e)]
    return relation_svg(load_events(events), labels=site.names.name)


def _add_api(app: FastAPI, site: Site) -> None:
    not_found: dict[int | str, dict[str, Any]] = {404: {"description": 'No such id: `{"error": ..., "status": 404}`'}}

    @app.get("/api/stories", tags=["stories"])
    def api_stories(filters: FILTERS) -> JSONResponse:
        """Stories newest first: `{"stories": [{"id", "title", "date", "articles": [ids], "publishers",
        "independent_sources", "conflicts", "anachronisms"}], "total", "page", "pages"}`."""
        return JSONResponse(views.story_list(site, filters))

    @app.get("/api/stories/{story_id}", tags=["stories"], responses=not_found)
    def api_story(story_id: str) -> JSONResponse:
        """One story: events with the modality of each mention, treaties and commitments, conflicts and
        anachronisms with their sides, quotes and claims with their independent sources, the sources'
        texts with the cited spans (`marks`), profiles, the storyline's other stories."""
        return JSONResponse(views.story_page(site, story_id))

    @app.get("/api/articles/{article_id}", tags=["articles"], responses=not_found)
    def api_article(article_id: str) -> JSONResponse:
        """One article: cleaned text, every extracted item's span (`marks`), quotes, claims, events,
        actors, conflicts, and what cleaning removed."""
        return JSONResponse(views.article_page(site, article_id))

    @app.get("/api/actors/{actor_id}", tags=["actors"], responses=not_found)
    def api_actor(actor_id: str) -> JSONResponse:
        """One actor by the export's id (`RUS`, `person:vladimir-putin`): offices, mentions by month,
        events by type and counterpart, relations by period, treaties with their commitments."""
        return JSONResponse(views.actor_page(site, actor_id))

    @app.get("/api/search", tags=["search"])
    def api_search(
        q: Annotated[str, Query(description="Words to find in titles, texts and actor names.")],
    ) -> JSONResponse:
        """Stories, articles and actors matching `q`."""
        return JSONResponse(views.search(site, q))

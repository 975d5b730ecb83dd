"""The web admin center's Starlette application: sign-in, security headers, and the page routes.

Host layer (pwshlite.eac). Every page reaches the organization only through `runner.Runner` (cmdlets
run as the signed-in user); this module handles HTTP, sessions and templates. Pages are plain HTML
forms (no script at all), so the admin center works with scripting off.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from . import auth
from .runner import Runner

HERE = Path(__file__).resolve().parent
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


class EAC:
    """State shared by the routes: the runner, the cookie codec, the rate limiter, the templates."""

    def __init__(
        self, store_path: str | None, *, secret: bytes | None = None, secure_cookie: bool = False
    ) -> None:
        self.store_path = store_path
        self.runner = Runner(store_path)
        self.codec = auth.SessionCodec(secret)
        self.limiter = auth.RateLimiter()
        self.secure_cookie = secure_cookie
        self.templates = Environment(
            loader=FileSystemLoader(str(HERE / "templates")),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,
        )

    # -- sessions --------------------------------------------------------------------------------------
    def session_of(self, request: Request) -> auth.WebSession | None:
        return self.codec.decode(request.cookies.get(auth.COOKIE))

    def set_session(self, response: Response, session: auth.WebSession) -> None:
        response.set_cookie(
            auth.COOKIE, self.codec.encode(session), max_age=self.codec.max_age, path="/",
            httponly=True, samesite="strict", secure=self.secure_cookie,
        )  # fmt: skip

    # -- rendering -------------------------------------------------------------------------------------
    def render(
        self,
        request: Request,
        template: str,
        session: auth.WebSession | None,
        status: int = 200,
        **values: Any,
    ) -> HTMLResponse:
        """A page; a visitor without a session gets one (the sign-in form needs its CSRF token)."""
        fresh = session is None
        session = session or auth.new_session(None)
        html = self.templates.get_template(template).render(user=session.user, csrf=session.csrf, **values)
        response = HTMLResponse(html, status_code=status)
        if fresh:
            self.set_session(response, session)
        return response


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


class SecurityHeaders(BaseHTTPMiddleware):
    """CSP without inline script, no framing, no sniffing, no referrer; pages are never cached.
    Server-Timing reports the server time of each response (the benchmark reads it)."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        headers = response.headers
        headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        headers["Content-Security-Policy"] = CSP
        headers["X-Frame-Options"] = "DENY"
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if not request.url.path.startswith("/static/"):
            headers["Cache-Control"] = "no-store"
            headers["Pragma"] = "no-cache"
        return response


# -- sign-in ---------------------------------------------------------------------------------------------


async def signin_page(request: Request) -> Response:
    eac: EAC = request.app.state.eac
    session = eac.session_of(request)
    if session is not None and session.user:
        return redirect("/recipients")
    return eac.render(request, "signin.html", session, username="", message=None)


async def signin(request: Request) -> Response:
    eac: EAC = request.app.state.eac
    session = eac.session_of(request)
    form = await request.form()
    if not auth.csrf_ok(session, form.get("csrf")):
        return forbidden(
            request, "The form expired or did not come from this site. Reload the page and try again."
        )
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    keys = (f"ip:{request.client.host if request.client else '-'}", f"user:{name.casefold()}")
    wait = eac.limiter.retry_after(*keys)
    if wait:
        message = f"Too many failed sign-in attempts. Try again in {wait} seconds."
        limited = eac.render(request, "signin.html", session, status=429, username=name, message=message)
        limited.headers["Retry-After"] = str(wait)
        return limited
    user = auth.authenticate(eac.store_path, name, password)
    if user is None:
        eac.limiter.failed(*keys)
        message = "The user name or password you entered isn't correct."
        return eac.render(request, "signin.html", session, status=401, username=name, message=message)
    eac.limiter.succeeded(keys[1])
    response = redirect("/recipients")
    eac.set_session(response, auth.new_session(user))  # a new CSRF token at sign-in
    return response


async def signout(request: Request) -> Response:
    eac: EAC = request.app.state.eac
    session = eac.session_of(request)
    form = await request.form()
    if not auth.csrf_ok(session, form.get("csrf")):
        return forbidden(request, "The form expired or did not come from this site.")
    if session is not None and session.user:
        eac.runner.forget(session.user)
    response = redirect("/signin")
    response.delete_cookie(auth.COOKIE, path="/", httponly=True, samesite="strict")
    return response


def forbidden(request: Request, message: str) -> Response:
    eac: EAC = request.app.state.eac
    session = eac.session_of(request)
    return eac.render(request, "error.html", session, status=403, title="Request refused", messages=[message])


async def home(request: Request) -> Response:
    return redirect("/recipients")


def create_app(
    store_path: str | None = None, *, secret: bytes | None = None, secure_cookie: bool = False
) -> Starlette:
    """The ASGI application for the organization store at `store_path` (None: the shell's default)."""
    from . import pages

    routes = [
        Route("/", home),
        Route("/signin", signin_page, methods=["GET"]),
        Route("/signin", signin, methods=["POST"]),
        Route("/signout", signout, methods=["POST"]),
        *pages.ROUTES,
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)])
    app.state.eac = EAC(store_path, secret=secret, secure_cookie=secure_cookie)
    return app

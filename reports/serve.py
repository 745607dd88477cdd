"""`claimdiff serve`: the review workspace on localhost, decisions written to the reviews file.

Standard library only (`http.server.ThreadingHTTPServer`): one page, two small JSON endpoints.

Safety, in the order a request meets it:
- bound to 127.0.0.1 unless `--host` says otherwise (the CLI warns then);
- the `Host` header must name this server (a DNS-rebinding page cannot pass for it);
- every write carries the per-run random token the page embeds (`X-Claimdiff-Token`), and a
  foreign `Origin` is refused: both give 403 before the body is read, so the file is
  untouched; a cross-site form cannot set the header, and a cross-site script cannot read
  the page to learn the token;
- decisions go through reports.reviews (atomic write, the export's format).

A watcher thread polls the sources' modification times; when one changes, the findings
are recomputed, the generation number goes up and the page (which polls /api/state)
offers to reload. Reviews live in the file by fact id, so they follow the facts.
"""

from __future__ import annotations

import hmac
import json
import secrets
import socket
import sys
import threading
import time
from collections.abc import Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

from claims.sources.discover import discover
from matcher.model import FlagType
from reports import reviews as reviews_mod
from reports.html import FlagAsFinding, build_report
from reports.pipeline import RunResult, compare

POLL_SECONDS = 1.0  # how often the watcher looks at the sources' mtimes (a stat per file)
PAGE_POLL_MS = 1500  # how often the page asks whether the findings changed
MAX_BODY = 64 * 1024  # a decision is a few hundred bytes; a note of a few pages still fits
MAX_NOTE = 10_000
REVIEW_STATUSES = ("confirmed", "dismissed", "explained")
TOKEN_HEADER = "X-Claimdiff-Token"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


class Workspace:
    """The current findings, the reviews file and the token; shared by the handler threads."""

    def __init__(
        self, sources: Sequence[Path], reviews: Path, *, lang: str | None = None, jobs: int = 1, log=None
    ) -> None:
        self.sources = [Path(s) for s in sources]
        self.reviews_path = Path(reviews)
        self.lang = lang
        self.jobs = jobs
        self.token = secrets.token_urlsafe(32)
        self.lock = threading.RLock()
        self.generation = 0
        self.log = log or (lambda msg: print(f"claimdiff: {msg}", file=sys.stderr, flush=True))
        self.result: RunResult | None = None
        self.mtimes: dict[str, tuple[int, int]] = {}
        self.recompute()

    def snapshot(self) -> dict[str, tuple[int, int]]:
        paths, _ = discover(self.sources)
        out = {}
        for p in paths:
            try:
                st = p.stat()
            except OSError:
                continue
            out[str(p)] = (st.st_mtime_ns, st.st_size)
        return out

    def recompute(self) -> None:
        mtimes = self.snapshot()
        result = compare(self.sources, jobs=self.jobs)
        with self.lock:
            self.result = result
            self.mtimes = mtimes
            self.generation += 1
            findings: list[Any] = [*(result.document.findings or ()), *_flag_findings(result.document.flags)]
            # A decision covers every finding of one (fact, relation), as the reviews file keys
            # decisions and as the page groups them inside a fact's card.
            self.findings: dict[tuple[str, str], list[Any]] = {}
            for f in findings:
                key = (reviews_mod.fact_id(f), str(getattr(f.relation, "value", f.relation)))
                self.findings.setdefault(key, []).append(f)
            self.claims = {c.id: c for c in result.document.claims}

    def changed(self) -> bool:
        return self.snapshot() != self.mtimes

    def page(self) -> str:
        with self.lock:
            result, generation = self.result, self.generation
        assert result is not None  # recompute() ran in __init__
        live = {
            "token": self.token,
            "generation": generation,
            "file": str(self.reviews_path),
            "poll_ms": PAGE_POLL_MS,
        }
        return build_report(
            result.document,
            result.texts,
            lang=self.lang,
            reviews=reviews_mod.load_reviews(self.reviews_path),
            live=live,
            warnings=result.warnings,
        ).html

    def review(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Record one decision; (HTTP status, response body). Invalid input changes nothing."""
        fact, relation, status = body.get("fact"), body.get("relation"), body.get("status")
        note, reviewer = body.get("note") or "", body.get("reviewer") or ""
        if not isinstance(fact, str) or not isinstance(relation, str) or status not in REVIEW_STATUSES:
            return 400, {"error": f"need a fact id, its relation and a status in {', '.join(REVIEW_STATUSES)}"}
        if not isinstance(note, str) or not isinstance(reviewer, str) or len(note) > MAX_NOTE or len(reviewer) > 200:
            return 400, {"error": "note and reviewer must be short strings"}
        with self.lock:
            group = self.findings.get((fact, relation))
            if not group:
                return 404, {"error": f"no {relation} finding for fact {fact} in the current findings"}
            values, rows = reviews_mod.reviewed_material(group, self.claims)
            review = reviews_mod.record(
                self.reviews_path,
                fact,
                relation,
                status,
                note=note,
                reviewer=reviewer or None,
                values=values,
                claims=rows,
            )
        return 200, {"review": review.to_json()}


def _flag_findings(flags) -> list[FlagAsFinding]:
    return [FlagAsFinding(fl) for fl in flags or () if fl.type is FlagType.unsupported_quote]


def make_server(workspace: Workspace, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server bound to (host, port); port 0 picks a free port (server.server_address)."""

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

    server = Server((host, port), _handler(workspace))
    return server


def _handler(ws: Workspace) -> type[BaseHTTPRequestHandler]:
    """The request handler class for one workspace (http.server makes an instance per request)."""

    class Handler(_Handler):
        workspace = ws

    return Handler


class _Handler(BaseHTTPRequestHandler):
    """The workspace's HTTP API: the page, its state, and review decisions (POST /api/review)."""

    workspace: Workspace
    server_version = "claimdiff"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the terminal shows decisions and changes, not every poll

    # -- checks
    def _names(self) -> set[str]:
        address = cast(tuple[Any, ...], self.server.server_address)
        host, port = str(address[0]), address[1]
        names = {host, *LOCAL_HOSTS} if host in LOCAL_HOSTS else {host}
        return {f"{n}:{port}" if ":" not in n else f"[{n}]:{port}" for n in names}

    def _host_ok(self) -> bool:
        return (self.headers.get("Host") or "") in self._names()

    def _origin_ok(self) -> bool:
        origin = self.headers.get("Origin")
        return origin is None or origin in {f"http://{n}" for n in self._names()}

    def _token_ok(self) -> bool:
        return hmac.compare_digest(self.headers.get(TOKEN_HEADER, "").encode(), self.workspace.token.encode())

    # -- responses
    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, code: int, data: dict[str, Any]) -> None:
        self._send(code, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def do_GET(self) -> None:
        if not self._host_ok() or not self._origin_ok():
            return self._json(403, {"error": "foreign host or origin"})
        path = self.path.split("?", 1)[0]
        if path in ("/", "/index.html"):
            return self._send(200, self.workspace.page().encode("utf-8"), "text/html; charset=utf-8")
        if path == "/api/state":
            if not self._token_ok():
                return self._json(403, {"error": "missing or wrong token"})
            return self._json(200, {"generation": self.workspace.generation})
        return self._json(404, {"error": "not found"})

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if not self._host_ok() or not self._origin_ok() or not self._token_ok():
            return self._json(403, {"error": "foreign origin, or missing or wrong token"})
        if self.path != "/api/review":
            return self._json(404, {"error": "not found"})
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            return self._json(413 if length > MAX_BODY else 400, {"error": "body missing or too large"})
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self._json(400, {"error": "body is not JSON"})
        if not isinstance(body, dict):
            return self._json(400, {"error": "body is not a JSON object"})
        try:
            code, data = self.workspace.review(body)
        except (OSError, ValueError) as e:
            return self._json(500, {"error": f"could not write {self.workspace.reviews_path}: {e}"})
        if code == 200:
            self.workspace.log(f"{body['status']} {body['fact']} → {self.workspace.reviews_path}")
        return self._json(code, data)

    def _refuse(self) -> None:
        self._json(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "method not allowed"})

    do_PUT = do_DELETE = do_PATCH = _refuse


def watch(ws: Workspace, stop: threading.Event, interval: float = POLL_SECONDS) -> None:
    """Recompute the findings when a source file changes, until `stop` is set."""
    while not stop.wait(interval):
        try:
            if ws.changed():
                ws.recompute()
                ws.log(f"sources changed: findings recomputed (generation {ws.generation})")
        except Exception as e:
            ws.log(f"warning: could not recompute: {e}")


def serve(
    sources: Sequence[Path],
    *,
    reviews: Path,
    host: str = "127.0.0.1",
    port: int = 8765,
    lang: str | None = None,
    jobs: int = 1,
) -> None:
    ws = Workspace(sources, reviews, lang=lang, jobs=jobs)
    server = make_server(ws, host, port)
    stop = threading.Event()
    threading.Thread(target=watch, args=(ws, stop), daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    ws.log(f"serving http://{shown}:{server.server_address[1]}/ — decisions go to {reviews}; Ctrl-C stops")
    try:
        server.serve_forever(poll_interval=0.25)
    finally:
        stop.set()
        server.server_close()
        time.sleep(0)

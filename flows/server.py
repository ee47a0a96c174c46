"""Where a run reports: a Prefect server that cannot lose a start-up race.

Three cases, in order:

1. ``PREFECT_API_URL`` is set: that server is used, nothing is started.
2. ``isp serve`` is running for the database's folder: its address is in
   ``<db folder>/.prefect/server.json`` and it answers, so the run uses it (no start-up cost).
3. Otherwise a temporary server is started for the run and stopped after it.

The temporary server is started so that it cannot lose a race on a busy machine:

- Prefect's database is brought to the current schema *before* the server starts, with no
  time limit: a new Prefect home is seeded with a copy of a template database migrated once
  per installation (``isp setup``, which ``make`` runs), so a new database folder costs a file
  copy, not half a minute of migrations; an existing home from an older Prefect is migrated
  in its own process. The server is then told not to migrate on start.
- The server listens on a socket this process has already bound (no port to race for), and
  the command goes on importing the flow while the server starts.
- The server watches its parent and exits when the parent dies (even by SIGKILL), so a killed
  run leaves no server behind holding Prefect's database.
- If it does not answer within ``ISP_PREFECT_START_TIMEOUT`` seconds (default 300), or exits,
  the command stops with one line saying so (exit code 2).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import fcntl
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from importlib.metadata import version as package_version
from pathlib import Path

#: Seconds a temporary server may take to answer once started (its schema is ready by then).
DEFAULT_START_TIMEOUT = 300.0
#: Seconds a migration of Prefect's database may take (a first set-up on a slow machine).
MIGRATION_TIMEOUT = 1800.0

_SCHEMA_MARKER = "isp-prefect-schema"  # in a Prefect home: the Prefect version it is migrated to
_SERVED = "server.json"  # in a Prefect home: where `isp serve` listens


class ServerError(RuntimeError):
    """Prefect's server could not be prepared or started: one line for the user."""


def prefect_home_for(db: Path) -> Path:
    """The Prefect home of a database: ``PREFECT_HOME`` if set, else ``<db folder>/.prefect``."""
    explicit = os.environ.get("PREFECT_HOME")
    return Path(explicit).expanduser() if explicit else (db.parent / ".prefect").resolve()


def prefect_version() -> str:
    return package_version("prefect")


def _uses_default_database() -> bool:
    """Prefect's database is the SQLite file in its home (not one the user configured)."""
    return not os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL")


# -- Prefect's database ------------------------------------------------------------------------


def template_path() -> Path:
    """Where this installation keeps its migrated template of Prefect's database."""
    name = f"prefect-{prefect_version()}.db"
    installed = Path(sys.prefix) / "share" / "isp" / name
    if os.access(installed.parent if installed.parent.exists() else sys.prefix, os.W_OK):
        return installed
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "isp" / name


def ensure_template() -> Path:
    """The migrated template database, built once (under a lock) if it is not there yet."""
    template = template_path()
    if template.exists():
        return template
    template.parent.mkdir(parents=True, exist_ok=True)
    with _locked(template.with_suffix(".lock")):
        if not template.exists():
            with tempfile.TemporaryDirectory(prefix="isp-prefect-") as tmp:
                _migrate(Path(tmp))
                partial = template.with_suffix(".partial")
                _copy_database(Path(tmp) / "prefect.db", partial)
                partial.replace(template)
    return template


def prepare_home(home: Path) -> None:
    """Make sure the home's Prefect database exists at the current schema, with no race.

    Fast when it is ready already (one small file read)."""
    if not _uses_default_database():
        return  # the user's own database: Prefect migrates it on start, as it always does
    if _ready(home):
        return
    home.mkdir(parents=True, exist_ok=True)
    with _locked(home / ".isp-prepare.lock"):
        if _ready(home):
            return
        if (home / "prefect.db").exists():
            _migrate(home)  # made by another Prefect version, or before isp marked it
        else:
            _copy_database(ensure_template(), home / "prefect.db")
        (home / _SCHEMA_MARKER).write_text(prefect_version(), encoding="utf-8")


def _ready(home: Path) -> bool:
    """The home's database exists and isp marked it migrated for this Prefect version."""
    return _read(home / _SCHEMA_MARKER) == prefect_version() and (home / "prefect.db").exists()


def _migrate(home: Path) -> None:
    env = {**_server_env(home), "PREFECT_LOGGING_LEVEL": "WARNING"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "prefect", "server", "database", "upgrade", "-y"],
            env=env, capture_output=True, text=True, timeout=MIGRATION_TIMEOUT,
            stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise ServerError(f"migrating Prefect's database in {home} took over "
                          f"{MIGRATION_TIMEOUT:g} s") from exc
    if done.returncode != 0:
        raise ServerError(f"could not migrate Prefect's database in {home}: "
                          f"{_last_line(done.stderr + done.stdout)}")


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (its WAL included), whatever state it is in."""
    target.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


# -- finding and starting a server -------------------------------------------------------------


def served_url(home: Path) -> str | None:
    """The API address of the ``isp serve`` server for this home, if it is up and answers."""
    url = _served(home).get("api_url")
    return str(url) if url and _healthy(str(url), timeout=2.0) else None


def served_by(home: Path) -> int | None:
    """The process id that ``server.json`` names, if any."""
    pid = _served(home).get("pid")
    return pid if isinstance(pid, int) else None


def _served(home: Path) -> dict[str, object]:
    try:
        info = json.loads(_read(home / _SERVED) or "{}")
    except ValueError:
        return {}
    return info if isinstance(info, dict) else {}


class TemporaryServer:
    """A Prefect server for one run, in a child process that dies with its parent."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self._socket: socket.socket | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log = home / "temporary-server.log"
        self.api_url = ""

    def start(self) -> TemporaryServer:
        """Start the server (without waiting for it): its address is known at once."""
        prepare_home(self.home)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(128)
        fd = self._socket.fileno()
        self.api_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}/api"
        with self._log.open("wb") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "flows.server", "--fd", str(fd),
                 "--parent", str(os.getpid())],
                env={**_server_env(self.home), **_TEMPORARY_ENV}, pass_fds=[fd],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        atexit.register(self.stop)
        return self

    def wait(self, timeout: float | None = None) -> str:
        """Block until the server answers; its API address. Raises :class:`ServerError`."""
        assert self._process is not None, "start() first"
        limit = timeout if timeout is not None else start_timeout()
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise ServerError(
                    f"Prefect's temporary server exited with code {self._process.returncode}: "
                    f"{_last_line(_read(self._log) or '')} (log: {self._log})")
            if _healthy(self.api_url, timeout=2.0):
                return self.api_url
            time.sleep(0.1)
        self.stop()
        raise ServerError(
            f"Prefect's temporary server did not answer within {limit:g} s (log: {self._log}); "
            "raise ISP_PREFECT_START_TIMEOUT, run `isp serve`, or set PREFECT_API_URL")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None


def start_timeout() -> float:
    raw = os.environ.get("ISP_PREFECT_START_TIMEOUT", "")
    try:
        return float(raw) if raw.strip() else DEFAULT_START_TIMEOUT
    except ValueError as exc:
        raise ServerError(f"ISP_PREFECT_START_TIMEOUT must be seconds, not {raw!r}") from exc


#: A temporary server: no UI, only the services a run needs, and its database is ready.
_TEMPORARY_ENV = {
    "PREFECT_UI_ENABLED": "false",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",  # a run uses no blocks
}


def _server_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update({"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "DO_NOT_TRACK": "1"})
    if _uses_default_database() and _read(home / _SCHEMA_MARKER) == prefect_version():
        env["PREFECT_API_DATABASE_MIGRATE_ON_START"] = "false"
    return env


# -- `isp serve` -------------------------------------------------------------------------------


def serve(home: Path, host: str, port: int) -> None:
    """Run a long-lived Prefect server (with its UI) for this home until interrupted."""
    import uvicorn

    prepare_home(home)
    os.environ.update(_server_env(home))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    bound = sock.getsockname()[1]
    url = f"http://{host}:{bound}/api"
    os.environ["PREFECT_UI_API_URL"] = url
    served = home / _SERVED
    served.write_text(json.dumps({"api_url": url, "pid": os.getpid()}), encoding="utf-8")
    print(f"Prefect server for {home.parent}: http://{host}:{bound} (Ctrl-C stops it)",
          flush=True)
    try:
        uvicorn.run("prefect.server.api.server:create_app", factory=True, fd=sock.fileno(),
                    log_level="warning", lifespan="on")
    finally:
        if served_by(home) == os.getpid():  # not a later `isp serve`'s file
            served.unlink(missing_ok=True)
        sock.close()


# -- helpers -----------------------------------------------------------------------------------


def _healthy(api_url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


# -- the temporary server's own process --------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """Exit when the parent process is gone: at once through the kernel where it can
    (Linux's parent-death signal), else within half a second of a poll."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
    if os.getppid() != parent:
        os._exit(0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _main() -> None:
    parser = argparse.ArgumentParser(description="A temporary Prefect server for one isp run.")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--parent", type=int, required=True)
    args = parser.parse_args()
    _die_with_parent(args.parent)
    import uvicorn

    uvicorn.run("prefect.server.api.server:create_app", factory=True, fd=args.fd,
                log_level="error", lifespan="on")


if __name__ == "__main__":
    _main()

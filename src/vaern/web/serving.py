"""`vaern serve --workers N`: N uvicorn processes, each with its own listening socket on
the same port (SO_REUSEPORT), so the kernel spreads connections evenly over them.

uvicorn's own `--workers` shares one listening socket; the first worker to wake accepts
every pending connection, so a burst of 50 keep-alive clients was split 45/5 or 5/45
as often as 25/25, and the busy worker's latency nearly doubled while the other idled
(measured with `python -m bench check`). With one socket per worker the kernel picks
the socket by a hash of the connection's addresses.

The parent process keeps a bound, non-listening socket on the port: a port taken by
another program fails here, in the parent, with a clear error; the port stays reserved
while a worker restarts; and a socket that does not listen never receives connections.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections.abc import Iterable
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("vaern")

STARTUP_FAILURE = 3  # uvicorn's exit code for a worker that could not start
STOP_SECONDS = 30  # how long a worker may finish its requests after SIGTERM
SHED_EVERY = 0.05  # seconds between two connections a busier worker closes


class PortTaken(RuntimeError):
    pass


def reuseport_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) with SO_REUSEPORT, not yet listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on connections whose
    # socket says TCP. Without it the response body, written after the headers, waited
    # for the client's delayed ACK (up to 40 ms a request: 10 clients got 227 requests/s
    # from a handler that takes 0.6 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise PortTaken(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    return sock


class _Share:
    """This worker's part of the connections, against the counts all workers publish in
    shared memory (one slot each)."""

    def __init__(self, counts: Any, index: int, connections: set[Any]) -> None:
        self.counts, self.index, self.connections = counts, index, connections
        self.shed_at = 0.0

    def shed(self) -> bool:
        """Whether to close the connection of the response now being sent: this worker
        holds more than its share (rounded up), and it has not closed one in SHED_EVERY."""
        mine = len(self.connections)
        self.counts[self.index] = mine
        fair = -(-sum(self.counts) // len(self.counts))
        now = time.monotonic()
        if mine <= fair or now < self.shed_at:
            return False
        self.shed_at = now + SHED_EVERY
        return True


_share: _Share | None = None  # set in a worker of `run`


class BalanceMiddleware:
    """Evens out the connections between workers. The kernel's hash splits keep-alive
    connections unevenly (33/17 of 50 in one bench run), and the busier worker's clients
    wait longer. While this worker holds more than its share, it answers one request now
    and then with ``Connection: close``: the client reconnects, and the hash picks a
    socket again. Does nothing outside `vaern serve --workers N`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        share = _share
        if share is None or scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def closing(message: Message) -> None:
            if message["type"] == "http.response.start" and share.shed():
                headers = [*message.get("headers", []), (b"connection", b"close")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, closing)


class _OneSendPerStep:
    """A connection's transport whose writes within one event-loop step go out as one
    send. uvicorn writes a response's status line and headers, then its body: two system
    calls and, with TCP_NODELAY, two TCP segments for the client to read, for every
    answer. Joined, an answer of the check is one of each."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(bytes(data))

    def writelines(self, lines: Iterable[bytes | bytearray | memoryview]) -> None:
        for data in lines:
            self.write(data)

    def flush(self) -> None:
        if self._pending:
            data, self._pending = b"".join(self._pending), []
            if not self._transport.is_closing():
                self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()


class HttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, each connection's writes joined per loop step."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        super().connection_made(_OneSendPerStep(transport, self.loop))  # type: ignore[arg-type]


def _worker(host: str, port: int, options: dict[str, Any], counts: Any, index: int) -> None:
    """One worker process: its own socket and event loop, the app built by its factory."""
    import sys

    import uvicorn

    global _share
    try:
        sock = reuseport_socket(host, port)
    except PortTaken as exc:
        log.error(str(exc))
        sys.exit(STARTUP_FAILURE)
    config = uvicorn.Config("vaern.app:worker_app", factory=True, **options)
    server = uvicorn.Server(config)
    _share = _Share(counts, index, server.server_state.connections)
    server.run(sockets=[sock])


def run(host: str, port: int, workers: int, options: dict[str, Any]) -> int:
    """Serve with `workers` processes until SIGINT or SIGTERM; a worker that dies is
    replaced. Returns the exit code: 0, or 1 when a worker could not start at all."""
    reservation = reuseport_socket(host, port)  # raises PortTaken before any worker starts
    port = reservation.getsockname()[1]
    spawn = multiprocessing.get_context("spawn")
    stop = threading.Event()
    previous = {
        sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)
    }

    counts = spawn.RawArray("i", workers)  # each worker's open connections

    def start(index: int) -> BaseProcess:
        counts[index] = 0
        args = (host, port, options, counts, index)
        process = spawn.Process(target=_worker, args=args, daemon=False)
        process.start()
        return process

    processes = [start(n) for n in range(workers)]
    log.info("serving", extra={"port": port, "workers": workers})
    code = 0
    try:
        while not stop.wait(0.5):
            for n, process in enumerate(processes):
                if process.is_alive():
                    continue
                if process.exitcode == STARTUP_FAILURE:
                    log.error("a worker could not start; stopping", extra={"workers": workers})
                    code = 1
                    stop.set()
                    break
                log.warning("a worker died; starting another", extra={"exit": process.exitcode})
                processes[n] = start(n)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes its open requests
        deadline = time.monotonic() + STOP_SECONDS
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        reservation.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return code


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    fds = Path(f"/proc/{pid}/fd")
    for fd in fds.iterdir() if fds.exists() else ():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def tcp_inodes(port: int, state: str) -> set[str]:
    """Inodes of the IPv4 TCP sockets on local ``port`` in ``state`` (Linux /proc/net/tcp
    codes: ``0A`` listening, ``01`` established)."""
    rows = [r.split() for r in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return {r[9] for r in rows if int(r[1].split(":")[1], 16) == port and r[3] == state}


def connections_per_worker(parent: int, port: int) -> dict[int, int]:
    """How many established connections each worker of ``parent`` holds on ``port`` (for
    tests and benchmarks: is the load spread?). Workers are the children listening there."""
    listening, established = tcp_inodes(port, "0A"), tcp_inodes(port, "01")
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        if ppid == parent and (inodes := _socket_inodes(int(entry.name))) & listening:
            out[int(entry.name)] = len(inodes & established)
    return out

"""`vaern serve --workers N` for real: processes, sockets and signals (web/serving.py)."""

from __future__ import annotations

import asyncio
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.loopback import free_port
from vaern.web.serving import connections_per_worker, reuseport_socket, tcp_inodes

VAERN = str(Path(sys.executable).parent / "vaern")


def _env(sqlite_url: str, var_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "VAERN_DATABASE_URL": sqlite_url,
        "VAERN_VAR_DIR": str(var_dir),
        "VAERN_RUN_JOBS": "false",
        "VAERN_REPORT_SMTP_IN_SERVER": "false",
    }


def _get(port: int, path: str = "/healthz") -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().status
    finally:
        conn.close()


def _workers(pid: int, port: int) -> list[int]:
    """The children of ``pid`` that listen on ``port``."""
    return sorted(connections_per_worker(pid, port))


@contextmanager
def _serving(
    sqlite_url: str, var_dir: Path, workers: int
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = free_port()
    argv = [VAERN, "serve", "--no-migrate", "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(
        argv, env=_env(sqlite_url, var_dir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 90  # each worker imports the whole app
        while len(_workers(server.pid, port)) < workers:
            assert server.poll() is None, "the server exited while starting"
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.2)
        while _get(port) != 200:
            assert time.monotonic() < deadline, "the workers did not answer"
            time.sleep(0.2)
        yield server, port
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)


@pytest.mark.long
def test_workers_have_their_own_sockets_and_share_the_connections(
    sqlite_url: str, var_dir: Path
) -> None:
    with _serving(sqlite_url, var_dir, workers=2) as (server, port):
        assert len(_workers(server.pid, port)) == 2
        # Each worker listens on a socket of its own; the parent listens on none.
        assert len(tcp_inodes(port, "0A")) == 2
        connections = []
        for _ in range(40):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            assert response.status == 200 and response.read()
            connections.append(conn)
        try:
            # The kernel's hash picks a worker's socket; then the busier worker closes a
            # connection now and then (Connection: close) until the split is even. The
            # clients reconnect by themselves (http.client opens a closed connection again).
            deadline = time.monotonic() + 30
            while True:
                for conn in connections:
                    conn.request("GET", "/healthz")
                    assert conn.getresponse().read()
                per_worker = list(connections_per_worker(server.pid, port).values())
                if sum(per_worker) == 40 and max(per_worker) - min(per_worker) <= 2:
                    break
                assert time.monotonic() < deadline, per_worker
        finally:
            for conn in connections:
                conn.close()


@pytest.mark.long
def test_a_dead_worker_is_replaced_and_sigterm_stops_them_all(
    sqlite_url: str, var_dir: Path
) -> None:
    with _serving(sqlite_url, var_dir, workers=2) as (server, port):
        first, second = _workers(server.pid, port)
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 90
        while True:
            workers = _workers(server.pid, port)
            if len(workers) == 2 and first not in workers:
                break
            assert time.monotonic() < deadline, "the dead worker was not replaced"
            time.sleep(0.2)
        assert second in workers
        for _ in range(10):
            assert _get(port) == 200
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0
        assert not tcp_inodes(port, "0A")
        for pid in workers:
            assert (
                not Path(f"/proc/{pid}").exists()
                or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
            )


@pytest.mark.long
def test_a_taken_port_is_a_clear_error(sqlite_url: str, var_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        argv = [VAERN, "serve", "--no-migrate", "--port", str(port), "--workers", "2"]
        done = subprocess.run(
            argv, env=_env(sqlite_url, var_dir), capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_worker_connections_get_tcp_nodelay() -> None:
    """asyncio sets TCP_NODELAY only on connections of a socket made as IPPROTO_TCP; without
    it a response's body waits for the client's delayed ACK after its headers."""

    async def accepted_nodelay() -> int:
        sock = reuseport_socket("127.0.0.1", 0)
        sock.listen()
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                conn = transport.get_extra_info("socket")
                seen.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
        _reader, writer = await asyncio.open_connection(*sock.getsockname())
        try:
            return await asyncio.wait_for(seen, 5)
        finally:
            writer.close()
            server.close()

    # A loop of its own in a thread of its own: another test may leave one running here.
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(lambda: asyncio.run(accepted_nodelay())).result(timeout=30) == 1


def test_a_worker_over_its_share_closes_a_connection_now_and_then() -> None:
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from vaern.web import serving

    counts = [0, 20]
    busy = serving._Share(counts, 0, set(range(30)))
    assert busy.shed() and counts == [30, 20]  # 30 of 50 is over the share of 25
    assert not busy.shed()  # not again within SHED_EVERY
    busy.shed_at = 0.0
    assert not serving._Share([0, 25], 0, set(range(25))).shed()  # exactly its share
    assert not serving._Share([0, 24], 0, set(range(25))).shed()  # 25 of 49 rounds up to 25

    app = Starlette(routes=[Route("/", lambda _request: PlainTextResponse("ok"))])
    app.add_middleware(serving.BalanceMiddleware)
    client = TestClient(app)
    assert client.get("/").headers.get("connection") is None  # not a worker of `run`
    serving._share = busy
    try:
        assert client.get("/").headers["connection"] == "close"
        assert client.get("/").headers.get("connection") is None  # within SHED_EVERY
    finally:
        serving._share = None


class _Transport(asyncio.Transport):
    """Records what reaches the socket: each write is one send."""

    def __init__(self) -> None:
        super().__init__()
        self.sends: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        assert not self.closed
        self.sends.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str, default: object = None) -> object:
        return {"peername": ("127.0.0.1", 4321)}.get(name, default)


def test_a_response_written_in_parts_goes_out_in_one_send() -> None:
    from vaern.web.serving import _OneSendPerStep

    async def scenario() -> list[list[bytes]]:
        loop = asyncio.get_running_loop()
        real = _Transport()
        joined = _OneSendPerStep(real, loop)
        seen = []
        joined.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        joined.write(memoryview(b"ok"))
        seen.append(list(real.sends))  # nothing sent within the step
        await asyncio.sleep(0)
        seen.append(list(real.sends))  # the step's writes, as one send
        joined.writelines([b"a", b"b"])
        joined.close()  # what was written goes out before the connection closes
        seen.append(list(real.sends))
        joined.write(b"late")
        await asyncio.sleep(0)
        seen.append(list(real.sends))  # nothing is written after closing
        assert joined.get_extra_info("peername") == ("127.0.0.1", 4321)
        return seen

    # A thread of its own: a browser test's Playwright may hold this thread's event loop.
    with ThreadPoolExecutor(1) as pool:
        before, after, closed, late = pool.submit(asyncio.run, scenario()).result()
    assert before == []
    assert after == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"]
    assert closed == [*after, b"ab"]
    assert late == closed


@pytest.mark.long
def test_vaern_serve_answers_whole_responses_over_the_joined_transport(
    sqlite_url: str, var_dir: Path
) -> None:
    """Keep-alive requests on one connection, then one that closes it: each response
    whole (status, headers and body), in order."""
    with _serving(sqlite_url, var_dir, workers=2) as (_server, port):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            for path in ("/healthz", "/api/v1/openapi.json", "/healthz"):
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                assert response.status == 200
                assert len(body) == int(response.headers["content-length"]) > 0
            conn.request("GET", "/healthz", headers={"Connection": "close"})
            response = conn.getresponse()
            assert response.status == 200 and response.read()
        finally:
            conn.close()

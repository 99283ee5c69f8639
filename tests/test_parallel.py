"""The xdist scheduler of tests/parallel.py: ``after_suite`` tests go last, to the last
worker, once every other worker has stopped."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from tests.parallel import QUEUE, AfterSuiteLast

COLLECTION = [f"tests/test_a.py::test_{n}" for n in range(40)] + [
    "tests/privacy/test_scan_after_suite.py::test_scan[sqlite]",
    "tests/privacy/test_scan_after_suite.py::test_scan[postgresql]",
]
HELD = [40, 41]


class FakeConfig:
    def getvalue(self, name: str) -> Any:
        return {"tx": ["2*popen"]}[name]

    def getoption(self, name: str) -> Any:
        return {"maxschedchunk": None}[name]


class FakeNode:
    """A worker that records what it was sent and runs it when asked."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.sent: list[int] = []
        self.shutting_down = False

    def send_runtest_some(self, indices: list[int]) -> None:
        assert not self.shutting_down, "sent tests after its shutdown"
        self.sent += indices

    def shutdown(self) -> None:
        self.shutting_down = True


def started(collection: list[str]) -> tuple[AfterSuiteLast, list[FakeNode]]:
    """The scheduler after its first distribution to two workers."""
    sched = AfterSuiteLast(FakeConfig())  # type: ignore[arg-type]
    nodes = [FakeNode("gw0"), FakeNode("gw1")]
    for node in nodes:
        sched.add_node(node)  # type: ignore[arg-type]
        sched.add_node_collection(node, collection)  # type: ignore[arg-type]
    sched.schedule()
    return sched, nodes


def run(sched: AfterSuiteLast, nodes: list[FakeNode]) -> list[tuple[int, int]]:
    """Drive the scheduler as xdist's controller does, one completed test at a time
    (a worker keeps its last test until it gets more or is stopped); the (worker, test)
    order in which the tests ran."""
    ran: list[tuple[int, int]] = []
    for _ in range(1000):  # bounded: a scheduler that stalls fails the test
        if not sched.nodes:
            return ran
        for n, node in enumerate(nodes):
            if node not in sched.nodes:
                continue
            queue = sched.node2pending[node]  # type: ignore[index]
            if len(queue) > 1 or (queue and node.shutting_down):
                ran.append((n, queue[0]))
                sched.mark_test_complete(node, queue[0])  # type: ignore[arg-type]
            elif not queue and node.shutting_down:
                sched.remove_node(node)  # type: ignore[arg-type]
    raise AssertionError(f"stalled after {ran}")


def test_after_suite_tests_run_last_on_the_last_worker() -> None:
    sched, nodes = started(COLLECTION)
    assert not any(i in HELD for node in nodes for i in node.sent)

    ran = run(sched, nodes)

    assert sorted(i for _, i in ran) == list(range(len(COLLECTION)))  # each test once
    assert [i for _, i in ran[-2:]] == HELD
    assert ran[-1][0] == ran[-2][0]  # on one worker
    assert {n for n, _ in ran[:-2]} == {0, 1}  # both workers ran the other tests
    assert all(node.shutting_down for node in nodes) and sched.tests_finished


def test_only_after_suite_tests_still_run() -> None:
    sched, nodes = started(COLLECTION[40:])
    assert [i for _, i in run(sched, nodes)] == [0, 1]


def test_a_worker_busy_with_a_long_test_holds_only_a_few_others() -> None:
    """Worker 1 finishes one test while worker 0 finishes ten: when nothing is left to send,
    worker 1 still holds at most ``QUEUE`` tests, not a chunk of the collection."""
    sched, nodes = started(COLLECTION)
    for tick in range(1000):
        if not sched.pending:
            break
        for n, node in enumerate(nodes):
            queue = sched.node2pending[node]  # type: ignore[index]
            assert len(queue) <= QUEUE
            if len(queue) > 1 and (n == 0 or tick % 10 == 0):
                sched.mark_test_complete(node, queue[0])  # type: ignore[arg-type]
    assert not sched.pending
    assert 0 < len(sched.node2pending[nodes[1]]) <= QUEUE  # type: ignore[index]
    assert len(nodes[1].sent) < len(nodes[0].sent) / 4

"""``after_suite`` tests run after every other test, in one process or in several; ``long``
tests run before the others.

Long tests first: pytest-xdist hands out the collection in its order, so a test of 10-30 s
near the end kept one process busy while the other had nothing left to do; sent first,
they run while there are still short tests to balance the processes.

``after_suite``, one process: they are moved to the end of the collection. With
pytest-xdist (``make test`` runs ``-n 2``) the controller's scheduler holds them back until
every other test has run: it stops all workers but one as the other tests run out, and
sends them to that one.
The scheduler sees only test ids, so an ``after_suite`` test lives in a file whose name
ends in ``_after_suite.py`` (checked at collection).
"""

from __future__ import annotations

import pytest
from xdist.remote import Producer
from xdist.scheduler import LoadScheduling
from xdist.workermanage import WorkerController

AFTER_SUITE_FILE = "_after_suite.py::"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    last = [i for i in items if i.get_closest_marker("after_suite")]
    for item in last:
        if AFTER_SUITE_FILE not in item.nodeid:
            raise pytest.UsageError(f"an after_suite test belongs in *_after_suite.py: {item}")
    rest = [i for i in items if not i.get_closest_marker("after_suite")]
    first = [i for i in rest if i.get_closest_marker("long")]
    items[:] = first + [i for i in rest if not i.get_closest_marker("long")] + last


# Tests a worker holds at once (it runs one only when it knows the next). xdist's own rule
# sends up to a quarter of what is left: a worker then sat on 500 tests, all the long ones
# among them, for minutes after the other had run out (a test once sent stays sent).
QUEUE = 4


class AfterSuiteLast(LoadScheduling):
    """xdist's load scheduling with short queues, and the ``after_suite`` tests sent last to
    the last worker."""

    def __init__(self, config: pytest.Config, log: Producer | None = None) -> None:
        super().__init__(config, log)
        self.held: list[int] = []

    def schedule(self) -> None:
        """The first distribution, with the ``after_suite`` tests left out of the pending
        ones: each worker gets its first few (``check_schedule``)."""
        if self.collection is not None or not self._check_nodes_have_same_collection():
            super().schedule()  # a new worker later, or the run aborts on the difference
            return
        self.collection = next(iter(self.node2collection.values()))
        self.held = [n for n, nodeid in enumerate(self.collection) if AFTER_SUITE_FILE in nodeid]
        self.pending[:] = [n for n in range(len(self.collection)) if n not in self.held]
        for node in self.nodes:
            self.check_schedule(node)

    @property
    def tests_finished(self) -> bool:
        return not self.held and super().tests_finished

    def check_schedule(self, node: WorkerController, duration: float = 0) -> None:
        """Top the worker's queue up to ``QUEUE`` tests; with none left to send, stop it
        (it runs what it holds), unless it is the last one running while ``after_suite``
        tests wait: it gets those once every other worker has stopped."""
        if node.shutting_down:
            pass
        elif self.pending:
            wanted = min(QUEUE - len(self.node2pending[node]), len(self.pending))
            if wanted > 0:
                self._send_tests(node, wanted)
        elif not self.held or len(self._running()) > 1:
            node.shutdown()  # runs its last test and stops; the last worker waits
        self._send_held()

    def remove_node(self, node: WorkerController) -> str | None:
        crashed = super().remove_node(node)
        self._send_held()
        return crashed

    def _running(self) -> list[WorkerController]:
        return [n for n in self.nodes if not n.shutting_down]

    def _send_held(self) -> None:
        """Once the last worker is the only one left, it gets the held tests and stops."""
        if self.pending or not self.held or len(self.nodes) != 1:
            return
        (last,) = self.nodes
        if last.shutting_down:  # the run is being stopped (-x, an interrupt)
            return
        self.pending[:], self.held = self.held, []
        self._send_tests(last, len(self.pending))
        last.shutdown()


class _Hooks:
    @staticmethod
    def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> LoadScheduling | None:
        return AfterSuiteLast(config, log) if config.getvalue("dist") == "load" else None


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("xdist"):  # not with -p no:xdist
        config.pluginmanager.register(_Hooks(), "vaern-after-suite-last")

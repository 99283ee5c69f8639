"""The API's path to JetStream: one NATS connection per process, on its own event loop.

Routes are synchronous (they run in the server's thread pool); they hand a batch to
this loop and wait for JetStream's acknowledgements, not for scoring."""

from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import datetime
from typing import Any

import nats.errors

from vaern.config import Settings
from vaern.errors import DomainError
from vaern.monitoring.schemas import IngestResult
from vaern.monitoring.streaming import Bus

TIMEOUT = 30.0  # seconds to wait for a batch's acknowledgements


class BrokerUnavailable(DomainError):
    """The event stream cannot be reached: the client should retry the batch."""

    code = "unavailable"
    status = 503


class Publisher:
    def __init__(self, url: str, *, prefix: str, partitions: int, replicas: int = 1) -> None:
        self.url, self.prefix, self.partitions, self.replicas = url, prefix, partitions, replicas
        self._bus: Bus | None = None
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, name="vaern-nats", daemon=True).start()

    async def _connected(self) -> Bus:
        if self._bus is None or self._bus.nc.is_closed:
            self._bus = await Bus.connect(
                self.url, prefix=self.prefix, partitions=self.partitions, replicas=self.replicas
            )
        return self._bus

    async def _publish(
        self, organisation_id: uuid.UUID, items: list[Any], now: datetime
    ) -> IngestResult:
        bus = await self._connected()
        if not bus.nc.is_connected:
            # Reconnecting: answer at once rather than let the client buffer the batch
            # (it would wait for acks, time out, and maybe store it later).
            raise BrokerUnavailable("event stream unavailable (reconnecting); retry")
        return await bus.publish_events(organisation_id, items, now=now)

    def publish(
        self, organisation_id: uuid.UUID, items: list[Any], *, now: datetime
    ) -> IngestResult:
        """Publish a batch; answers once each accepted event is stored by JetStream."""
        future = asyncio.run_coroutine_threadsafe(
            self._publish(organisation_id, items, now), self._loop
        )
        try:
            return future.result(TIMEOUT)
        except (OSError, TimeoutError, nats.errors.Error) as exc:
            future.cancel()
            raise BrokerUnavailable(
                f"event stream unavailable ({type(exc).__name__}); retry"
            ) from None


_publishers: dict[tuple[str, str, int, int], Publisher] = {}
_lock = threading.Lock()


def publisher(settings: Settings) -> Publisher | None:
    """The process's publisher when a broker is configured; ``None`` (embedded) otherwise."""
    if not settings.monitoring_nats_url:
        return None
    s = settings
    key = (
        s.monitoring_nats_url,
        s.monitoring_prefix,
        s.monitoring_partitions,
        s.monitoring_replicas,
    )
    with _lock:
        if key not in _publishers:
            _publishers[key] = Publisher(key[0], prefix=key[1], partitions=key[2], replicas=key[3])
        return _publishers[key]

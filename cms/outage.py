"""A circuit breaker for services the portal can live without for a while.

When a call to an external service (the Redis cache, the Elasticsearch
cluster) fails to connect, the circuit *opens* for `seconds`: callers skip
the service at once instead of paying a connect timeout on every call, and
one warning is logged for the whole outage window instead of one per call.
After the window the next call tries the service again; a success closes
the circuit and logs that the service is back.

One `Circuit` per service and process; the state is two attributes, so
concurrent threads at worst both try the service once.
"""

import logging
import time

logger = logging.getLogger("cms.outage")

DEFAULT_SECONDS = 30.0


class Circuit:
    def __init__(self, name: str, seconds: float = DEFAULT_SECONDS):
        self.name = name
        self.seconds = float(seconds)
        self.open_until = 0.0
        self.failures = 0  # calls that failed or were skipped since the circuit opened

    def is_open(self) -> bool:
        if self.open_until and time.monotonic() < self.open_until:
            self.failures += 1
            return True
        return False

    def failed(self, error) -> None:
        """A call could not reach the service: open (or re-open) the circuit."""
        if not self.failures:
            logger.warning(
                "%s unreachable (%s); going on without it, retrying in %g s.", self.name, error, self.seconds
            )
        else:
            logger.warning(
                "%s still unreachable (%s); %d calls went without it; retrying in %g s.",
                self.name, error, self.failures, self.seconds,
            )
        self.failures += 1
        self.open_until = time.monotonic() + self.seconds

    def succeeded(self) -> None:
        if self.failures:
            logger.warning("%s reachable again after %d calls went without it.", self.name, self.failures)
        self.failures = 0
        self.open_until = 0.0

    def reset(self) -> None:
        self.failures = 0
        self.open_until = 0.0

"""The Redis connection pool of the `default` cache, with a circuit breaker.

django-redis with `IGNORE_EXCEPTIONS` already turns a failed cache call into
a miss (the page is rendered from the database and not stored). Without a
breaker every call would still try to connect first: with `SOCKET_CONNECT_TIMEOUT`
seconds lost per call and a page making several calls, an unreachable
(black-holed) Redis would add seconds to every request. This pool refuses
at once, raising redis' own `ConnectionError`, for `retry_after` seconds
after a failed connect (`cms.outage.Circuit`), and logs one warning per
window instead of one per call.

Configured in settings: `"CONNECTION_POOL_CLASS": "cms.redis_pool.CircuitBreakerConnectionPool"`
and `"CONNECTION_POOL_KWARGS": {"retry_after": 30}`. Note that django-redis keeps
one pool per URL and process, whichever alias asks first: every alias on the
same REDIS_URL should name the same pool class.
"""

from redis.connection import ConnectionPool
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .outage import DEFAULT_SECONDS, Circuit


class CircuitBreakerConnectionPool(ConnectionPool):
    def __init__(self, *args, retry_after: float = DEFAULT_SECONDS, **kwargs):
        super().__init__(*args, **kwargs)
        kw = self.connection_kwargs
        self.circuit = Circuit(f"Redis cache at {kw.get('host', kw.get('path', '?'))}:{kw.get('port', '')}", retry_after)

    def get_connection(self, *args, **kwargs):
        if self.circuit.is_open():
            raise RedisConnectionError(f"{self.circuit.name} unreachable a moment ago; not retried yet")
        try:
            connection = super().get_connection(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            self.circuit.failed(error)
            raise
        self.circuit.succeeded()
        return connection

"""The module dramatiq's worker command imports in each worker process (real brokers only).

    dramatiq workers.entry --processes N --threads 1     (what `hoso worker` runs)

Each process reads the settings once, at its start (the worker's edge), opens its own
backends, and declares the actors on the configured Redis broker with Prometheus metrics and
the settings' retry policy.
"""

from __future__ import annotations

import dramatiq

from hoso.settings import Settings
from hoso.workers.actors import declare_actors
from hoso.workers.context import build_context
from hoso.workers.observe import configure_logging
from hoso.workers.runtime import redis_broker, single_threaded_opencv

settings = Settings.from_env()
configure_logging(settings.log_level)
single_threaded_opencv()
broker = redis_broker(settings.broker_url, metrics=True)
dramatiq.set_broker(broker)
actors = declare_actors(broker, build_context(settings), settings.retry)

"""Fixtures every test area may use: the real production servers (see tests/servers.py)."""

from __future__ import annotations

from servers import *  # noqa: F403 - the server fixtures: redis_url, minio_url, ...

"""`hoso worker`: run the pipeline's actors against the configured broker."""

from __future__ import annotations

import os
import signal
import sys
import threading

import click

from hoso.settings import Settings
from hoso.workers.context import build_context
from hoso.workers.dispatch import send_unfinished
from hoso.workers.runtime import EmbeddedWorker

__all__ = ["commands"]


def _stop_event() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def run_embedded(settings: Settings, burst: bool) -> None:
    """Worker threads in this process, fed from the catalog (memory:// broker)."""
    ctx = build_context(settings)
    stop = _stop_event()
    try:
        with EmbeddedWorker(ctx, settings) as worker:
            def finished() -> bool:
                pages, files = ctx.catalog.unfinished()
                return stop.is_set() or (burst and not pages and not files)

            worker.run_until(finished, poll_s=1.0)
    finally:
        ctx.close()


def run_processes(processes: int, threads: int) -> None:
    """Hand over to dramatiq's worker command: it supervises the processes, restarts dead
    ones, handles signals and serves the Prometheus metrics. Settings travel in the
    environment, read once by each process in workers.entry."""
    os.environ.setdefault("dramatiq_queue_prefetch", str(threads))  # no more than it reads
    args = [sys.executable, "-m", "dramatiq", "hoso.workers.entry", "--processes", str(processes),
            "--threads", str(threads), "--skip-logging"]
    os.execv(sys.executable, args)


@click.command()
@click.option("--processes", type=int, default=None,
              help="Worker processes (real broker only; default: number of cores).")
@click.option("--threads", type=int, default=1, show_default=True,
              help="Threads per process (real broker only).")
@click.option("--burst", is_flag=True,
              help="Embedded broker: stop when nothing is left to do.")
@click.option("--recover", is_flag=True,
              help="Real broker: first queue again everything the catalog says is unfinished.")
@click.pass_obj
def worker(settings: Settings, processes: int | None, threads: int, burst: bool,
           recover: bool) -> None:
    """Run the OCR and classification workers."""
    if settings.embedded_broker:
        run_embedded(settings, burst)
        return
    if recover:
        ctx = build_context(settings)
        try:
            click.echo(f"{send_unfinished(ctx, settings)} messages queued again", err=True)
        finally:
            ctx.close()
    run_processes(processes or os.cpu_count() or 1, threads)


commands: list[click.Command] = [worker]

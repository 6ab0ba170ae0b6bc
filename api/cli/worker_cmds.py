"""`hoso worker`: run the pipeline's actors for the configured broker.

With the embedded broker, worker threads in this process read what the catalog has queued;
with Redis, this process becomes dramatiq's worker command (workers.dispatch_redis)."""

from __future__ import annotations

import os
import signal
import threading

import click

from hoso.settings import Settings
from hoso.workers.dispatch import WorkerOptions, dispatching

__all__ = ["commands"]


def _stop_event() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


@click.command()
@click.option("--processes", type=int, default=None,
              help="Worker processes (real broker only; default: number of cores).")
@click.option("--threads", type=int, default=1, show_default=True,
              help="Threads per process (real broker only).")
@click.option("--burst", is_flag=True,
              help="Embedded broker: stop when nothing is left to do.")
@click.option("--recover", is_flag=True,
              help="First queue again everything the catalog says is unfinished "
                   "(the embedded worker always does).")
@click.pass_obj
def worker(settings: Settings, processes: int | None, threads: int, burst: bool,
           recover: bool) -> None:
    """Run the OCR and classification workers."""
    options = WorkerOptions(processes=processes or os.cpu_count() or 1, threads=threads,
                            burst=burst)
    with dispatching(settings) as (_, dispatcher):
        if recover:
            click.echo(f"{dispatcher.submit_unfinished()} messages queued again", err=True)
        dispatcher.run_workers(options, _stop_event())


commands: list[click.Command] = [worker]

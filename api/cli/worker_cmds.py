"""`hoso worker`: run the pipeline's actors against the configured broker."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading

import click
import dramatiq

from hoso.settings import Settings
from workers.actors import declare_actors
from workers.context import build_context
from workers.dispatch import send_unfinished
from workers.runtime import EmbeddedWorker, make_broker

__all__ = ["commands"]

log = logging.getLogger("hoso.workers")


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


def _serve_process(settings: Settings, threads: int) -> None:
    """One worker process on a real broker: its own backends, `threads` OCR at a time."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    ctx = build_context(settings)
    broker = make_broker(settings)
    declare_actors(broker, ctx)
    broker.emit_after("process_boot")
    # prefetch 1: a process holds no more pages than it is reading, others can take the rest.
    worker = dramatiq.Worker(broker, worker_threads=threads, queue_prefetch=1)
    worker.start()
    _stop_event().wait()
    worker.stop()
    broker.close()
    ctx.close()


def run_processes(settings: Settings, processes: int, threads: int) -> None:
    spawn = multiprocessing.get_context("spawn")
    children = [spawn.Process(target=_serve_process, args=(settings, threads), daemon=False)
                for _ in range(processes)]
    for child in children:
        child.start()
    stop = _stop_event()
    while not stop.wait(1.0):
        if not any(c.is_alive() for c in children):
            break
    for child in children:
        if child.is_alive() and child.pid:
            os.kill(child.pid, signal.SIGTERM)
    for child in children:
        child.join()


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
    run_processes(settings, processes or os.cpu_count() or 1, threads)


commands: list[click.Command] = [worker]

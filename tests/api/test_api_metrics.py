"""An operator of the system scrapes /metrics: page counts by state and the pipeline's timings."""

from __future__ import annotations

from typing import Any

from api_live import Live


def test_metrics_show_pages_by_state_and_ocr_time(live: Live, digitised: dict[str, Any]) -> None:
    with live.client() as client:
        text = client.get("/metrics").text
    done = [line for line in text.splitlines() if line.startswith('hoso_pages{state="done"}')]
    assert done and float(done[0].split()[-1]) >= 1
    assert 'hoso_pages{state="queued"}' in text
    assert "hoso_ocr_seconds_count" in text
    assert "hoso_pages_digitised_total" in text

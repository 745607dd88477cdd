"""Stages of a run: how long each took, and a progress bar on a terminal.

`Stages` is handed down the pipeline; each stage says when it starts (with how many steps,
when it knows) and advances. The times are always kept (`claimdiff compare --timings`
prints them); a rich progress bar is drawn on stderr only when asked for (stderr is a
terminal and --quiet was not given), and only once the run has lasted SHOW_AFTER seconds,
so quick runs stay silent.
"""

from __future__ import annotations

import time
from typing import Any

SHOW_AFTER = 2.0  # seconds; the 5 seed articles take ~1.5 s end to end, so they draw nothing


class Stages:
    def __init__(self, bar: bool = False) -> None:
        self.times: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self._bar = bar
        self._t0 = self._since = time.perf_counter()
        self._name: str | None = None
        self._total: int | None = None
        self._done = 0
        self._progress: Any = None
        self._task: Any = None

    def stage(self, name: str, total: int | None = None) -> None:
        """Start stage `name` (ending the previous one), of `total` steps if known."""
        self._end()
        self._name, self._total, self._done = name, total, 0
        self._since = time.perf_counter()
        if self._progress is not None:
            self._task = self._progress.add_task(name, total=total)
        self._maybe_show()

    def advance(self, n: int = 1) -> None:
        self._done += n
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)
        else:
            self._maybe_show()

    def record(self, name: str, seconds: float) -> None:
        """A stage timed by the caller (writing the output, once the bar is gone)."""
        self.times[name] = self.times.get(name, 0.0) + seconds

    def count(self, name: str, n: int) -> None:
        """Record a size (sources, bytes, claims) for the timings line."""
        self.counts[name] = self.counts.get(name, 0) + n

    def close(self) -> None:
        self._end()
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def _end(self) -> None:
        if self._name is not None:
            self.times[self._name] = self.times.get(self._name, 0.0) + time.perf_counter() - self._since
            if self._progress is not None and self._task is not None:
                self._progress.update(self._task, completed=self._total or 1, total=self._total or 1)
            self._name, self._task = None, None

    def _maybe_show(self) -> None:
        if not self._bar or self._progress is not None or self._name is None:
            return
        if time.perf_counter() - self._t0 < SHOW_AFTER:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task(self._name, total=self._total, completed=self._done)

    def summary(self) -> str:
        """One line: each stage's time, and extraction's throughput."""
        parts = [f"{name} {seconds:.2f} s" for name, seconds in self.times.items()]
        size, took = self.counts.get("bytes", 0), self.times.get("extract", 0.0)
        if size and took:
            parts.append(f"{size / 1e6:.1f} MB extracted at {size / 1e6 / took:.2f} MB/s")
        return ", ".join(parts)

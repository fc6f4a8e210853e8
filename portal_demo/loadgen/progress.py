"""A plain progress bar on stderr (one line, redrawn; no dependency)."""

import sys
import time


class Progress:
    def __init__(self, total: int, label: str, stream=None, width: int = 30):
        self.total, self.label, self.width = max(total, 1), label, width
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = time.monotonic()
        self._last_drawn = -1.0
        self._draw()

    def advance(self, n: int = 1) -> None:
        self.done = min(self.done + n, self.total)
        self._draw()

    def _draw(self, final=False):
        now = time.monotonic()
        if not final and self.done < self.total and now - self._last_drawn < 0.2:
            return
        self._last_drawn = now
        filled = int(self.width * self.done / self.total)
        bar = "#" * filled + "-" * (self.width - filled)
        rate = self.done / max(now - self.started, 1e-6)
        self.stream.write(f"\r{self.label:<24} [{bar}] {self.done}/{self.total} ({rate:,.0f}/s)")
        self.stream.flush()

    def close(self) -> None:
        self._draw(final=True)
        self.stream.write("\n")
        self.stream.flush()


class NoProgress:
    def __init__(self, *args, **kwargs):
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

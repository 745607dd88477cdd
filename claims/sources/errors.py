"""Errors a user sees as one line: `claimdiff: skipped PATH: reason`."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A source that cannot be used; the run goes on without it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self):  # pickled back from --jobs worker processes; args alone lack `reason`
        return type(self), (self.path, self.reason)

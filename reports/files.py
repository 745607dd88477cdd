"""Atomic file writes, shared by every command that writes a file (reports, reviews, baselines, cache)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write(path: Path, text: str | bytes | Iterable[bytes], *, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, fsync it, rename it over `path`, fsync the folder:
    a reader (or a crash at any moment) sees the old file or the new one, never a half-written one.
    `text` may be pieces of bytes written as they come (a large document is never held whole).
    `durable=False` skips the fsyncs (a cache entry may be lost in a crash, never half-written)."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    folder = path.parent or Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        if not isinstance(text, str):
            with os.fdopen(fd, "wb") as f:
                for piece in [text] if isinstance(text, bytes) else text:
                    f.write(piece)
                f.flush()
                if durable:
                    os.fsync(f.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                if durable:
                    os.fsync(f.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain write would.
        os.chmod(tmp, existing_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, and not needed, on Windows."""
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def existing_mode(path: Path) -> int:
    """The mode `path` has now, or the one a plain `open(path, "w")` would give it."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

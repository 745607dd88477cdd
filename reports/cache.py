"""Per-source extraction cache: re-running after one source changed does not redo the others.

An entry is one source's `Extraction`, keyed by the file's bytes (BLAKE2b), its path and
source id (both end up in the claims), claimdiff's version, a fingerprint of the extraction
code (so an edited checkout never serves stale claims under an unchanged version number),
the Python version and CACHE_SCHEMA. The folder (default `.claimdiff-cache/` in the current
directory) is safe to delete at any time; entries that cannot be read are ignored and
rewritten.

Entries are pickles, and unpickling runs code: each entry is signed with a key kept outside
the cache folder (`~/.cache/claimdiff/cache-key`, or `$CLAIMDIFF_CACHE_KEY`), and an entry
whose signature does not match is never unpickled. A cache folder committed to a repository
by someone else is therefore just ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import secrets
import sys
import zlib
from functools import lru_cache
from pathlib import Path

from reports.files import atomic_write

CACHE_SCHEMA = 1  # bump when Extraction's shape changes in a way the code fingerprint would not see
DEFAULT_DIR = Path(".claimdiff-cache")
_MAGIC = b"claimdiff-cache\x01"
_SIG = 32  # HMAC-SHA256
# zlib level 1: a seed article's entry 674 kB → ~110 kB for ~3 ms; higher levels buy little.
COMPRESS_LEVEL = 1


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """claimdiff's version plus a hash of the extraction code and data (the `claims` package)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("claimdiff")
    except PackageNotFoundError:
        ver = "source"
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{ver}|{CACHE_SCHEMA}|{sys.version_info[:2]}".encode())
    import claims

    root = Path(claims.__file__).resolve().parent
    for f in sorted(root.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts and f.suffix not in (".pyc", ".pyo"):
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return f"{ver}-{h.hexdigest()}"


def _default_key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimdiff" / "cache-key"


def signing_key() -> bytes:
    env = os.environ.get("CLAIMDIFF_CACHE_KEY")
    if env:
        return env.encode()
    path = _default_key_file()
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    key = secrets.token_hex(32).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
    except FileExistsError:  # another process made it first
        with contextlib.suppress(OSError):
            existing = path.read_bytes()
            if len(existing) >= 32:
                return existing
    except OSError:
        pass  # a read-only home: the key lives as long as this process
    return key


class ExtractionCache:
    """get/put one source's Extraction; every failure is a miss, never an error."""

    def __init__(self, folder: Path | str = DEFAULT_DIR, key: bytes | None = None) -> None:
        self.folder = Path(folder)
        self._key = key
        self.hits = 0
        self.misses = 0

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = signing_key()
        return self._key

    def entry_name(self, data: bytes, path: Path | str, source_id: str) -> str:
        parts = "\x00".join((code_fingerprint(), content_hash(data), str(path), source_id))
        return hashlib.blake2b(parts.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()

    def _file(self, name: str) -> Path:
        return self.folder / name[:2] / f"{name}.pickle"

    def get(self, name: str):
        from claims.pipeline import Extraction

        try:
            blob = self._file(name).read_bytes()
        except OSError:
            self.misses += 1
            return None
        value = None
        head = len(_MAGIC)
        if blob[:head] == _MAGIC and len(blob) > head + _SIG:
            sig, payload = blob[head : head + _SIG], blob[head + _SIG :]
            if hmac.compare_digest(sig, hmac.new(self.key, name.encode() + payload, "sha256").digest()):
                try:
                    value = pickle.loads(zlib.decompress(payload))
                except Exception:  # a signed entry we cannot read (another claimdiff build): a miss
                    value = None
        if not isinstance(value, Extraction):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, name: str, extraction) -> None:
        try:
            payload = zlib.compress(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL), COMPRESS_LEVEL)
            sig = hmac.new(self.key, name.encode() + payload, "sha256").digest()
            self._ensure_folder()
            atomic_write(self._file(name), _MAGIC + sig + payload, durable=False)
        except (OSError, pickle.PicklingError, RecursionError):
            pass  # a cache that cannot be written only costs time

    def _ensure_folder(self) -> None:
        if not (self.folder / ".gitignore").exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            # Never committed by accident; marked as a cache for backup tools.
            atomic_write(self.folder / ".gitignore", "# claimdiff's extraction cache: safe to delete\n*\n")
            atomic_write(
                self.folder / "CACHEDIR.TAG",
                "Signature: 8a477f597d28d172789f06886806bc55\n# claimdiff extraction cache, safe to delete\n",
            )

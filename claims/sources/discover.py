"""Discovering sources: expand the command line's files and folders into source files, and give each a readable id."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from claims.sources.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def discover(inputs: Iterable[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders into their source files (sorted); report what cannot be used."""
    found: list[Path] = []
    errors: list[InputError] = []
    for p in inputs:
        p = Path(p)
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not files:
                errors.append(InputError(p, "no .txt, .md or .html sources in this folder"))
            found.extend(files)
        elif p.is_file():
            found.append(p)
        elif p.exists():
            errors.append(InputError(p, "not a regular file"))
        else:
            errors.append(InputError(p, "no such file or folder"))
    # The same file named twice is read once.
    unique = list(dict.fromkeys(f.resolve() for f in found))
    by_resolved = {f.resolve(): f for f in found}
    return [by_resolved[u] for u in unique], errors


def source_ids(paths: Sequence[Path]) -> dict[Path, str]:
    """File stems, made unique and still readable by prefixing parent folders."""
    stems = Counter(p.stem for p in paths)
    ids: dict[Path, str] = {}
    for p in paths:
        if stems[p.stem] == 1:
            ids[p] = p.stem
            continue
        parts = p.resolve().parts[:-1]
        depth = 1
        while True:
            candidate = "/".join([*parts[-depth:], p.stem]) if depth <= len(parts) else str(p)
            clash = [
                q
                for q in paths
                if q != p and q.stem == p.stem and "/".join([*q.resolve().parts[:-1][-depth:], q.stem]) == candidate
            ]
            if not clash or depth > len(parts):
                ids[p] = candidate
                break
            depth += 1
    return ids

"""The extraction's and the matcher's hottest modules compiled with mypyc, optional: `make native`
(claims.native.build) builds them into build/native/; a process that imports `claims` (`matcher`
imports it first) then loads them instead of their Python source, if the build is of exactly this
source.

The Python source stays what runs everywhere else and what the tests exercise:
- nothing built, or the build of other source (any file of claims/ or matcher/ changed since,
  another Python): the source runs, with no warning (`make native` again to build for it);
- CLAIMDIFF_NATIVE=0 in the environment: the source runs (tests/conftest.py sets it; the
  one test that compares both ways, tests/test_native.py, runs the CLI with and without it).

The compiled modules compute the same: mypyc compiles the same functions and runs them on
CPython's own objects (the regex engine, str, dict); only the interpreter's work is cut.
SPEED18: extracting 50 generated articles, 6,133.8 -> 4,885.1 M instructions (callgrind).
SPEED20: matching 50 generated articles, 23,097.2 -> 20,369.7 M instructions (benchmarks/callgrind_match.py).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# The modules compiled: those a profile of extraction gave the most time of their own code
# (cProfile, 50 generated articles), then the recognizers (SPEED19: their classes' constants are
# `Final`, so mypyc keeps them on the class, set once, not on each instance), the text gates and
# ids, and claims.frames.lexicon (its tables read from the source folder). Not among them:
# claims.extractors.base (Mention writes its __dict__, which a compiled class has not) and the
# models (pydantic). SPEED20: the matcher's modules that match a block (a profile of 1,000 generated
# articles: verdicts, candidates, facts, value comparison ~65 % of the matcher's CPU) and those that
# name facts and support quotes; not matcher.memo (its Placeless subclasses a named tuple, which a
# compiled class cannot), matcher.parallel (the pools) and the models.
MODULES: tuple[str, ...] = (
    "claims.pipeline",
    "claims.frames",
    "claims.values.dates",
    "claims.text.segment",
    "claims.text.normalise",
    "claims.entities",
    "claims.text.lines",
    "claims.context",
    "claims.stance",
    "claims.text.garbled",
    "claims.values.numerals",
    "claims.values.date_resolution",
    "claims.frames.names",
    "claims.values.durations",
    "claims.frames.rows",
    "claims.spans",
    "claims.values.times",
    "claims.values.date_ranges",
    "claims.values.date_grammar",
    "claims.extractors.numbers",
    "claims.extractors.scores",
    "claims.extractors.roles",
    "claims.extractors.quotes",
    "claims.extractors.titles",
    "claims.extractors.dates",
    "claims.extractors.sides",
    "claims.extractors.registry",
    "claims.text.gate",
    "claims.text.hanzi",
    "claims.ids",
    "claims.frames.lexicon",
    "claims.packing",
    "matcher.verdict",
    "matcher.candidates",
    "matcher.facts",
    "matcher.compare",
    "matcher.blocks",
    "matcher.unionfind",
    "matcher.match",
    "matcher.quotes",
    "matcher.aliases",
    "matcher.align",
)
GROUP = "claims_native"  # the name of the shared library mypyc builds the modules into
LIBRARY = GROUP + "__mypyc"  # its module, which each compiled module imports by name
PACKAGE = Path(__file__).resolve().parent  # claims/
ROOT = PACKAGE.parent
PACKAGES = (PACKAGE, ROOT / "matcher")  # where MODULES are
BUILD = ROOT / "build" / "native"
KEY = "source-key"  # the file in BUILD naming the source it was built from (`source_key`)
ENV = "CLAIMDIFF_NATIVE"


def source_key(packages: Sequence[Path] = PACKAGES) -> str:
    """What a build is of: every Python file of the packages of MODULES (a compiled module may
    assume what another module defines) and this interpreter's version."""
    h = hashlib.sha256(sys.version.encode())
    for package in packages:
        for p in sorted(package.rglob("*.py")):
            h.update(b"\0%s/%s\0" % (package.name.encode(), p.relative_to(package).as_posix().encode()))
            h.update(p.read_bytes())
    return h.hexdigest()


def _source_path(name: str) -> Path:
    """claims.frames -> claims/frames/__init__.py, claims.pipeline -> claims/pipeline.py."""
    base = ROOT.joinpath(*name.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


class _Loader(importlib.machinery.ExtensionFileLoader):
    """Loads a compiled module, then lets the frozen dataclasses of every compiled module loaded so far
    be unpickled (`_setstate`). mypyc's shared library loads the compiled modules a compiled module
    imports itself, not through this loader: all of them are loaded by the time its exec returns
    (none imports another inside a function)."""

    def exec_module(self, module: ModuleType) -> None:
        super().exec_module(module)
        for name in MODULES:
            loaded = sys.modules.get(name)
            for value in list(vars(loaded).values()) if loaded is not None else ():
                params = getattr(value, "__dataclass_params__", None)
                if isinstance(value, type) and value.__module__ == name and params and params.frozen:
                    value.__setstate__ = _setstate  # type: ignore[attr-defined]


def _setstate(obj: object, state: dict[str, object]) -> None:
    """How a compiled frozen dataclass is unpickled: mypyc's own __setstate__ sets each field with
    setattr, which the frozen class refuses (a worker's Extraction, its Segmented, could not come
    back to the driver); this sets them as dataclasses' __init__ does. `state` is the fields by
    name, from mypyc's __getstate__ or, pickled by the Python source (the extraction cache), its
    __dict__: either way pickles read both ways."""
    for name, value in state.items():
        object.__setattr__(obj, name, value)


class _Finder:
    """Finds the compiled build of each of MODULES (a meta path finder, before the source's)."""

    def __init__(self, build: Path) -> None:
        self.build = build
        self.suffix = importlib.machinery.EXTENSION_SUFFIXES[0]

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name == LIBRARY:
            built = self.build / (LIBRARY + self.suffix)
            return importlib.util.spec_from_file_location(name, built) if built.is_file() else None
        if name not in MODULES:
            # a compiled package's __path__ is where its build is (mypyc sets it from __file__): its
            # modules left as Python are found in its source folder
            return self._beside(name) if name.rpartition(".")[0] in MODULES else None
        source = _source_path(name)
        package = source.name == "__init__.py"
        parts = name.split(".") + (["__init__"] if package else [])
        built = self.build.joinpath(*parts[:-1], parts[-1] + self.suffix)
        if not built.is_file():
            return None
        loader = _Loader(name, str(built))
        return importlib.util.spec_from_file_location(
            name, built, loader=loader, submodule_search_locations=[str(source.parent)] if package else None
        )

    def _beside(self, name: str) -> ModuleSpec | None:
        package = ROOT.joinpath(*name.split("."))
        if (package / "__init__.py").is_file():
            return importlib.util.spec_from_file_location(name, package / "__init__.py")
        source = package.with_suffix(".py")
        return importlib.util.spec_from_file_location(name, source) if source.is_file() else None


def install(build: Path = BUILD) -> bool:
    """Load MODULES from `build` from now on, if it is a build of this source and the
    environment does not say CLAIMDIFF_NATIVE=0. Whether it will."""
    if os.environ.get(ENV, "1") == "0" or not (build / KEY).is_file():
        return False
    if (build / KEY).read_text(encoding="utf-8").strip() != source_key():
        return False  # built from other source: run this source
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        # a MetaPathFinder by protocol; it finds the shared library (LIBRARY) too. The build is not
        # put on sys.path: a worker started from multiprocessing's server gets this process's
        # sys.path before it imports claims, and would find build/native/claims, a folder without
        # __init__.py, as the package claims (a namespace package, its Python modules missing).
        sys.meta_path.insert(0, _Finder(build))
    return True


def native() -> bool:
    """Whether the extraction runs compiled (its pipeline module was loaded from the build)."""
    module = sys.modules.get("claims.pipeline")
    return module is not None and isinstance(
        getattr(module, "__loader__", None), importlib.machinery.ExtensionFileLoader
    )


def build(root: Path = ROOT) -> Path:
    """Compile MODULES with mypyc (gcc, Python's headers) into root/build/native: ~2-5 minutes."""
    import shutil

    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped]

    key = source_key([root / p.name for p in PACKAGES])  # before: a file changed while compiling makes the build stale
    out, work = root / "build" / "native", root / "build" / "native-work"
    shutil.rmtree(out, ignore_errors=True)
    here = Path.cwd()
    os.chdir(root)  # mypy reads pyproject.toml's settings, mypyc writes its C under target_dir
    try:
        modules = mypycify(
            [str(_source_path(m).relative_to(ROOT)) for m in MODULES],
            opt_level="3",
            target_dir=str(work / "c"),
            group_name=GROUP,
        )
        args = ["-q", "build_ext", "--build-lib", str(out), "--build-temp", str(work / "tmp")]
        setup(name="claimdiff-native", ext_modules=modules, script_args=args)
    finally:
        os.chdir(here)
    (out / KEY).write_text(key + "\n", encoding="utf-8")
    return out

"""claims: per-article extraction. sources/ (files to Documents) → text/ (normalise, segment) → values/ (numerals, dates) → extractors/ (claims) → pipeline.py."""

from claims.native import install as _install_native

_install_native()  # the compiled build of the hottest modules, if `make native` built it for this source

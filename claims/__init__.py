"""claims: per-article extraction. sources/ (files to Documents) → text/ (normalise, segment) → values/ (numerals, dates) → extractors/ (claims) → pipeline.py."""

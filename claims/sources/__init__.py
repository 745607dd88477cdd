"""Sources: find input files, decode their bytes, read HTML pages and front matter, and turn each into a Document."""

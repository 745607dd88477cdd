"""Text: normalise (script, width, markup) with an offset map, segment into sentences and turns, flag garbled runs; Han character classes."""

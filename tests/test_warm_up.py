"""What `reports.pipeline.warm_up` loads before a pool forks (and the extraction benchmark
before it times): every table a first article would otherwise build while being extracted."""

from __future__ import annotations

from claims.frames import _place_pairs, _places_in, places, word_tags
from reports.pipeline import UNLISTED_CHARACTER, warm_up


def test_warm_up_builds_the_place_pairs_a_figure_reads():
    for cached in (places, _places_in, _place_pairs):  # as in a fresh process (earlier tests ask places too)
        cached.cache_clear()
    warm_up()
    assert _place_pairs.cache_info().currsize == 1


def test_warm_up_tags_a_character_no_word_of_the_dictionary_holds():
    # such a character makes the segmenter load the tables it guesses an unlisted word's tag from
    assert not any(UNLISTED_CHARACTER in word for word in word_tags())

"""claims.frames.rows: the rows of a list an article prints as sentences."""

from claims.frames.rows import opens_on, row_labels


def test_sentences_of_one_shape_after_their_labels_are_rows():
    rows = ["北3王鸿薇，投票人数274312人，25%是68578人。", "新北12廖先翔，投票人数266243人，25%是66561人。"]
    assert row_labels(rows) == ["王鸿薇", "廖先翔"]


def test_a_label_without_a_code_is_the_whole_label():
    assert row_labels(["花莲傅崐萁，投票人数191367人。", "北4李彦秀，投票人数311887人。"]) == ["花莲傅崐萁", "李彦秀"]


def test_one_sentence_of_its_shape_is_no_row():
    assert row_labels(["北3王鸿薇，投票人数274312人。", "罢免案投票日将于7月26日举行。"]) == [None, None]


def test_a_date_or_a_connective_opening_sentences_is_no_label():
    dated = ["2023年，营收增长5%。", "2024年，营收增长7%。"]
    assert row_labels(dated) == [None, None]
    linked = ["此外，营收增长5%。", "同时，营收增长7%。"]
    assert row_labels(linked) == [None, None]


def test_rows_need_a_figure_after_the_label():
    assert row_labels(["王鸿薇，国民党立委。", "李彦秀，国民党立委。"]) == [None, None]


def test_a_row_may_open_on_its_label_and_its_de_after_the_moment_a_tally_holds():
    rows = [
        "截至16:35，叶元之的同意票数为3万3697，不同意票数为3万4521。",
        "洪孟楷的同意票数为2万8446，不同意票数为3万8003。",
    ]
    assert row_labels(rows) == ["叶元之", "洪孟楷"]
    assert opens_on(rows[0], "叶元之")  # (its 的 after a tally's moment: see opens_on)
    assert not opens_on("据报道，叶元之的同意票数为3万3697。", "叶元之")
    assert not opens_on("陶崇园的遗体火化后，家人买了一块墓地。", "陶崇园")  # a name and 的 opening a sentence

"""Page furniture: text that carries figures but states no fact of the story.

Reference-list entries and URLs, image credits and captions (`图｜…`, `图片来源`),
bylines and editor lines, copyright and reposting notices, platform counters
(`3,660 人赞同了该回答`, `阅读原文`). A careful reader skips them; so do we: claims in a
furniture sentence are not extracted.
"""

from __future__ import annotations

import re

FURNITURE = re.compile(
    r"https?://|www\.|\.(?:com|cn|org|net)\b"  # links and reference entries
    r"|^\s*\[\d+\]"  # numbered references
    r"|^\s*图\s*[|｜/:：丨]|图片来源|图源[:：]|摄影[:：]|供图|配图|视觉中国|图虫"  # image credits and captions
    r"|责任编辑|编辑[:：]|校对[:：]|审核[:：]|撰文[:：]|作者[:：]|来源[:：]|原标题|本文(?:系|为|首发|来自)"  # bylines
    r"|版权(?:所有|归|声明)|转载|侵权|未经授权|all rights reserved"  # notices
    r"|赞同了该回答|人赞同|阅读原文|点击(?:阅读|查看|关注|上方|下方)|扫码|二维码|长按|关注我们|点赞|在看|发布于\s*\d|编辑于\s*\d",
    re.IGNORECASE,
)


def is_furniture(sentence: str) -> bool:
    return bool(FURNITURE.search(sentence))

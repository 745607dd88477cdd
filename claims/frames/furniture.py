"""Page furniture: text that carries figures but states no fact of the story.

Reference-list entries and URLs, image credits and captions (`图｜…`, `图片来源`),
bylines and editor lines, copyright and reposting notices, platform counters
(`3,660 人赞同了该回答`, `阅读原文`). A careful reader skips them; so do we: claims in a
furniture sentence are not extracted.
"""

from __future__ import annotations

import re

from claims.text.gate import gated

FURNITURE = gated(
    r"https?://|www\.|\.(?:com|cn|org|net)\b"  # links and reference entries
    r"|^\s*\[\d+\]"  # numbered references
    r"|^\s*图\s*[|｜/:：丨]|图片来源|图源[:：]|摄影[:：]|供图|配图|视觉中国|图虫"  # image credits and captions
    r"|责任编辑|编辑[:：]|校对[:：]|审核[:：]|撰文[:：]|作者[:：]|来源[:：]|原标题|本文(?:系|为|首发|来自)"  # bylines
    # Notices: 转载请注明, 未经许可不得转载, 如有侵权; not news of them (文章被大量转载, 侵权案).
    r"|版权(?:所有|归|声明)|转载请|(?:禁止|谢绝|不得|请勿|严禁)转载|转载自|如有侵权|侵权必究|未经授权|all rights reserved"
    # Platform counters and buttons: 点赞 and 在看 only as a button on their own (在看守所 is news).
    r"|赞同了该回答|人赞同|阅读原文|点击(?:阅读|查看|关注|上方|下方)|扫码|二维码|长按|关注我们"
    r"|(?:^|\s)(?:点赞|在看|分享)\s*\d*\s*$|发布于\s*\d|编辑于\s*\d",
    re.IGNORECASE,
)


# An outlet's own web address in brackets after its name, as its dateline writes it (澎湃新闻（www.thepaper.cn）
# 从广东省应急管理厅获悉…): the outlet's name, not a link; the sentence is the story's lead.
_OUTLET_ADDRESS = re.compile(
    r"(?<=[\u4e00-\u9fff])\s?[（(]\s?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net)(?:\.[a-z]{2})?\s?[）)]",
    re.IGNORECASE,
)


def is_furniture(sentence: str) -> bool:
    if FURNITURE.search(sentence) is None:
        return False
    if "（" not in sentence and "(" not in sentence:
        return True
    return bool(FURNITURE.search(_OUTLET_ADDRESS.sub("", sentence)))

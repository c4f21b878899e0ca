"""Host addresses a page gives as its source (来源:www.dygbzy.com, 来源:shuguojinxiu.com).

A small site often names itself by the address it registered, which is the pinyin of its
Chinese name; the field readers take such an address as the source as printed, put it after
any outlet the page names, and know the site's name in characters when it is credited as
the writer (作者:蜀国锦绣).
"""

from __future__ import annotations

import re

#: A 来源 value that is a site's bare www address (来源:www.dygbzy.com) or registered domain
#: (来源:shuguojinxiu.com, 来源:zzwmw.gov.cn): the page names its origin by its host name, and
#: that is the source as printed. An address with a path (转载请注明出处:https://…/6333.html)
#: is a link, not a name; a subdomain of its own (来源: faq.xmkoe.com) is how a spam farm's
#: template prints the host it runs on.
HOST_NAME = re.compile(
    r"(?:https?://)?(?:www\.(?:[a-z0-9-]+\.)+[a-z]{2,}|[a-z0-9-]+\.(?:(?:com|net|org|gov|edu)\.)?[a-z]{2,})/?",
    re.I,
)


def host_word(source: str) -> str | None:
    """The name a host address registers (shuguojinxiu of www.shuguojinxiu.com), or None.

    >>> host_word('www.shuguojinxiu.com'), host_word('shuguojinxiu.com'), host_word('蜀国锦绣')
    ('shuguojinxiu', 'shuguojinxiu', None)
    """
    if not HOST_NAME.fullmatch(source):
        return None
    return source.split("//")[-1].lower().removeprefix("www.").split(".")[0]


def pinyin_of(name: str) -> str:
    """A name's toneless pinyin run together, as a site registers its address.

    >>> pinyin_of('蜀国锦绣')
    'shuguojinxiu'
    """
    from pypinyin import lazy_pinyin  # loaded only for a page with a host address

    return "".join(lazy_pinyin(name))

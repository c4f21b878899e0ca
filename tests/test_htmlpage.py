"""Reading a saved HTML page with trafilatura and htmldate (htmlpage.py).

The pages below are ours, written in the shape of three templates ingest meets: a
county government CMS article, a county media centre (融媒体中心) article with
Open Graph and author markup, and a WeChat public-account article saved from a
browser. Real place names, our own sentences.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys

import pytest

from township_reports.ingest.htmlpage import HtmlPage, read_html_page
from township_reports.ingest.pipeline import ingest_bytes

_STORY = (
    "<p>走进新泰市翟镇的一个村，村党群服务中心一楼的“红色议事厅”里，十几位村民代表正围坐在一起，"
    "讨论村里小广场的改造方案，大家你一言我一语，气氛热烈。</p>"
    "<p>去年以来，翟镇党委在全镇各村推开“红色议事厅”，凡是涉及修路、用地、集体收益分配等事项，"
    "先由村党支部提出议题，再召集党员、村民代表和乡贤共同商议，议定结果张榜公示。</p>"
    "<p>“大家的事大家定，定了的事大家一起干。”镇党委负责同志介绍，议事厅运行以来，"
    "各村共商议事项四百多件，涉及村务的信访量下降了三成。</p>"
    "<p>今年，翟镇还把议事厅与网格化管理结合起来，由网格员收集群众诉求，定期提交议事厅讨论，"
    "推动小事不出村、大事不出镇，让群众的事有人管、有人办。</p>"
)

COUNTY_CMS = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>翟镇：“红色议事厅”让村里事大家商量着办_新泰市人民政府</title>
<meta name="PubDate" content="2024-04-18 10:36">
<meta name="ContentSource" content="翟镇">
<link rel="canonical" href="http://www.xintai.gov.cn/xwzx/zjdt/content_41872.html">
</head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xwzx/">新闻中心</a> | <a href="/hdjl/">互动交流</a></div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/zjdt/">镇街动态</a></div>
<div class="article">
<h1>翟镇：“红色议事厅”让村里事大家商量着办</h1>
<div class="info">发布时间：2024-04-18 10:36 &nbsp; 信息来源：翟镇 &nbsp; 浏览次数：<span id="hits">218</span></div>
<div class="content">{_STORY}</div>
<div class="editor">责任编辑：刘洋　审核：张建国　终审：王海涛</div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/a/1.html">楼德镇召开基层党建工作推进会</a></li>
<li><a href="/a/2.html">青云街道开展主题党日活动</a></li>
<li><a href="/a/3.html">汶南镇举办农村党员冬训班</a></li>
</ul></div>
<div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a></div>
<div class="footer">主办单位：新泰市人民政府办公室　鲁ICP备05012345号　网站标识码：3709820001</div>
</body></html>
"""

MEDIA_CENTRE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>翟镇：“红色议事厅”让村里事大家商量着办 - 新泰市融媒体中心</title>
<meta property="og:title" content="翟镇：“红色议事厅”让村里事大家商量着办">
<meta property="og:url" content="https://www.xtrmt.cn/news/2024/0418/7731.html">
<meta property="og:site_name" content="新泰融媒">
<meta name="author" content="孙立伟 赵文博">
<meta property="article:published_time" content="2024-04-18T10:36:00+08:00">
</head><body>
<nav><a href="/">首页</a><a href="/news/">新闻</a><a href="/video/">视频</a><a href="/live/">直播</a></nav>
<article>
<h1>翟镇：“红色议事厅”让村里事大家商量着办</h1>
<p class="byline">记者 孙立伟 通讯员 赵文博</p>
{_STORY}
</article>
<aside><h3>热门推荐</h3><p><a href="/b/1.html">全市乡镇党委书记抓基层党建述职评议会召开</a></p></aside>
<footer>新泰市融媒体中心版权所有　未经授权禁止转载</footer>
</body></html>
"""

WECHAT = f"""<!-- saved from url=(0061)https://mp.weixin.qq.com/s/Zh8cM2qRkT4uVwXyA1bC3d?scene=1 -->
<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta property="og:title" content="翟镇：“红色议事厅”让村里事大家商量着办">
<meta property="og:site_name" content="微信公众平台">
<title>翟镇：“红色议事厅”让村里事大家商量着办</title>
</head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">翟镇：“红色议事厅”让村里事大家商量着办</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">新泰翟镇</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-04-18 21:10</em>
</div>
<div class="rich_media_content" id="js_content">
<section><p style="text-align:center;"><span>点击蓝字 关注我们</span></p></section>
{_STORY}
<p>来源：翟镇</p>
<p>编辑：马丽　审核：杨军</p>
</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span id="readNum3">阅读 2.1万</span><span class="like">赞 56</span></div>
</div>
</body></html>
"""


def test_cms_title_loses_the_site_name_and_the_date_comes_from_the_head():
    page = read_html_page(COUNTY_CMS)
    assert isinstance(page, HtmlPage)
    assert page.title == "翟镇：“红色议事厅”让村里事大家商量着办"
    assert page.date == "2024-04-18"
    assert page.evidence["date"] == "htmldate: <head> (meta or JSON-LD)"
    assert page.url == "http://www.xintai.gov.cn/xwzx/zjdt/content_41872.html"
    assert page.evidence["url"] == "canonical link"


def test_headline_comes_first_and_the_story_follows_in_reading_order():
    lines = read_html_page(COUNTY_CMS).text.splitlines()
    assert lines[0] == "翟镇：“红色议事厅”让村里事大家商量着办"
    story = [line for line in lines if line.endswith("。")]
    assert [line[:6] for line in story] == [
        "走进新泰市翟",
        "去年以来，翟",
        "“大家的事大",
        "今年，翟镇还",
    ]


def test_field_lines_around_the_story_survive_for_the_text_pipeline():
    """trafilatura drops the 发布时间 and 责任编辑 lines; the date's time, the source
    and the editors are printed only there, so they must reach the text pipeline."""
    page = read_html_page(COUNTY_CMS)
    assert "发布时间：2024-04-18 10:36" not in page.main_text
    assert any(line.startswith("发布时间：2024-04-18 10:36") for line in page.text.splitlines())
    assert "责任编辑：刘洋　审核：张建国　终审：王海涛" in page.text.splitlines()


def test_menus_breadcrumbs_related_lists_share_bars_and_footers_are_left_out():
    text = read_html_page(COUNTY_CMS).text
    for furniture in ("政务公开", "您现在的位置", "相关阅读", "楼德镇召开", "分享到", "鲁ICP备"):
        assert furniture not in text, furniture


def test_the_text_pipeline_reads_date_source_and_editors_from_the_text():
    page = read_html_page(COUNTY_CMS)
    report = ingest_bytes(page.text.encode(), "zhaizhen.txt")
    assert report.title == "翟镇：“红色议事厅”让村里事大家商量着办"
    assert report.date == "2024-04-18T10:36"
    assert report.source == "翟镇"
    assert report.editors == ["刘洋"]
    assert report.body.startswith("走进新泰市翟镇")


def test_media_centre_og_markup_gives_title_url_site_and_authors():
    page = read_html_page(MEDIA_CENTRE)
    assert page.title == "翟镇：“红色议事厅”让村里事大家商量着办"
    assert page.url == "https://www.xtrmt.cn/news/2024/0418/7731.html"
    assert page.evidence["url"] == "og:url meta"
    assert page.sitename == "新泰融媒"
    assert page.authors == ("孙立伟", "赵文博")
    assert page.date == "2024-04-18"


def test_an_editor_credit_in_author_markup_is_not_taken_for_a_writer():
    credited = MEDIA_CENTRE.replace('content="孙立伟 赵文博"', 'content="【责任编辑：韩雪】"')
    page = read_html_page(credited.replace('<p class="byline">记者 孙立伟 通讯员 赵文博</p>', ""))
    assert page.authors == ()


def test_role_words_in_a_byline_are_not_names():
    page = read_html_page(MEDIA_CENTRE.replace('<meta name="author" content="孙立伟 赵文博">', ""))
    assert page.authors == ("孙立伟", "赵文博")


def test_wechat_page_saved_from_a_browser_keeps_its_address_and_date():
    page = read_html_page(WECHAT)
    assert page.url == "https://mp.weixin.qq.com/s/Zh8cM2qRkT4uVwXyA1bC3d?scene=1"
    assert page.evidence["url"] == "saved from url= comment"
    assert page.title == "翟镇：“红色议事厅”让村里事大家商量着办"
    assert page.date == "2024-04-18"
    lines = page.text.splitlines()
    assert "来源：翟镇" in lines and "编辑：马丽　审核：杨军" in lines
    assert "阅读原文" not in page.text and "赞 56" not in page.text


def test_a_fragment_saved_as_a_page_is_read():
    page = read_html_page(_STORY)
    assert page.text.splitlines()[0].startswith("走进新泰市翟镇")
    assert page.title is None and page.url is None


def test_same_page_gives_the_same_result_every_time_and_in_every_process():
    first = read_html_page(COUNTY_CMS)
    assert read_html_page(COUNTY_CMS) == first
    code = (
        "import sys; from township_reports.ingest.htmlpage import read_html_page; "
        "print(repr(read_html_page(sys.stdin.read())))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            input=COUNTY_CMS,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert runs == {repr(first) + "\n"}


def test_reading_a_page_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("htmlpage tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # a scraper that wrote the address above the page: htmldate fetches a str like this
    page = read_html_page("https://www.xintai.gov.cn/xwzx/zjdt/content_41872.html\n" + COUNTY_CMS)
    assert page.title == "翟镇：“红色议事厅”让村里事大家商量着办"


@pytest.mark.parametrize("module", ["trafilatura", "htmldate"])
def test_the_libraries_load_only_when_a_page_is_read(module):
    code = f"import sys, township_reports.ingest.run, township_reports.ingest.htmlpage; print({module!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


EPAPER_PAGE = """<html><head><meta charset="utf-8"><title>花马池镇“党建+滩羊”鼓起牧民钱袋子--宁夏法治报</title></head><body>
<div class="header">国内统一刊号:CN64-0020 宁夏日报报业集团出版</div>
<h1>花马池镇“党建+滩羊”鼓起牧民钱袋子</h1>
<!--enpproperty <articleid>160218</articleid><date>2025-06-10</date><author></author><title>花马池镇“党建+滩羊”鼓起牧民钱袋子</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>3</siteid><nodeid>3</nodeid><nodename>第03版</nodename><nodesearchname></nodesearchname>/enpproperty-->
<!--enpcontent--><p>本报讯 (通讯员 马晓东) 近日，走进盐池县花马池镇的一处滩羊养殖园区，一排排标准化羊舍整齐排列，养殖户正忙着给羊群添加草料。</p>
<p>近年来，花马池镇党委围绕滩羊这一主导产业，推行“党支部+合作社+养殖户”的发展方式，由村党支部牵头成立滩羊养殖合作社，为养殖户提供技术指导、饲草调配和销售对接服务。全镇已建成规模养殖园区5个，带动800余户群众发展滩羊养殖。</p><!--/enpcontent-->
</body></html>
"""


def test_an_e_paper_page_is_dated_by_the_record_its_system_left_in_a_comment():
    """Founder e-paper pages print no date beside the story: the issue date is in the
    system's enpproperty comment, in the saved page and, tags stripped, in a scraped text."""
    report = ingest_bytes(EPAPER_PAGE.encode("utf-8"), "nxfzb/content_160218.html")
    assert (report.date, report.date_estimate) == ("2025-06-10", None)
    text = re.sub(r"<[^>]+>", " ", EPAPER_PAGE)  # a scraper's text: tags become spaces
    assert "2025-06-10" in text and "/enpproperty-->" in text
    assert ingest_bytes(text.encode("utf-8"), "nxfzb/content_160218.txt").date == "2025-06-10"


def _with_pictures(under_first: str, under_second: str) -> bytes:
    """A county CMS article with two pictures set between its paragraphs."""
    paragraphs = re.findall(r"<p>.*?</p>", _STORY)
    body = (
        paragraphs[0]
        + '<p style="text-align:center"><img src="/uploads/2024/05/zd01.jpg?v=2" alt=""></p>'
        + under_first
        + paragraphs[1]
        + '<p><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Xf3k/640?wx_fmt=jpeg"></p>'
        + under_second
        + "".join(paragraphs[2:])
    )
    page = (
        '<html><head><meta charset="utf-8"><title>翟镇：村里的事大家商量着办_新泰市人民政府</title></head>'
        "<body><h1>翟镇：村里的事大家商量着办</h1><p>发布时间：2024-05-20 09:12　来源：翟镇</p>"
        f'<div class="content">{body}</div></body></html>'
    )
    return page.encode("utf-8")


def test_the_line_under_a_picture_is_its_caption_unless_the_markup_makes_it_a_heading():
    """The markup says where a picture stands, which a text copy loses: the short line under
    it is its caption (村民代表在议事厅里举手表决), furniture, not a section heading of the
    report. A heading the page sets under a picture (<h3>, a paragraph in bold) stays one;
    the picture's file name, used to find the caption, never reaches the text."""
    captioned = ingest_bytes(
        _with_pictures(
            '<p style="text-align:center">村民代表在议事厅里举手表决</p>',
            "<p>网格员入户收集群众诉求</p>",
        ),
        "zhaizhen.html",
    )
    assert "举手表决" not in captioned.body and "入户收集" not in captioned.body
    assert ".jpg" not in captioned.body and "640" not in captioned.body
    assert "议事厅运行以来" in captioned.body
    headed = ingest_bytes(
        _with_pictures("<p><strong>议事厅里议大事</strong></p>", "<h3>网格连着议事厅</h3>"),
        "zhaizhen-headings.html",
    )
    assert "## 议事厅里议大事" in headed.body and "## 网格连着议事厅" in headed.body

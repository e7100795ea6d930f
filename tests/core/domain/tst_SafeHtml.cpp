#include "core/domain/SafeHtml.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// Generous enough for a Debug or sanitizer build on a busy machine; a quadratic pass over a
// megabyte would take minutes.

// Empty when `html` holds nothing but the kept elements (no attributes besides an http, https
// or mailto href on `a`), escaped text and well-formed character references; otherwise what
// is wrong and where.
QString unsafePart(const QString &html) {
    static const QRegularExpression tag(QRegularExpression::anchoredPattern(
        u"<(?:/?(?:p|br|b|strong|i|em|u|s|strike|del|ins|sub|sup|code|pre|blockquote|ul|ol|li|"
        "h[1-6]|span|div|a|hr|table|thead|tbody|tr|th|td)"
        "|a href=\"(?i:https?|mailto):[^\"<>]*\")>"_s));
    static const QRegularExpression reference(
        u"^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"_s);
    // Each match sees only a short piece: Qt checks the whole subject on every call.
    const QStringView all(html);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QChar c = all[i];
        if (c == u'<') {
            const qsizetype end = all.indexOf(u'>', i);
            if (end < 0 || !tag.match(all.sliced(i, end + 1 - i)).hasMatch())
                return u"tag at %1: %2"_s.arg(i).arg(html.mid(i, 60));
            i = end;
        } else if (c == u'>') {
            return u"bare '>' at %1: %2"_s.arg(i).arg(html.mid(std::max<qsizetype>(0, i - 30), 60));
        } else if (c == u'&') {
            const auto m = reference.match(all.sliced(i, std::min<qsizetype>(40, all.size() - i)));
            if (!m.hasMatch())
                return u"bare '&' at %1: %2"_s.arg(i).arg(html.mid(i, 30));
            i += m.capturedLength() - 1;
        }
    }
    return {};
}

QString repeated(const QStringList &pieces, qsizetype atLeast) {
    QString out;
    out.reserve(atLeast + 200);
    while (out.size() < atLeast) {
        for (const QString &piece : pieces)
            out += piece;
    }
    return out;
}

} // namespace

class tst_SafeHtml final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleans_data();
    void cleans();
    void readsTheSameThroughQTextDocument_data();
    void readsTheSameThroughQTextDocument();
    void counts_data();
    void counts();
    void truncates_data();
    void truncates();
    void megabyteOfText();
    void hostileMegabyte_data();
    void hostileMegabyte();
};

void tst_SafeHtml::cleans_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Text
    QTest::newRow("plain text") << u"Hello, world."_s << u"Hello, world."_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("less-than, greater-than, ampersand")
        << u"a < b && c > d; 1<2"_s << u"a &lt; b &amp;&amp; c &gt; d; 1&lt;2"_s;
    QTest::newRow("entities kept")
        << u"&amp; &lt; &gt; &quot; &#39; &#x27; &#X27; &nbsp; &eacute; &#128512;"_s
        << u"&amp; &lt; &gt; &quot; &#39; &#x27; &#X27; &nbsp; &eacute; &#128512;"_s;
    QTest::newRow("broken entities escaped")
        << u"&#; &#xZZ; &#0; &#x110000; &#xD800; &#99999999999; &foo &1a; & &;"_s
        << u"&amp;#; &amp;#xZZ; &amp;#0; &amp;#x110000; &amp;#xD800; &amp;#99999999999; "
           "&amp;foo &amp;1a; &amp; &amp;;"_s;
    QTest::newRow("non-ASCII text")
        << u"Grüße aus Köln, 東京, Привет 😀"_s << u"Grüße aus Köln, 東京, Привет 😀"_s;
    QTest::newRow("lone less-than at the end") << u"x<"_s << u"x&lt;"_s;
    QTest::newRow("less-than slash at the end") << u"x</"_s << u"x&lt;/"_s;
    QTest::newRow("less-than before a digit or space") << u"1 <2 < 3"_s << u"1 &lt;2 &lt; 3"_s;

    // Kept elements
    QTest::newRow("formatting kept")
        << u"<p>Hi <b>there</b>,<br><i>you</i> <em>and</em> <strong>me</strong></p>"_s
        << u"<p>Hi <b>there</b>,<br><i>you</i> <em>and</em> <strong>me</strong></p>"_s;
    QTest::newRow("upper-case names lowered")
        << u"<P>Hi<BR/></P><H1>T</H1>"_s << u"<p>Hi<br></p><h1>T</h1>"_s;
    QTest::newRow("lists, quotes, code")
        << u"<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><pre><code>x"
           "</code></pre>"_s
        << u"<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><pre><code>x"
           "</code></pre>"_s;
    QTest::newRow("table")
        << u"<table border=1><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr>"
           "</tbody></table>"_s
        << u"<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody>"
           "</table>"_s;
    QTest::newRow("small things")
        << u"<u>u</u><s>s</s><strike>k</strike><del>d</del><ins>n</ins>H<sub>2</sub>O "
           "x<sup>2</sup><span>sp</span><div>dv</div><hr>"_s
        << u"<u>u</u><s>s</s><strike>k</strike><del>d</del><ins>n</ins>H<sub>2</sub>O "
           "x<sup>2</sup><span>sp</span><div>dv</div><hr>"_s;

    // Script
    QTest::newRow("script") << u"a<script>alert(1)</script>b"_s << u"ab"_s;
    QTest::newRow("script upper case")
        << u"a<SCRIPT type=text/javascript>alert(1)</ScRiPt >b"_s << u"ab"_s;
    QTest::newRow("script unclosed") << u"a<script>alert(1)<p>more</p>"_s << u"a"_s;
    QTest::newRow("script split by a script")
        << u"<scr<script>ipt>alert(1)</script>"_s << u"ipt&gt;alert(1)"_s;
    QTest::newRow("script after a less-than")
        << u"<<script>script>alert(1)</script>"_s << u"&lt;"_s;
    QTest::newRow("script with a fake end inside")
        << u"<script>document.write('</scr' + 'ipt>')</scriptx>x</script>ok"_s << u"ok"_s;
    QTest::newRow("script with src") << u"<script src=//evil.example/x.js></script>ok"_s << u"ok"_s;
    QTest::newRow("script self-closed still eats") << u"<script/>alert(1)</script>ok"_s << u"ok"_s;
    QTest::newRow("script inside a comment-like text")
        << u"<b>x</b><script><!--</script>ok"_s << u"<b>x</b>ok"_s;

    // Other elements that go with their content
    QTest::newRow("style element") << u"<style>p { color: red }</style>text"_s << u"text"_s;
    QTest::newRow("iframe") << u"<iframe src=\"https://evil.example\">inner</iframe>after"_s
                            << u"after"_s;
    QTest::newRow("iframe srcdoc")
        << u"<IFRAME srcdoc='<script>alert(1)</script>'></IFRAME>after"_s << u"after"_s;
    QTest::newRow("object") << u"<object data=x.swf><param name=a value=b>fallback</object>after"_s
                            << u"after"_s;
    // embed and frame are void: the tag goes, what follows stays.
    QTest::newRow("embed") << u"<embed src=x.swf>after"_s << u"after"_s;
    QTest::newRow("embed self-closed") << u"<embed src=x.swf />after"_s << u"after"_s;
    QTest::newRow("applet") << u"<applet code=X>t</applet>after"_s << u"after"_s;
    QTest::newRow("svg") << u"<svg onload=alert(1)><circle r=1/></svg>ok"_s << u"ok"_s;
    QTest::newRow("svg nested") << u"<svg><svg></svg>inner</svg>ok"_s << u"ok"_s;
    QTest::newRow("math") << u"<math><mi>x</mi></math>ok"_s << u"ok"_s;
    QTest::newRow("textarea") << u"<textarea><b>x</b></textarea>ok"_s << u"ok"_s;
    QTest::newRow("select") << u"<select><option>o</option></select>ok"_s << u"ok"_s;
    QTest::newRow("noscript") << u"<noscript><p>x</p></noscript>ok"_s << u"ok"_s;
    QTest::newRow("template") << u"<template><p>x</p></template>ok"_s << u"ok"_s;
    QTest::newRow("head and title")
        << u"<head><title>t</title><meta charset=utf-8></head>ok"_s << u"ok"_s;
    QTest::newRow("frameset") << u"<frameset><frame src=x></frameset>ok"_s << u"ok"_s;

    // Attributes
    QTest::newRow("onclick quoted") << u"<b onclick=\"alert(1)\">x</b>"_s << u"<b>x</b>"_s;
    QTest::newRow("onclick single-quoted") << u"<b onclick='alert(1)'>x</b>"_s << u"<b>x</b>"_s;
    QTest::newRow("onclick unquoted") << u"<p onclick=alert(1) title=x>x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("ONLOAD") << u"<div ONLOAD=alert(1)>x</div>"_s << u"<div>x</div>"_s;
    QTest::newRow("onerror on img") << u"<img src=x onerror=alert(1)>"_s << u"[image]"_s;
    QTest::newRow("slash instead of space") << u"<p/onclick=alert(1)>x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("attribute with '>' in quotes")
        << u"<b title=\"a>b\" onclick=\"x\">t</b>"_s << u"<b>t</b>"_s;
    QTest::newRow("style attribute")
        << u"<span style=\"background:url(javascript:alert(1))\">s</span>"_s << u"<span>s</span>"_s;
    QTest::newRow("valueless attributes") << u"<td nowrap hidden>c</td>"_s << u"<td>c</td>"_s;
    QTest::newRow("attribute name starting with '='") << u"<i =x>i</i>"_s << u"<i>i</i>"_s;

    // Links
    QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript mixed case")
        << u"<a href=\"JaVaScRiPt:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript leading spaces")
        << u"<a href=\"   javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript with a tab")
        << u"<a href=\"java\tscript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript with a newline")
        << u"<a href=\"java\nscript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript entity-encoded")
        << u"<a href=\"&#106;avascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript hex entity without semicolon")
        << u"<a href=\"&#x6A&#x61vascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript encoded colon")
        << u"<a href=\"javascript&colon;alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript encoded tab")
        << u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript control character")
        << u"<a href=\"\u0001javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("javascript unquoted") << u"<A HREF=javascript:alert(1)>x</A>"_s << u"<a>x</a>"_s;
    QTest::newRow("data link")
        << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s
        << u"<a>x</a>"_s;
    QTest::newRow("vbscript link") << u"<a href='vbscript:msgbox(1)'>x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("relative link") << u"<a href=\"/tasks/1\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("scheme-relative link") << u"<a href=\"//evil.example\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("look-alike scheme letter")
        << u"<a href=\"http\u017F://x\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("http link")
        << u"<a href=\"http://example.com/a?b=1&amp;c=2\" target=_blank>x</a>"_s
        << u"<a href=\"http://example.com/a?b=1&amp;c=2\">x</a>"_s;
    QTest::newRow("https link single-quoted")
        << u"<a href='https://example.com/'>x</a>"_s << u"<a href=\"https://example.com/\">x</a>"_s;
    QTest::newRow("mailto link") << u"<a href=mailto:someone@example.com>m</a>"_s
                                 << u"<a href=\"mailto:someone@example.com\">m</a>"_s;
    QTest::newRow("upper-case scheme, spaces trimmed")
        << u"<a href=\"  HTTPS://Example.com/x \">x</a>"_s
        << u"<a href=\"HTTPS://Example.com/x\">x</a>"_s;
    QTest::newRow("bare ampersand in URL escaped")
        << u"<a href=\"https://x.example/?a=1&b=2\">x</a>"_s
        << u"<a href=\"https://x.example/?a=1&amp;b=2\">x</a>"_s;
    QTest::newRow("quotes in URL escaped")
        << u"<a href='https://x.example/\"><script>alert(1)</script>'>x</a>"_s
        << u"<a href=\"https://x.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x"
           "</a>"_s;
    QTest::newRow("first href wins")
        << u"<a href=\"https://a.example\" HREF=\"javascript:alert(1)\">x</a>"_s
        << u"<a href=\"https://a.example\">x</a>"_s;
    QTest::newRow("bad first href is not replaced")
        << u"<a href=\"javascript:alert(1)\" href=\"https://a.example\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("href on another element")
        << u"<b href=\"https://a.example\">x</b>"_s << u"<b>x</b>"_s;

    // Images
    QTest::newRow("remote image") << u"<img src=http://tracker/x.gif alt=\"logo\">"_s
                                  << u"[image: logo]"_s;
    QTest::newRow("image without alt") << u"a<img src=\"x.png\">b"_s << u"a[image]b"_s;
    QTest::newRow("image with empty alt") << u"<img alt=\"  \" src=x>"_s << u"[image]"_s;
    QTest::newRow("image alt escaped")
        << u"<IMG SRC=x ALT='<b>Tom &amp; \"Jerry\"</b>'/>"_s
        << u"[image: &lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;]"_s;
    QTest::newRow("image inside a link")
        << u"<a href=\"https://x.example\"><img src=https://x.example/i.png alt=i></a>"_s
        << u"<a href=\"https://x.example\">[image: i]</a>"_s;

    // Comments and the like
    QTest::newRow("comment") << u"a<!-- secret <script>x</script> -->b"_s << u"ab"_s;
    QTest::newRow("comment unclosed") << u"a<!-- b <b>c</b>"_s << u"a"_s;
    QTest::newRow("conditional comment")
        << u"<!--[if IE]><script>alert(1)</script><![endif]-->ok"_s << u"ok"_s;
    QTest::newRow("doctype") << u"<!DOCTYPE html>a"_s << u"a"_s;
    QTest::newRow("processing instruction") << u"<?xml version=\"1.0\"?>a"_s << u"a"_s;
    QTest::newRow("CDATA") << u"<![CDATA[<script>alert(1)</script>]]>a"_s << u"a"_s;
    QTest::newRow("bogus end tag") << u"a</ b>c</>d"_s << u"acd"_s;

    // Unknown elements: text stays
    QTest::newRow("form controls")
        << u"<form action=https://evil.example><input value=x><button>Go</button></form>"_s
        << u"Go"_s;
    QTest::newRow("custom tag") << u"<custom-tag data-x=1>text</custom-tag>"_s << u"text"_s;
    QTest::newRow("video and source")
        << u"<video autoplay><source src=x.mp4>no video</video>"_s << u"no video"_s;
    QTest::newRow("link, meta, base")
        << u"<link rel=stylesheet href=x.css><meta http-equiv=refresh content=0>"
           "<base href=https://evil.example/>t"_s
        << u"t"_s;
    QTest::newRow("html and body") << u"<html><body>b</body></html>"_s << u"b"_s;

    // Balance
    QTest::newRow("unclosed elements closed")
        << u"<div><b>bold <i>both"_s << u"<div><b>bold <i>both</i></b></div>"_s;
    QTest::newRow("stray end tags") << u"text</b></p></div>"_s << u"text"_s;
    QTest::newRow("overlapping") << u"<b><i>x</b>y</i>"_s << u"<b><i>x</i></b>y"_s;
    QTest::newRow("end tag of a void element") << u"a</br>b</hr>"_s << u"ab"_s;
    QTest::newRow("list items left open")
        << u"<ul><li>a<li>b</ul>"_s << u"<ul><li>a<li>b</li></li></ul>"_s;
    QTest::newRow("tag cut by the end") << u"a<b title='x"_s << u"a"_s;
    QTest::newRow("end tag cut by the end") << u"<b>a</b"_s << u"<b>a</b>"_s;
}

void tst_SafeHtml::cleans() {
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const SafeHtml::Cleaned result = SafeHtml::clean(input);
    QCOMPARE(result.html, expected);
    QVERIFY(!result.truncated);
    QVERIFY2(unsafePart(result.html).isEmpty(), qPrintable(unsafePart(result.html)));
    // Cleaning twice changes nothing and finds nothing more to remove.
    const SafeHtml::Cleaned again = SafeHtml::clean(result.html);
    QCOMPARE(again.html, result.html);
    QCOMPARE(again.removedElements, 0);
    QCOMPARE(again.removedAttributes, 0);
}

void tst_SafeHtml::readsTheSameThroughQTextDocument_data() {
    cleans_data();
}

// What Qt makes of the cleaned HTML, written back by Qt and cleaned again, reads the same.
void tst_SafeHtml::readsTheSameThroughQTextDocument() {
    QFETCH(QString, input);

    const QString cleaned = SafeHtml::clean(input).html;
    QTextDocument first;
    first.setHtml(cleaned);
    const SafeHtml::Cleaned recleaned = SafeHtml::clean(first.toHtml());
    QVERIFY2(unsafePart(recleaned.html).isEmpty(), qPrintable(unsafePart(recleaned.html)));
    QTextDocument second;
    second.setHtml(recleaned.html);
    if (first.isEmpty()) {
        // Qt writes an empty document as one empty paragraph holding a <br />.
        QVERIFY(second.toPlainText().trimmed().isEmpty());
    } else {
        QCOMPARE(second.toPlainText(), first.toPlainText());
    }
}

void tst_SafeHtml::counts_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("elements");
    QTest::addColumn<int>("attributes");

    QTest::newRow("nothing removed") << u"<p>a <b>b</b></p>"_s << 0 << 0;
    QTest::newRow("attributes of a kept element") << u"<p class=a onclick=b>x</p>"_s << 0 << 2;
    QTest::newRow("script") << u"<script src=x>y</script>"_s << 1 << 1;
    QTest::newRow("image") << u"<img src=z alt=w>"_s << 1 << 2;
    QTest::newRow("bad link") << u"<a href=\"javascript:q\" title=t>l</a>"_s << 0 << 2;
    QTest::newRow("good link") << u"<a href=\"https://q.example\" title=t>l</a>"_s << 0 << 1;
    QTest::newRow("unknown elements") << u"<form><input name=a></form>"_s << 2 << 1;
    QTest::newRow("inside removed content not counted")
        << u"<svg><g id=a><circle r=1 /></g></svg>"_s << 1 << 0;
    QTest::newRow("comment not counted") << u"<!-- <b class=x> -->"_s << 0 << 0;
    QTest::newRow("mixed") << u"<p class=a onclick=b>x<script>y</script><img src=z alt=w>"
                              "<a href=\"javascript:q\" title=t>l</a></p>"_s
                           << 2 << 6;
}

void tst_SafeHtml::counts() {
    QFETCH(QString, input);
    QFETCH(int, elements);
    QFETCH(int, attributes);

    const SafeHtml::Cleaned result = SafeHtml::clean(input);
    QCOMPARE(result.removedElements, elements);
    QCOMPARE(result.removedAttributes, attributes);
}

void tst_SafeHtml::truncates_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exactly the limit")
        << u"abcdefghij"_s << qsizetype(10) << false << u"abcdefghij"_s;
    QTest::newRow("one over") << u"abcdefghijk"_s << qsizetype(10) << true << u"abcdefghij"_s;
    QTest::newRow("surrogate pair not split") << u"abc😀"_s << qsizetype(4) << true << u"abc"_s;
    QTest::newRow("surrogate pair fits") << u"abc😀"_s << qsizetype(5) << false << u"abc😀"_s;
    QTest::newRow("cut inside a tag") << u"ab<b>cd"_s << qsizetype(4) << true << u"ab"_s;
    QTest::newRow("cut inside an entity") << u"a&amp;"_s << qsizetype(4) << true << u"a&amp;am"_s;
    QTest::newRow("cut leaves elements open")
        << u"<b>bold</b>"_s << qsizetype(6) << true << u"<b>bol</b>"_s;
    QTest::newRow("zero") << u"abc"_s << qsizetype(0) << true << QString();
    QTest::newRow("negative") << u"abc"_s << qsizetype(-1) << true << QString();
    QTest::newRow("empty with zero") << QString() << qsizetype(0) << false << QString();
}

void tst_SafeHtml::truncates() {
    QFETCH(QString, input);
    QFETCH(qsizetype, maxChars);
    QFETCH(bool, truncated);
    QFETCH(QString, expected);

    const SafeHtml::Cleaned result = SafeHtml::clean(input, maxChars);
    QCOMPARE(result.truncated, truncated);
    QCOMPARE(result.html, expected);
}

void tst_SafeHtml::megabyteOfText() {
    constexpr qsizetype limit = 1'000'000;
    const QString plain(limit, u'a');
    const SafeHtml::Cleaned exact = SafeHtml::clean(plain);
    QVERIFY(!exact.truncated);
    QCOMPARE(exact.html, plain);

    const SafeHtml::Cleaned over = SafeHtml::clean(plain + u'b');
    QVERIFY(over.truncated);
    QCOMPARE(over.html, plain);

    // Text that grows when escaped still has a bound: at most five characters for one.
    QString text = repeated({u"Plain words & more < text > here; "_s, u"Grüße 😀 "_s}, limit);
    text.truncate(limit);
    const SafeHtml::Cleaned escaped = SafeHtml::clean(text);
    QVERIFY(!escaped.truncated);
    QVERIFY(escaped.html.size() > limit);
    QVERIFY(escaped.html.size() <= 5 * limit);
    QVERIFY(SafeHtml::clean(text + u'x').truncated);
}

void tst_SafeHtml::hostileMegabyte_data() {
    QTest::addColumn<QString>("input");
    constexpr qsizetype size = 1'100'000; // a little over the default limit

    QTest::newRow("mix") << repeated(
        {u"<b>"_s,
         u"</i>"_s,
         u"<scr<script>ipt>alert(1)</script>"_s,
         u"<a href=\"jav&#x09;ascript:alert(1)\" onclick=alert(1)>x</a>"_s,
         u"<img src=x onerror=alert(1) alt='<script>'>"_s,
         u"&#x6A;&#106 &"_s,
         u"<!-- c --><<script>script>x</script>"_s,
         u"<div style=\"x\">"_s,
         u"</div>"_s,
         u"<svg><script>alert(1)</script></svg>"_s,
         u"1 < 2 > 0 & 3"_s,
         u"<SCRIPT SRC=//x></SCRIPT>"_s,
         u"<p/onmouseover=alert(1)>"_s,
         u"</p>"_s,
         u"<iframe srcdoc='<script>alert(1)</script>'></iframe>"_s,
         u"<![CDATA[x]]>"_s,
         u"<?php x ?><!DOCTYPE x>"_s,
         u"<a href=mailto:x@y.example>m</a>"_s,
         u"<table><tr><td>"_s,
         u"</ScRipt></style><script"_s,
         u">alert(1)</script>"_s},
        size);
    QTest::newRow("deep nesting") << repeated({u"<b><i><div><span>"_s}, size);
    QTest::newRow("many stray end tags")
        << repeated({u"<b>"_s}, size / 2) + repeated({u"</i>"_s}, size / 2);
    QTest::newRow("opened and closed") << repeated({u"<p><b>x</b></p>"_s}, size);
    QTest::newRow("tag never ends") << u"<a "_s + repeated({u"<a "_s}, size);
    QTest::newRow("quote never ends") << u"<a title=\""_s + repeated({u"<script>"_s}, size);
    QTest::newRow("script never ends") << repeated({u"<script>"_s}, size);
    QTest::newRow("svg nests forever") << repeated({u"<svg>"_s}, size);
    QTest::newRow("comment never ends") << u"<!--"_s + repeated({u"<!-- -- >"_s}, size);
    QTest::newRow("ampersands") << repeated(
        {u"&#1111111111111&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&&#x;"_s}, size);
    QTest::newRow("images") << repeated({u"<img alt=a\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\">"_s}, size);
    QTest::newRow("links") << repeated(
        {u"<a href=\"https://x.example/&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&\">"_s}, size);
    QTest::newRow("less-thans") << repeated({u"<<<<<<<<<< </ </x <! <? > "_s}, size);
}

void tst_SafeHtml::hostileMegabyte() {
    QFETCH(QString, input);

    // Finishing at all is the check here; its speed belongs to the benchmarks.
    const SafeHtml::Cleaned result = SafeHtml::clean(input);
    QVERIFY(result.truncated);
    QVERIFY(!result.html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!result.html.contains(u"javascript:"_s, Qt::CaseInsensitive));
    QVERIFY(result.html.size() <= 6 * 1'000'000);
    QVERIFY2(unsafePart(result.html).isEmpty(), qPrintable(unsafePart(result.html)));
}

QTEST_MAIN(tst_SafeHtml)
#include "tst_SafeHtml.moc"

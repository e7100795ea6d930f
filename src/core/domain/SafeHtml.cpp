#include "core/domain/SafeHtml.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

enum class Kind : quint8 {
    Keep,        // written back without attributes
    Void,        // written back, has no content and no closing tag
    Link,        // `a`: may keep its href
    DropContent, // removed together with its content
    Image,       // replaced by a text placeholder
};

// The elements that are written back. The index into this list is the element's id.
constexpr std::array keptNames = {
    u"p",   u"br",  u"b",     u"strong", u"i",     u"em",  u"u",          u"s",    u"strike",
    u"del", u"ins", u"sub",   u"sup",    u"code",  u"pre", u"blockquote", u"ul",   u"ol",
    u"li",  u"h1",  u"h2",    u"h3",     u"h4",    u"h5",  u"h6",         u"span", u"div",
    u"a",   u"hr",  u"table", u"thead",  u"tbody", u"tr",  u"th",         u"td",
};
constexpr int keptCount = int(keptNames.size());

constexpr std::array dropNames = {
    u"script",   u"style", u"iframe", u"frameset", u"object", u"applet", u"noscript",
    u"template", u"svg",   u"math",   u"textarea", u"select", u"title",  u"head",
};

struct Element {
    Kind kind;
    int id; // index into keptNames or dropNames
};

const QHash<QString, Element> &elements() {
    static const QHash<QString, Element> table = [] {
        QHash<QString, Element> t;
        for (int i = 0; i < keptCount; ++i) {
            const QString name = QString::fromUtf16(keptNames[size_t(i)]);
            Kind kind = Kind::Keep;
            if (name == "br"_L1 || name == "hr"_L1)
                kind = Kind::Void;
            else if (name == "a"_L1)
                kind = Kind::Link;
            t.insert(name, {kind, i});
        }
        for (int i = 0; i < int(dropNames.size()); ++i)
            t.insert(QString::fromUtf16(dropNames[size_t(i)]), {Kind::DropContent, i});
        t.insert(u"img"_s, {Kind::Image, -1});
        return t;
    }();
    return table;
}

// The content of these is raw text in HTML: a nested start tag of the same name means nothing.
bool isRawText(QStringView name) {
    return name == u"script" || name == u"style" || name == u"iframe" || name == u"noscript" ||
           name == u"textarea" || name == u"title";
}

// Self-closing in SVG/MathML: `<x/>` has no content to remove.
bool selfClosingEnds(QStringView name) {
    return name == u"svg" || name == u"math";
}

constexpr bool isSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

constexpr bool isAsciiAlpha(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isAsciiDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiAlnum(char16_t c) {
    return isAsciiAlpha(c) || isAsciiDigit(c);
}

constexpr int hexValue(char16_t c) {
    if (isAsciiDigit(c))
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

constexpr char16_t asciiLower(char16_t c) {
    return (c >= u'A' && c <= u'Z') ? c + 32 : c;
}

// Compares `s` with the lower-case ASCII word `lower`, ignoring ASCII case only.
bool equalsAsciiNoCase(QStringView s, QStringView lower) {
    if (s.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (asciiLower(s[i].unicode()) != lower[i].unicode())
            return false;
    }
    return true;
}

constexpr char32_t maxCodePoint = 0x10FFFF;

bool isValidCodePoint(char32_t v) {
    return v != 0 && v <= maxCodePoint && !(v >= 0xD800 && v <= 0xDFFF);
}

// Reads the digits of a numeric character reference starting at `p` (just after "&#").
// Returns the position after the digits; `value` is clamped above the last code point.
qsizetype readNumber(QStringView s, qsizetype p, char32_t &value, bool &anyDigit) {
    bool hex = false;
    if (p < s.size() && (s[p] == u'x' || s[p] == u'X')) {
        hex = true;
        ++p;
    }
    value = 0;
    anyDigit = false;
    for (; p < s.size(); ++p) {
        const char16_t c = s[p].unicode();
        const int digit = hex ? hexValue(c) : (isAsciiDigit(c) ? c - u'0' : -1);
        if (digit < 0)
            break;
        anyDigit = true;
        value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), maxCodePoint + 1);
    }
    return p;
}

void appendCodePoint(QString &out, char32_t v) {
    if (!isValidCodePoint(v))
        v = 0xFFFD;
    if (QChar::requiresSurrogates(v)) {
        out += QChar(QChar::highSurrogate(v));
        out += QChar(QChar::lowSurrogate(v));
    } else {
        out += QChar(char16_t(v));
    }
}

// The named references decoded in attribute values: enough to read a URL's scheme and an alt
// text. Anything not listed stays as written, which can only make a link fail the check.
struct NamedReference {
    QStringView name;
    char16_t value;
};
constexpr std::array namedReferences = {
    NamedReference{u"amp", u'&'},    NamedReference{u"AMP", u'&'},
    NamedReference{u"lt", u'<'},     NamedReference{u"LT", u'<'},
    NamedReference{u"gt", u'>'},     NamedReference{u"GT", u'>'},
    NamedReference{u"quot", u'"'},   NamedReference{u"QUOT", u'"'},
    NamedReference{u"apos", u'\''},  NamedReference{u"nbsp", u'\u00A0'},
    NamedReference{u"Tab", u'\t'},   NamedReference{u"NewLine", u'\n'},
    NamedReference{u"colon", u':'},  NamedReference{u"sol", u'/'},
    NamedReference{u"quest", u'?'},  NamedReference{u"num", u'#'},
    NamedReference{u"period", u'.'}, NamedReference{u"commat", u'@'},
    NamedReference{u"equals", u'='}, NamedReference{u"percnt", u'%'},
    NamedReference{u"lpar", u'('},   NamedReference{u"rpar", u')'},
    NamedReference{u"excl", u'!'},   NamedReference{u"semi", u';'},
    NamedReference{u"comma", u','},  NamedReference{u"lowbar", u'_'},
    NamedReference{u"plus", u'+'},   NamedReference{u"bsol", u'\\'},
};

constexpr qsizetype maxEntityName = 32;

// An attribute value with its character references decoded. Numeric references are decoded
// with or without the closing semicolon, as browsers do.
QString decodeAttribute(QStringView v) {
    QString out;
    out.reserve(v.size());
    qsizetype i = 0;
    while (i < v.size()) {
        const QChar c = v[i];
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < v.size() && v[i + 1] == u'#') {
            char32_t value = 0;
            bool anyDigit = false;
            const qsizetype end = readNumber(v, i + 2, value, anyDigit);
            if (anyDigit) {
                appendCodePoint(out, value);
                i = (end < v.size() && v[end] == u';') ? end + 1 : end;
                continue;
            }
        } else {
            qsizetype end = i + 1;
            while (end < v.size() && end - i <= maxEntityName && isAsciiAlnum(v[end].unicode()))
                ++end;
            if (end < v.size() && v[end] == u';') {
                const QStringView name = v.sliced(i + 1, end - i - 1);
                const auto found =
                    std::find_if(namedReferences.begin(), namedReferences.end(),
                                 [name](const NamedReference &r) { return r.name == name; });
                if (found != namedReferences.end()) {
                    out += QChar(found->value);
                    i = end + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

// The URL an href holds once decoded, without control characters and trimmed; empty when its
// scheme is not one of those a comment may link to.
QString allowedUrl(QStringView raw) {
    const QString decoded = decodeAttribute(raw);
    QString url;
    url.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            continue;
        url += c;
    }
    url = url.trimmed();
    qsizetype colon = -1;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (c == u':') {
            colon = i;
            break;
        }
        if (!isAsciiAlpha(c))
            return {};
    }
    if (colon <= 0)
        return {};
    const QStringView scheme = QStringView(url).first(colon);
    if (equalsAsciiNoCase(scheme, u"http") || equalsAsciiNoCase(scheme, u"https") ||
        equalsAsciiNoCase(scheme, u"mailto")) {
        return url;
    }
    return {};
}

struct Tag {
    QStringView name;
    QStringView href;
    QStringView alt;
    bool hasHref = false;
    bool hasAlt = false;
    bool selfClosing = false;
    int attributes = 0;
    qsizetype next = 0; // just after the closing '>'
};

class Cleaner {
public:
    explicit Cleaner(QStringView in)
        : m_in(in) {
        m_out.reserve(in.size() + in.size() / 8);
    }

    SafeHtml::Cleaned run() {
        const qsizetype n = m_in.size();
        while (m_pos < n) {
            const char16_t c = m_in[m_pos].unicode();
            if (c == u'<') {
                lessThan();
            } else if (c == u'>') {
                m_out += "&gt;"_L1;
                ++m_pos;
            } else if (c == u'&') {
                ampersand();
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n && !isSpecial(m_in[m_pos].unicode()))
                    ++m_pos;
                m_out += m_in.sliced(start, m_pos - start);
            }
        }
        while (!m_open.empty())
            closeTop();
        m_result.html = std::move(m_out);
        return std::move(m_result);
    }

private:
    static constexpr bool isSpecial(char16_t c) { return c == u'<' || c == u'>' || c == u'&'; }

    bool startsWithAt(qsizetype p, QStringView what, Qt::CaseSensitivity cs) const {
        return m_in.sliced(p).startsWith(what, cs);
    }

    // Moves past the next `end` at or after `from`, or to the end of the input.
    void skipPast(qsizetype from, QStringView end) {
        const qsizetype found = m_in.indexOf(end, from);
        m_pos = found < 0 ? m_in.size() : found + end.size();
    }

    void lessThan() {
        const qsizetype n = m_in.size();
        const qsizetype p = m_pos + 1;
        if (p >= n) {
            m_out += "&lt;"_L1;
            ++m_pos;
            return;
        }
        const char16_t next = m_in[p].unicode();
        if (isAsciiAlpha(next)) {
            startTag(p);
        } else if (next == u'/') {
            if (p + 1 >= n) {
                m_out += "&lt;/"_L1;
                m_pos = n;
            } else if (isAsciiAlpha(m_in[p + 1].unicode())) {
                endTag(p + 1);
            } else {
                // "</>" is ignored; "</" with anything else is a bogus comment up to '>'.
                skipPast(p + 1, u">");
            }
        } else if (startsWithAt(m_pos, u"<!--", Qt::CaseSensitive)) {
            skipPast(m_pos + 4, u"-->");
        } else if (startsWithAt(m_pos, u"<![CDATA[", Qt::CaseSensitive)) {
            skipPast(m_pos + 9, u"]]>");
        } else if (next == u'!' || next == u'?') {
            skipPast(p + 1, u">");
        } else {
            m_out += "&lt;"_L1;
            ++m_pos;
        }
    }

    // Reads a tag whose name starts at `p`. False when the input ends before the tag does.
    bool readTag(qsizetype p, Tag &tag) const {
        const qsizetype n = m_in.size();
        const qsizetype nameStart = p;
        while (p < n && !isSpace(m_in[p].unicode()) && m_in[p] != u'/' && m_in[p] != u'>')
            ++p;
        tag.name = m_in.sliced(nameStart, p - nameStart);
        for (;;) {
            while (p < n && (isSpace(m_in[p].unicode()) || m_in[p] == u'/')) {
                if (m_in[p] == u'/' && p + 1 < n && m_in[p + 1] == u'>')
                    tag.selfClosing = true;
                ++p;
            }
            if (p >= n)
                return false;
            if (m_in[p] == u'>') {
                tag.next = p + 1;
                return true;
            }
            // An attribute name: anything up to white space, '/', '>' or '=' (a leading '='
            // belongs to the name).
            const qsizetype attrStart = p++;
            while (p < n && !isSpace(m_in[p].unicode()) && m_in[p] != u'/' && m_in[p] != u'>' &&
                   m_in[p] != u'=') {
                ++p;
            }
            const QStringView attrName = m_in.sliced(attrStart, p - attrStart);
            while (p < n && isSpace(m_in[p].unicode()))
                ++p;
            QStringView value;
            if (p < n && m_in[p] == u'=') {
                ++p;
                while (p < n && isSpace(m_in[p].unicode()))
                    ++p;
                if (p >= n)
                    return false;
                const QChar quote = m_in[p];
                if (quote == u'"' || quote == u'\'') {
                    const qsizetype valueStart = ++p;
                    while (p < n && m_in[p] != quote)
                        ++p;
                    if (p >= n)
                        return false;
                    value = m_in.sliced(valueStart, p - valueStart);
                    ++p;
                } else {
                    const qsizetype valueStart = p;
                    while (p < n && !isSpace(m_in[p].unicode()) && m_in[p] != u'>')
                        ++p;
                    value = m_in.sliced(valueStart, p - valueStart);
                }
            }
            ++tag.attributes;
            if (!tag.hasHref && equalsAsciiNoCase(attrName, u"href")) {
                tag.hasHref = true;
                tag.href = value;
            } else if (!tag.hasAlt && equalsAsciiNoCase(attrName, u"alt")) {
                tag.hasAlt = true;
                tag.alt = value;
            }
        }
    }

    // The element a tag name stands for, if it is one with special treatment.
    const Element *lookUp(QStringView name) {
        if (name.size() > 10) // longer than any name in the tables
            return nullptr;
        m_name.resize(name.size());
        for (qsizetype i = 0; i < name.size(); ++i)
            m_name[i] = QChar(asciiLower(name[i].unicode()));
        const auto &table = elements();
        const auto found = table.constFind(m_name);
        return found == table.constEnd() ? nullptr : &found.value();
    }

    void startTag(qsizetype namePos) {
        Tag tag;
        if (!readTag(namePos, tag)) {
            ++m_result.removedElements;
            m_result.removedAttributes += tag.attributes;
            m_pos = m_in.size();
            return;
        }
        m_pos = tag.next;
        const Element *element = lookUp(tag.name);
        if (!element) {
            ++m_result.removedElements;
            m_result.removedAttributes += tag.attributes;
            return;
        }
        switch (element->kind) {
        case Kind::Void:
            appendTag(u"<", element->id);
            m_result.removedAttributes += tag.attributes;
            return;
        case Kind::Keep:
        case Kind::Link: {
            if (int(m_open.size()) >= SafeHtml::maxDepth) {
                ++m_result.removedElements;
                m_result.removedAttributes += tag.attributes;
                return;
            }
            int kept = 0;
            m_out += u'<';
            m_out += keptName(element->id);
            if (element->kind == Kind::Link && tag.hasHref) {
                const QString url = allowedUrl(tag.href);
                if (!url.isEmpty()) {
                    m_out += " href=\""_L1;
                    m_out += url.toHtmlEscaped();
                    m_out += u'"';
                    kept = 1;
                }
            }
            m_out += u'>';
            m_result.removedAttributes += tag.attributes - kept;
            m_open.push_back(element->id);
            ++m_openCount[size_t(element->id)];
            return;
        }
        case Kind::Image: {
            const QString alt = tag.hasAlt ? decodeAttribute(tag.alt).simplified() : QString();
            m_out += alt.isEmpty() ? u"[image]"_s : u"[image: "_s + alt.toHtmlEscaped() + u']';
            ++m_result.removedElements;
            m_result.removedAttributes += tag.attributes;
            return;
        }
        case Kind::DropContent: {
            ++m_result.removedElements;
            m_result.removedAttributes += tag.attributes;
            const QStringView name = dropNames[size_t(element->id)];
            if (!(tag.selfClosing && selfClosingEnds(name)))
                dropContent(name);
            return;
        }
        }
    }

    // Moves past the closing tag that matches an element whose content is removed. Elements
    // that are not raw text may nest, so their own start tags are counted.
    void dropContent(QStringView name) {
        const qsizetype n = m_in.size();
        const bool nests = !isRawText(name);
        int depth = 1;
        qsizetype p = m_pos;
        for (;;) {
            const qsizetype lt = m_in.indexOf(u'<', p);
            if (lt < 0) {
                m_pos = n;
                return;
            }
            const bool closing = lt + 1 < n && m_in[lt + 1] == u'/';
            const qsizetype nameStart = lt + (closing ? 2 : 1);
            const qsizetype nameEnd = nameStart + name.size();
            p = lt + 1;
            if (nameEnd > n || !equalsAsciiNoCase(m_in.sliced(nameStart, name.size()), name))
                continue;
            if (nameEnd < n) {
                const char16_t after = m_in[nameEnd].unicode();
                if (!isSpace(after) && after != u'/' && after != u'>')
                    continue;
            }
            if (!closing) {
                if (nests)
                    ++depth;
                continue;
            }
            if (--depth == 0) {
                skipPast(nameEnd, u">");
                return;
            }
        }
    }

    void endTag(qsizetype namePos) {
        Tag tag;
        if (!readTag(namePos, tag)) {
            m_pos = m_in.size();
            return;
        }
        m_pos = tag.next;
        const Element *element = lookUp(tag.name);
        if (!element || (element->kind != Kind::Keep && element->kind != Kind::Link))
            return;
        if (m_openCount[size_t(element->id)] == 0)
            return;
        for (;;) {
            const int top = m_open.back();
            closeTop();
            if (top == element->id)
                return;
        }
    }

    void closeTop() {
        const int id = m_open.back();
        m_open.pop_back();
        --m_openCount[size_t(id)];
        appendTag(u"</", id);
    }

    static QStringView keptName(int id) { return keptNames[size_t(id)]; }

    void appendTag(QStringView prefix, int id) {
        m_out += prefix;
        m_out += keptName(id);
        m_out += u'>';
    }

    void ampersand() {
        const qsizetype n = m_in.size();
        qsizetype p = m_pos + 1;
        bool valid = false;
        if (p < n && m_in[p] == u'#') {
            char32_t value = 0;
            bool anyDigit = false;
            p = readNumber(m_in, p + 1, value, anyDigit);
            valid = anyDigit && p < n && m_in[p] == u';' && isValidCodePoint(value);
        } else {
            while (p < n && p - m_pos <= maxEntityName && isAsciiAlnum(m_in[p].unicode()))
                ++p;
            valid = p > m_pos + 1 && isAsciiAlpha(m_in[m_pos + 1].unicode()) && p < n &&
                    m_in[p] == u';';
        }
        if (valid) {
            m_out += m_in.sliced(m_pos, p + 1 - m_pos);
            m_pos = p + 1;
        } else {
            m_out += "&amp;"_L1;
            ++m_pos;
        }
    }

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_out;
    QString m_name;
    SafeHtml::Cleaned m_result;
    std::vector<int> m_open;
    std::array<int, keptCount> m_openCount{};
};

} // namespace

SafeHtml::Cleaned SafeHtml::clean(const QString &html, qsizetype maxChars) {
    QStringView in(html);
    bool truncated = false;
    const qsizetype limit = std::max<qsizetype>(maxChars, 0);
    if (in.size() > limit) {
        qsizetype cut = limit;
        if (cut > 0 && in[cut - 1].isHighSurrogate() && in[cut].isLowSurrogate())
            --cut;
        in = in.first(cut);
        truncated = true;
    }
    Cleaned result = Cleaner(in).run();
    result.truncated = truncated;
    return result;
}

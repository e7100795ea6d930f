#pragma once

#include <QString>

/// Makes comment HTML written by other users safe to show in a QTextBrowser.
///
/// The input is read once, left to right, by a small tokenizer (no regular expressions), so the
/// cost grows linearly with its length. What comes out:
///
/// - Text between tags stays as it is. A `<` or `>` in it becomes `&lt;` / `&gt;`, and an `&`
///   becomes `&amp;` unless it begins a well-formed character reference (`&name;`, `&#39;`,
///   `&#x27;`, a code point that exists and is not a surrogate), which is kept unchanged.
/// - A fixed list of harmless formatting elements survives (paragraphs, line breaks, bold and
///   italic and the like, code, quotes, lists, headings, span, div, links, rules, tables), always
///   written in lower case and without a single attribute, except:
/// - `a` keeps `href` (the first one) when, after decoding character references, removing
///   control characters and trimming, its scheme is http, https or mailto (ASCII letters, any
///   case). Any other link, including one without a scheme, loses its `href` but keeps its
///   text. A kept `href` is written back in double quotes, HTML-escaped, exactly as it was
///   checked.
/// - Elements that run code, embed other documents or hold text that was never meant to be read
///   (script, style, iframe, frameset, object, applet, noscript, template, svg,
///   math, textarea, select, title, head) disappear together with everything up to their
///   closing tag (found without regard to case); when there is none, the rest of the input
///   goes. A self-closed `<svg/>` or `<math/>` takes nothing with it. `embed` and `frame`
///   have no content in HTML: their tags are simply dropped.
/// - `img` never stays a tag: it turns into the text `[image: ALT]`, or `[image]` without alt.
/// - Any other tag (form, input, button, meta, video, custom elements, ...) is dropped, while
///   the text inside it stays.
/// - Comments, `<!DOCTYPE ...>`, `<?...?>` and `<![CDATA[...]]>` are removed. A tag that is
///   still open when the input ends is removed with the rest of the input, as browsers do.
/// - A closing tag is written only for an element that is open; it also closes whatever was
///   opened inside that element. Elements still open at the end are closed, innermost first.
///   Elements nested deeper than `maxDepth` are dropped (their text stays).
///
/// Input longer than `maxChars` UTF-16 units is cut to that length first (one unit shorter when
/// the cut would split a surrogate pair), and `truncated` says so.
namespace SafeHtml {

/// How deeply kept elements may nest.
inline constexpr int maxDepth = 256;

struct Cleaned {
    QString html;
    /// The input was longer than `maxChars` and was cut before cleaning.
    bool truncated = false;
    /// Start tags that did not make it into `html` (tags inside removed content not counted).
    int removedElements = 0;
    /// Attributes read on start tags and not written back.
    int removedAttributes = 0;
};

/// `html` with everything not listed above removed.
[[nodiscard]] Cleaned clean(const QString &html, qsizetype maxChars = 1'000'000);

} // namespace SafeHtml

#pragma once

#include <QString>

/// The HTML a comment, problem or resolution is sent as (tallyfy-api-notes.md 6.6): the user's
/// plain text escaped, each paragraph (lines separated by a blank line) in `<p>`, single line
/// breaks as `<br>`. Member mentions written as `@[<id>]` pass through unchanged, because that
/// is the only form that notifies.
namespace CommentText {

/// `plain` as comment HTML; empty when `plain` holds only white space.
[[nodiscard]] QString toHtml(const QString &plain);

} // namespace CommentText

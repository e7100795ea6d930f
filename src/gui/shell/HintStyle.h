#pragma once

class QLabel;

/// The look of the Settings dialog's hint lines: a problem in bold red that reads on light and
/// dark palettes, quiet information in a colour between text and background.
namespace HintStyle {

/// Marks `label` as a problem or as information, and sets its "problem" property (tests and
/// style sheets read it). `quiet` dims information; a result line stays in the text colour.
void apply(QLabel *label, bool problem, bool quiet = true);

} // namespace HintStyle

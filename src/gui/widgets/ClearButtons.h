#pragma once

class QWidget;

/// QLineEdit's clear button is a nameless tool button: a screen reader announces it as
/// "button" and nothing else. nameAll() gives every clear button under `root` a name.
namespace ClearButtons {

/// Names the clear buttons of the line edits under `root` (and of `root` itself) that have one.
/// Call it once the widgets exist, e.g. at the end of a window's constructor.
void nameAll(QWidget *root);

} // namespace ClearButtons

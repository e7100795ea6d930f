#pragma once

#include <QList>

class QWidget;

/// Tab order for widgets made at run time. Qt appends a new widget to the end of its window's
/// focus chain, so without this a chip or a form field row added later would be reached only
/// after the last button of the form.
namespace FocusChain {

/// Puts `widgets` (those that accept focus, in the given order) right after `anchor` in the
/// focus chain; whatever followed `anchor` then follows the last of them.
void placeAfter(QWidget *anchor, const QList<QWidget *> &widgets);

} // namespace FocusChain

#include "gui/widgets/SuggestionList.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>

#include <algorithm>

SuggestionList::SuggestionList(QLineEdit *input, QListView *view, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_view(view) {
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->hide();
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        m_dismissed = false;
        update();
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT chosen(index);
    });
}

SuggestionList::~SuggestionList() = default;

void SuggestionList::setModel(QAbstractItemModel *model) {
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &SuggestionList::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SuggestionList::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SuggestionList::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SuggestionList::update);
}

QModelIndex SuggestionList::currentIndex() const {
    if (m_view == nullptr || m_view->isHidden())
        return {};
    return m_view->currentIndex();
}

void SuggestionList::update() {
    if (m_input == nullptr || m_view == nullptr || m_model == nullptr)
        return;
    const int rows = m_model->rowCount();
    const bool wanted = !m_dismissed && m_input->hasFocus() && m_input->isEnabled() && rows > 0 &&
                        (m_showWhenEmpty || !m_input->text().trimmed().isEmpty());
    if (!wanted) {
        m_view->hide();
        return;
    }
    if (!m_view->currentIndex().isValid() || m_view->currentIndex().row() >= rows)
        m_view->setCurrentIndex(m_model->index(0, 0));
    const int rowHeight = std::max(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 4);
    const int frame = 2 * m_view->frameWidth();
    m_view->setFixedHeight(rowHeight * std::min(rows, m_visibleRows) + frame);
    m_view->show();
}

void SuggestionList::hide() {
    if (m_view != nullptr)
        m_view->hide();
}

void SuggestionList::move(int delta) {
    if (m_model == nullptr || m_view == nullptr)
        return;
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    if (m_view->isHidden()) {
        m_dismissed = false;
        update();
        if (m_view->isHidden())
            return;
        if (delta > 0)
            return; // the first Down only opens the list
    }
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    const QModelIndex index = m_model->index(next, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool SuggestionList::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_input)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        update();
        break;
    case QEvent::FocusOut:
        hide();
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        switch (key->key()) {
        case Qt::Key_Down:
            move(1);
            return true;
        case Qt::Key_Up:
            move(-1);
            return true;
        case Qt::Key_PageDown:
            move(m_visibleRows);
            return true;
        case Qt::Key_PageUp:
            move(-m_visibleRows);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            if (!plain)
                return false; // Ctrl+Enter belongs to the form
            const QModelIndex index = currentIndex();
            if (index.isValid())
                Q_EMIT chosen(index);
            else
                Q_EMIT enteredWithoutChoice(m_input->text());
            return true;
        }
        case Qt::Key_Escape:
            if (m_view != nullptr && !m_view->isHidden()) {
                m_dismissed = true;
                hide();
                return true;
            }
            return false;
        case Qt::Key_Backspace:
            if (m_input->text().isEmpty() && plain) {
                Q_EMIT backspaceOnEmpty();
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

#pragma once

#include "models/DisplayFormat.h"

#include <QByteArray>
#include <QHash>
#include <QModelIndex>
#include <QString>
#include <QVariant>

struct QMetaObject;

/// `names` and a name for each key of the Q_ENUM named "Role" that `model` declares: the key
/// without "Role", its first letter lower-case ("FieldIdRole" is "fieldId").
[[nodiscard]] QHash<int, QByteArray> withRoleEnumNames(const QMetaObject &model,
                                                       QHash<int, QByteArray> names);

/// What the item models share, over the Qt model class `Base` (all but TaskListModel, whose
/// data() is written for a list of 100,000 rows and ends in DisplayFormat::forView too): data()
/// is the model's unshownData() made fit for a view by DisplayFormat::forView(), so no model can
/// skip that; roleNames() are read from the model's Q_ENUM(Role), so a new role is named where
/// it is added; the header shows columnTitle(); rows are read-only.
template<typename Base>
class ShownModel : public Base {
public:
    using Base::Base;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final {
        if (!index.isValid())
            return {};
        Q_ASSERT(this->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
        return DisplayFormat::forView(role, unshownData(index, role));
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QString title = columnTitle(section);
        return title.isEmpty() ? QVariant() : QVariant(title);
    }

    /// Read-only rows; a row without child rows never has any (models are reset, not grown).
    Qt::ItemFlags flags(const QModelIndex &index) const final {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (this->rowCount(index) == 0)
            result |= Qt::ItemNeverHasChildren;
        return result;
    }

    QHash<int, QByteArray> roleNames() const final {
        return withRoleEnumNames(*this->metaObject(), Base::roleNames());
    }

protected:
    /// data() before DisplayFormat::forView(), for a valid index of this model.
    [[nodiscard]] virtual QVariant unshownData(const QModelIndex &index, int role) const = 0;
    /// The title of `column` in a horizontal header; none by default.
    [[nodiscard]] virtual QString columnTitle(int column) const {
        Q_UNUSED(column)
        return {};
    }
};

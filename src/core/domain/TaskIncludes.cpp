#include "core/domain/TaskIncludes.h"

using namespace Qt::StringLiterals;

const QStringList &TaskIncludes::documented() {
    static const QStringList names{
        u"run"_s,
        u"step"_s,
        u"form_fields"_s,
        u"tags"_s,
        u"threads"_s,
        u"issues"_s,
        u"assets"_s,
        u"folders"_s,
        u"roles"_s,
        u"activities"_s,
        u"ko-form-fields"_s,
        u"summary"_s,
        u"member_watchers"_s,
        u"guest_watchers"_s,
        u"threads_count"_s,
    };
    return names;
}

const QStringList &TaskIncludes::keys() {
    static const QStringList names = [] {
        QStringList out = documented();
        out.removeAll(u"summary"_s);
        return out;
    }();
    return names;
}

const QStringList &TaskIncludes::defaults() {
    static const QStringList names{u"form_fields"_s, u"run"_s, u"step"_s, u"tags"_s, u"summary"_s};
    return names;
}

bool TaskIncludes::isDocumented(const QString &name) {
    return documented().contains(name);
}

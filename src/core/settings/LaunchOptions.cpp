#include "core/settings/LaunchOptions.h"

#include "core/AppInfo.h"
#include "core/domain/TaskIncludes.h"
#include "core/settings/LaunchOptionsResult.h"
#include "core/settings/Validators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString optionProblem(const QString &option, const QString &problem) {
    return QCoreApplication::translate("LaunchOptions", "--%1: %2").arg(option, problem);
}

} // namespace

LaunchOptionsResult LaunchOptions::parse(const QStringList &arguments) {
    LaunchOptionsResult result;
    result.versionText = u"Taskdesk "_s + AppInfo::version();

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "Taskdesk: see, finish and create your Tallyfy tasks."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Use the built-in sandbox server with sample data instead "
                                    "of Tallyfy. Nothing leaves this computer."));
    const QCommandLineOption serverOption(
        u"server"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Use this API base URL for this run, for example "
                                    "https://go.tallyfy.com/api."),
        u"URL"_s);
    const QCommandLineOption orgOption(
        u"org"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Use this organization ID (32 characters, 0-9 and a-f) for "
                                    "this run."),
        u"ID"_s);
    const QCommandLineOption taskOption(
        u"task"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Look this task up at start: a task ID or a link copied "
                                    "from Tallyfy."),
        u"ID_OR_LINK"_s);
    const QCommandLineOption runOption(
        u"run"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Preselect this process (run ID) for a new one-off task."),
        u"RUN_ID"_s);
    const QCommandLineOption withOption(
        u"with"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Comma-separated includes to request with a task, for this "
                                    "run (default: %1). Known: %2.")
            .arg(TaskIncludes::defaults().join(u','), TaskIncludes::documented().join(u", "_s)),
        u"LIST"_s);
    const QCommandLineOption langOption(
        u"lang"_s,
        QCoreApplication::translate("LaunchOptions",
                                    "Use this language for this run, for example de or pt_BR."),
        u"LOCALE"_s);
    parser.addOptions(
        {sandboxOption, serverOption, orgOption, taskOption, runOption, withOption, langOption});

    // QCommandLineParser names the running binary; name the one the arguments came from.
    QString usage = parser.helpText();
    const QString program =
        arguments.isEmpty() ? u"taskdesk"_s : QFileInfo(arguments.constFirst()).fileName();
    const qsizetype firstLineEnd = usage.indexOf(u'\n');
    usage = QCoreApplication::translate("LaunchOptions", "Usage: %1 [options]").arg(program) +
            (firstLineEnd < 0 ? QString() : usage.mid(firstLineEnd));
    result.usage = usage;

    auto fail = [&result](const QString &message) {
        result.action = LaunchOptionsResult::Action::Error;
        result.errorMessage = message;
        return result;
    };

    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    // addHelpOption() also adds --help-all (Qt's own options too); our usage text serves both.
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        result.action = LaunchOptionsResult::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = LaunchOptionsResult::Action::ShowVersion;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        return fail(QCoreApplication::translate("LaunchOptions", "Unexpected argument “%1”.")
                        .arg(positional.constFirst()));
    }

    LaunchOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(serverOption)) {
        if (options.sandbox) {
            return fail(QCoreApplication::translate(
                "LaunchOptions", "--sandbox and --server cannot be used together."));
        }
        const Validated<QUrl> server = Validators::serverUrl(parser.value(serverOption));
        if (!server) {
            return fail(optionProblem(u"server"_s, server.problem));
        }
        options.server = server.value;
    }
    if (parser.isSet(orgOption)) {
        const Validated<QString> org = Validators::organizationId(parser.value(orgOption));
        if (!org) {
            return fail(optionProblem(u"org"_s, org.problem));
        }
        options.organization = org.value;
    }
    if (parser.isSet(taskOption)) {
        const QString task = parser.value(taskOption).trimmed();
        if (task.isEmpty()) {
            return fail(optionProblem(
                u"task"_s, QCoreApplication::translate("LaunchOptions",
                                                       "Give a task ID or a link to a task.")));
        }
        options.task = task;
    }
    if (parser.isSet(runOption)) {
        const Validated<QString> run = Validators::runId(parser.value(runOption));
        if (!run) {
            return fail(optionProblem(u"run"_s, run.problem));
        }
        options.run = run.value;
    }
    if (parser.isSet(withOption)) {
        const Validated<QStringList> includes = Validators::includes(parser.value(withOption));
        if (!includes) {
            return fail(optionProblem(u"with"_s, includes.problem));
        }
        options.includes = includes.value;
    }
    if (parser.isSet(langOption)) {
        const Validated<QString> lang = Validators::language(parser.value(langOption));
        if (!lang) {
            return fail(optionProblem(u"lang"_s, lang.problem));
        }
        options.language = lang.value;
    }

    result.action = LaunchOptionsResult::Action::Run;
    result.options = options;
    return result;
}

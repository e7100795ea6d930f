#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "gui/newtask/NewTaskForm.h"
#include "gui/shell/MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// One <message> of a .ts file.
struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList translations; ///< one, or one per numerus form
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1,
                              {},      {}, xml.lineNumber()};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

/// "%1", "%2", "%n": what a translation must keep.
QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression marker(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

/// A keyboard accelerator: "&" before anything but another "&" or a space.
int mnemonicCount(const QString &text) {
    static const QRegularExpression mnemonic(u"&(?![&\\s])"_s);
    int count = 0;
    for (auto it = mnemonic.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

/// Why a .ts file is not ready to ship, one line per message; empty when it is.
QStringList problemsOf(const QList<Message> &messages, int numerusForms) {
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = u"line %1 (%2: \"%3\")"_s.arg(m.line).arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            problems.append(u"%1 is %2"_s.arg(where, m.type));
            continue;
        }
        if (m.translations.size() != (m.numerus ? numerusForms : 1)) {
            problems.append(u"%1 has %2 forms"_s.arg(where).arg(m.translations.size()));
            continue;
        }
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(u"%1 has an empty translation"_s.arg(where));
            else if (placeholders(translation) != placeholders(m.source))
                problems.append(u"%1: placeholders differ in \"%2\""_s.arg(where, translation));
            else if (mnemonicCount(translation) != mnemonicCount(m.source))
                problems.append(u"%1: accelerators differ in \"%2\""_s.arg(where, translation));
        }
    }
    return problems;
}

QString translationFile(const QString &language) {
    return QStringLiteral(TRANSLATIONS_DIR) + u"/taskdesk_%1.ts"_s.arg(language);
}

} // namespace

/// The translations: the German one is complete and up to date with the sources, the main
/// window speaks German with it, English plurals read "1 problem", and the application picks
/// its language from the system locale unless --lang says otherwise.
class tst_Translations : public QObject {
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name) const {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (widget == nullptr)
            qFatal("no child %s", name);
        return widget;
    }
    /// A child of the new-task form (the task header has labels of the same names).
    template<typename T>
    T *formChild(const char *name) const {
        T *widget = child<QWidget>("newTaskForm")->findChild<T *>(QString::fromLatin1(name));
        if (widget == nullptr)
            qFatal("no child %s in the form", name);
        return widget;
    }

    /// Installs Taskdesk's and Qt's translators for `locale` the way main.cpp does.
    bool installTranslators(const QLocale &locale) {
        removeTranslators();
        m_own = std::make_unique<QTranslator>();
        if (!m_own->load(locale, u"taskdesk"_s, u"_"_s, u":/i18n"_s))
            return false;
        QCoreApplication::installTranslator(m_own.get());
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(locale, u"qtbase"_s, u"_"_s,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        return true;
    }
    void removeTranslators() {
        if (m_own)
            QCoreApplication::removeTranslator(m_own.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
        m_own.reset();
        m_qt.reset();
    }

    /// Runs lupdate over the sources into a copy of the committed .ts file, as the
    /// update_translations target would, and returns the updated messages.
    QList<Message> refreshedCopy(const QString &language, const QStringList &options) {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"taskdesk_%1.ts"_s.arg(language));
        if (!QFile::copy(translationFile(language), copy))
            return {};
        QStringList arguments = options;
        arguments << u"-no-obsolete"_s << u"-silent"_s << u"-I"_s
                  << QStringLiteral(PROJECT_SOURCE_DIR) + u"/src"_s;
        const QStringList folders = QStringLiteral(TRANSLATION_SOURCE_DIRS).split(u',');
        for (const QString &folder : folders)
            arguments << QStringLiteral(PROJECT_SOURCE_DIR) + u'/' + folder;
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
        if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
            qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
            return {};
        }
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return messages;
    }

    /// Every text a user can see or hear in the visible part of the window.
    QStringList visibleTexts() const {
        QStringList texts;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            texts << widget->toolTip() << widget->accessibleName()
                  << widget->accessibleDescription();
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                texts << label->text();
            else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                texts << button->text();
            else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
                texts << edit->placeholderText();
            else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
                texts << combo->currentText();
            else if (const auto *bar = qobject_cast<const QTabBar *>(widget))
                for (int i = 0; i < bar->count(); ++i)
                    texts << bar->tabText(i) << bar->tabToolTip(i);
        }
        const auto menus = m_window->menuBar()->actions();
        for (const QAction *menu : menus) {
            texts << menu->text();
            if (menu->menu() != nullptr) {
                const auto actions = menu->menu()->actions();
                for (const QAction *action : actions)
                    texts << action->text() << action->statusTip();
            }
        }
        texts.removeAll(QString());
        return texts;
    }

    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void cleanup() {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
        removeTranslators();
    }

    void tsFilesAreComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("German") << u"de"_s << 2;
        QTest::newRow("English plurals") << u"en"_s << 2;
    }
    void tsFilesAreComplete() {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        QString error;
        const QList<Message> messages = readTs(translationFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        const QStringList problems = problemsOf(messages, numerusForms);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A string added to the sources but not to the .ts files (update_translations was not
    // run, or its new entries were left unfinished) fails here.
    void tsFilesCoverTheSources_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("German") << u"de"_s << QStringList();
        QTest::newRow("English plurals") << u"en"_s << QStringList{u"-pluralonly"_s};
    }
    void tsFilesCoverTheSources() {
        QFETCH(QString, language);
        QFETCH(QStringList, options);
        const QList<Message> refreshed = refreshedCopy(language, options);
        QVERIFY(!refreshed.isEmpty());
        QStringList untranslated;
        for (const Message &m : refreshed) {
            if (m.type == "unfinished"_L1)
                untranslated.append(u"%1: \"%2\""_s.arg(m.context, m.source));
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"not in taskdesk_%1.ts yet (build update_translations and translate "
                            "them):\n"_s.arg(language) +
                            untranslated.join(u'\n')));
        QString error;
        const QList<Message> committed = readTs(translationFile(language), &error);
        QCOMPARE(refreshed.size(), committed.size()); // nothing stale either
    }

    void localeChoosesTheFile_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("file");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"taskdesk_de"_s;
        QTest::newRow("de_AT") << QLocale(QLocale::German, QLocale::Austria) << u"taskdesk_de"_s;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                               << u"taskdesk_en"_s;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                               << u"taskdesk_en"_s;
        // No translation: main.cpp then loads taskdesk_en by name.
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QString();
    }
    void localeChoosesTheFile() {
        QFETCH(QLocale, locale);
        QFETCH(QString, file);
        QTranslator translator;
        const bool loaded = translator.load(locale, u"taskdesk"_s, u"_"_s, u":/i18n"_s);
        QCOMPARE(loaded, !file.isEmpty());
        if (loaded)
            QCOMPARE(QFileInfo(translator.filePath()).baseName(), file);
        QTranslator fallback;
        QVERIFY(fallback.load(u"taskdesk_en"_s, u":/i18n"_s));
    }

    void plurals_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QByteArray problems = "%n problem(s) to fix before the task can be created:";
        QTest::newRow("en 1 problem") << english << QByteArray("NewTaskForm") << problems << 1
                                      << u"1 problem to fix before the task can be created:"_s;
        QTest::newRow("en 2 problems") << english << QByteArray("NewTaskForm") << problems << 2
                                       << u"2 problems to fix before the task can be created:"_s;
        QTest::newRow("en 1 row") << english << QByteArray("FormFieldsModel")
                                  << QByteArray("%n row(s)") << 1 << u"1 row"_s;
        QTest::newRow("en 3 rows") << english << QByteArray("FormFieldsModel")
                                   << QByteArray("%n row(s)") << 3 << u"3 rows"_s;
        QTest::newRow("en 1 second")
            << english << QByteArray("ApiError")
            << QByteArray("Tallyfy is receiving too many requests. Try again in %n second(s).") << 1
            << u"Tallyfy is receiving too many requests. Try again in 1 second."_s;
        QTest::newRow("de 1 Problem")
            << german << QByteArray("NewTaskForm") << problems << 1
            << u"1 Problem muss behoben werden, bevor die Aufgabe erstellt werden kann:"_s;
        QTest::newRow("de 4 Probleme")
            << german << QByteArray("NewTaskForm") << problems << 4
            << u"4 Probleme müssen behoben werden, bevor die Aufgabe erstellt werden kann:"_s;
        QTest::newRow("de 3 Tagen")
            << german << QByteArray("RelativeTime") << QByteArray("%n days") << 3 << u"3 Tagen"_s;
    }
    void plurals() {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(installTranslators(locale));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
                 expected);
    }

    void mainWindowInGerman() {
        QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = Settings::forTesting(m_dir->path());
        m_store = std::make_unique<MemoryTokenStore>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_session = std::make_unique<Session>(m_settings.get(), m_store.get(), QString());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->setSandboxLauncher([this] {
            return SandboxTarget{m_server->baseUrl(), m_server->orgId(), m_server->token(), {}};
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QCOMPARE(child<QMenu>("fileMenu")->title(), u"&Datei"_s);
        QCOMPARE(child<QMenu>("settingsMenu")->title(), u"&Einstellungen"_s);
        QCOMPARE(child<QMenu>("helpMenu")->title(), u"&Hilfe"_s);
        QCOMPARE(child<QAction>("quitAction")->text(), u"&Beenden"_s);
        QCOMPARE(child<QLabel>("welcomeTitleLabel")->text(), u"Willkommen bei Taskdesk"_s);
        QCOMPARE(child<QAbstractButton>("connectPushButton")->text(), u"&Mit Tallyfy verbinden…"_s);
        QCOMPARE(child<QAbstractButton>("trySandboxPushButton")->text(),
                 u"&Sandbox ausprobieren"_s);
        QVERIFY(m_window->targetText().startsWith(u"Nicht verbunden"_s));

        QTest::mouseClick(child<QAbstractButton>("trySandboxPushButton"), Qt::LeftButton);
        QTRY_VERIFY(m_session->isReady());
        auto *tabs = child<QTabWidget>("mainTabWidget");
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->tabText(0), u"Aufgaben"_s);
        QCOMPARE(tabs->tabText(1), u"Abrufen"_s);
        QCOMPARE(tabs->tabText(2), u"Neue Einzelaufgabe"_s);
        QCOMPARE(m_window->targetText(), u"Sandbox"_s);
        tabs->setCurrentIndex(1); // each pane is built when its tab is first shown
        QCOMPARE(child<QAbstractButton>("lookupPushButton")->text(), u"&Abrufen"_s);
        QCOMPARE(child<QLabel>("taskIdLabel")->text(), u"Aufgaben-ID oder &Link:"_s);

        tabs->setCurrentIndex(2);
        QCOMPARE(formChild<QLabel>("titleLabel")->text(), u"&Titel"_s);
        QCOMPARE(formChild<QLabel>("deadlineLabel")->text(), u"&Frist"_s);
        QCOMPARE(formChild<QLineEdit>("titleLineEdit")->placeholderText(), u"Was ist zu tun?"_s);
        QCOMPARE(formChild<QAbstractButton>("createPushButton")->text(), u"Aufgabe e&rstellen"_s);
        QCOMPARE(formChild<QComboBox>("taskTypeComboBox")->itemText(0), u"Aufgabe"_s);
        // The empty form says what it needs; after a press of Create, what is wrong, with a
        // German plural.
        auto *summary = formChild<QLabel>("validationSummaryLabel");
        QTRY_VERIFY2(summary->text().startsWith(u"Zum Erstellen der Aufgabe:"_s),
                     qPrintable(summary->text()));
        auto *form = child<NewTaskForm>("newTaskForm");
        QVERIFY(!form->submit());
        QVERIFY2(summary->text().contains(u"behoben werden"_s), qPrintable(summary->text()));
    }

    // No English source string (one whose German differs) is left on screen in German.
    void noEnglishLeftOnScreen() {
        QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
        QString error;
        const QList<Message> messages = readTs(translationFile(u"de"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> english;
        QSet<QString> sameInGerman;
        for (const Message &m : messages) {
            if (m.numerus)
                continue;
            (m.translations.value(0) == m.source ? sameInGerman : english).insert(m.source);
        }
        english.subtract(sameInGerman);

        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = Settings::forTesting(m_dir->path());
        m_store = std::make_unique<MemoryTokenStore>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_session = std::make_unique<Session>(m_settings.get(), m_store.get(), QString());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->setSandboxLauncher([this] {
            return SandboxTarget{m_server->baseUrl(), m_server->orgId(), m_server->token(), {}};
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QStringList shown = visibleTexts();
        m_window->trySandbox();
        QTRY_VERIFY(m_session->isReady());
        auto *tabs = child<QTabWidget>("mainTabWidget");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            shown << visibleTexts();
        }
        QVERIFY(shown.size() > 40);
        QStringList left;
        for (const QString &text : std::as_const(shown)) {
            if (english.contains(text) && !left.contains(text))
                left.append(text);
        }
        QVERIFY2(left.isEmpty(), qPrintable(u"still English: "_s + left.join(u" | "_s)));
    }

    // main.cpp: the system locale picks the language, --lang overrides it.
    void applicationLanguage_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("German system")
            << u"de_DE.UTF-8"_s << QStringList{u"--help"_s} << u"Aufruf:"_s;
        QTest::newRow("English system")
            << u"en_US.UTF-8"_s << QStringList{u"--help"_s} << u"Usage:"_s;
        QTest::newRow("C locale") << u"C.UTF-8"_s << QStringList{u"--help"_s} << u"Usage:"_s;
        QTest::newRow("--lang de on English")
            << u"en_US.UTF-8"_s << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << u"Aufruf:"_s;
        QTest::newRow("--lang=en on German")
            << u"de_DE.UTF-8"_s << QStringList{u"--lang=en"_s, u"--help"_s} << u"Usage:"_s;
    }
    void applicationLanguage() {
        QFETCH(QString, lang);
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s,
                                    u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            environment.remove(name);
        environment.insert(u"LANG"_s, lang);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TASKDESK_BINARY), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(usage), qPrintable(out));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"

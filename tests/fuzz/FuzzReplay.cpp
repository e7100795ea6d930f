// Replays the inputs of one fuzz target (its committed corpus, its regression inputs and the
// recorded JSON of tests/data) through LLVMFuzzerTestOneInput, so that the normal test suite,
// built with any compiler and with or without sanitizers, fails when an input that once crashed
// or broke an invariant does so again. A crash or a FUZZ_CHECK ends the process: that is the
// failure; the row being replayed is named in QTest's crash report.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringList>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional in a target, as in libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

using namespace Qt::StringLiterals;

/// One replay test per fuzz target; FUZZ_TARGET_NAME names the target's folders.
class FuzzReplay final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();

private:
    static QFileInfoList inputsIn(const QString &directory);
};

QFileInfoList FuzzReplay::inputsIn(const QString &directory) {
    // Hidden files (.gitkeep) and notes are not inputs.
    QFileInfoList inputs;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!entry.fileName().startsWith(u"README"_s))
            inputs.append(entry);
    }
    return inputs;
}

void FuzzReplay::initTestCase() {
    if (LLVMFuzzerInitialize) {
        int argc = 0;
        char **argv = nullptr;
        QCOMPARE(LLVMFuzzerInitialize(&argc, &argv), 0);
    }
}

void FuzzReplay::replay_data() {
    QTest::addColumn<QString>("path");

    const QString fuzzDir = QStringLiteral(TEST_SOURCE_DIR "/fuzz");
    const QString target = QStringLiteral(FUZZ_TARGET_NAME);
    const QFileInfoList corpus = inputsIn(fuzzDir + u"/corpus/"_s + target);
    // A wrong path would make this test pass on nothing.
    QVERIFY2(!corpus.isEmpty(), "the committed corpus of this target is missing or empty");
    const QFileInfoList data = inputsIn(QStringLiteral(TEST_DATA_DIR));
    QVERIFY2(!data.isEmpty(), "tests/data is missing or empty");

    const struct {
        QString prefix;
        QFileInfoList files;
    } groups[] = {
        {u"corpus/"_s, corpus},
        {u"regressions/"_s, inputsIn(fuzzDir + u"/regressions/"_s + target)},
        {u"data/"_s, data},
    };
    for (const auto &group : groups) {
        for (const QFileInfo &file : group.files) {
            const QByteArray tag = (group.prefix + file.fileName()).toUtf8();
            QTest::newRow(tag.constData()) << file.absoluteFilePath();
        }
    }
}

void FuzzReplay::replay() {
    QFETCH(QString, path);
    // A crash ends the process before QTest can name the row; this line names the input.
    qInfo("replaying %s", qUtf8Printable(path));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    // libFuzzer never passes a null pointer, even for an empty input.
    const char empty = 0;
    const auto *bytes = reinterpret_cast<const uint8_t *>(input.isEmpty() ? &empty : input.data());
    QCOMPARE(LLVMFuzzerTestOneInput(bytes, static_cast<size_t>(input.size())), 0);
}

QTEST_GUILESS_MAIN(FuzzReplay)
#include "FuzzReplay.moc"

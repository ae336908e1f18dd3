#include "intel/GzipStream.h"

#include "../support/Compress.h"
#include "../support/Samples.h"

#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

using Compress::gzip;

// Text that compresses, but not to nothing: a few MiB of numbered lines.
QByteArray lines(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += "line " + QByteArray::number(i * 7919 % 100003) + '\n';
    return text;
}

// Feeds `data` to a stream `chunk` bytes at a time, then finishes it.
Result<QByteArray> decodeInChunks(const QByteArray &data, qsizetype chunk, qint64 maxOutput)
{
    GzipStream stream(maxOutput);
    QByteArray out;
    for (qsizetype pos = 0; pos < data.size(); pos += chunk) {
        if (const Status fed =
                stream.feed(QByteArrayView(data).sliced(pos, std::min(chunk, data.size() - pos)), out);
            !fed)
            return fed.error();
    }
    if (const Status finished = stream.finish(); !finished)
        return finished.error();
    return out;
}

} // namespace

// The rules GzipStream's header promises, the same for a whole buffer and for a stream fed in chunks.
class TestGzipStream : public QObject
{
    Q_OBJECT

private slots:
    void decodesWholeAndInChunksAlike();
    void readsConcatenatedMembers();
    void refusesTrailingData_data();
    void refusesTrailingData();
    void refusesTruncatedAndEmptyStreams();
    void refusesCorruptData();
    void honoursItsOutputCap();
    void staysFailedAfterAnError();
    void handsOutputToASinkInBoundedPieces();
};

void TestGzipStream::decodesWholeAndInChunksAlike()
{
    const QByteArray text = lines(300000);
    const QByteArray compressed = gzip(text);
    QVERIFY(compressed.size() < text.size() / 2);
    QVERIFY(GzipStream::isGzip(compressed));
    QVERIFY(!GzipStream::isGzip(text));
    const Result<QByteArray> whole = GzipStream::decode(compressed, text.size());
    QVERIFY2(whole.ok(), qPrintable(whole.error().text()));
    QCOMPARE(whole.value(), text);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096), qsizetype(65537)}) {
        const Result<QByteArray> streamed =
            decodeInChunks(chunk == 1 ? gzip(lines(2000)) : compressed, chunk, text.size());
        QVERIFY2(streamed.ok(), qPrintable(streamed.error().text()));
        QCOMPARE(streamed.value(), chunk == 1 ? lines(2000) : text);
    }
}

void TestGzipStream::readsConcatenatedMembers()
{
    const QByteArray members = gzip("first\n") + gzip(lines(1000)) + gzip(QByteArray()) + gzip("last\n");
    const QByteArray expected = "first\n" + lines(1000) + "last\n";
    const Result<QByteArray> whole = GzipStream::decode(members, expected.size());
    QVERIFY2(whole.ok(), qPrintable(whole.error().text()));
    QCOMPARE(whole.value(), expected);
    const Result<QByteArray> byteByByte = decodeInChunks(members, 1, expected.size());
    QVERIFY2(byteByByte.ok(), qPrintable(byteByByte.error().text()));
    QCOMPARE(byteByByte.value(), expected);
}

void TestGzipStream::refusesTrailingData_data()
{
    QTest::addColumn<QByteArray>("trailing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << QByteArray("garbage")
                             << u"7 bytes of data follow the end of the gzip stream"_s;
    QTest::newRow("zero padding") << QByteArray(512, '\0') << u"512 bytes of data follow the end"_s;
    QTest::newRow("newline") << QByteArray("\n") << u"1 bytes of data follow the end"_s;
    // A lone magic byte starts a member that never comes.
    QTest::newRow("half a member") << QByteArray("\x1f") << u"the gzip stream ends early"_s;
    QTest::newRow("not a member") << QByteArray("\x1fxyz") << u"corrupt gzip data"_s;
}

void TestGzipStream::refusesTrailingData()
{
    QFETCH(QByteArray, trailing);
    QFETCH(QString, expected);
    const QByteArray data = gzip(lines(100)) + trailing;
    const Result<QByteArray> whole = GzipStream::decode(data, 1 << 20);
    PW_VERIFY_REFUSED(whole, QString(), expected);
    // The same rule when the trailing bytes come in a later chunk than the member's end.
    const Result<QByteArray> streamed = decodeInChunks(data, 3, 1 << 20);
    QVERIFY(!streamed.ok());
    QCOMPARE(streamed.error().code, whole.error().code);
}

void TestGzipStream::refusesTruncatedAndEmptyStreams()
{
    const QByteArray compressed = gzip(lines(5000)) + gzip("second member\n");
    for (const qsizetype length : {qsizetype(1), qsizetype(2), qsizetype(10), qsizetype(30),
                                   compressed.size() / 2, compressed.size() - 8, compressed.size() - 1}) {
        const Result<QByteArray> result = GzipStream::decode(compressed.left(length), 1 << 20);
        PW_VERIFY_REFUSED(result, u"truncated"_s, u"the gzip stream ends early; it is truncated"_s);
        const Result<QByteArray> streamed = decodeInChunks(compressed.left(length), 5, 1 << 20);
        QVERIFY(!streamed.ok());
        QCOMPARE(streamed.error().code, u"truncated"_s);
    }
    const Result<QByteArray> empty = GzipStream::decode(QByteArrayView(), 1 << 20);
    PW_VERIFY_REFUSED(empty, u"truncated"_s, u"the gzip stream is empty"_s);
}

void TestGzipStream::refusesCorruptData()
{
    const QByteArray text = lines(5000);
    QByteArray badCrc = gzip(text);
    badCrc[badCrc.size() - 6] = char(badCrc.at(badCrc.size() - 6) ^ 0x55); // inside the CRC-32
    PW_VERIFY_REFUSED(GzipStream::decode(badCrc, 1 << 20), u"corrupt"_s, u"corrupt gzip data"_s);
    QByteArray badLength = gzip(text);
    badLength[badLength.size() - 2] = char(badLength.at(badLength.size() - 2) ^ 0x01); // inside ISIZE
    PW_VERIFY_REFUSED(GzipStream::decode(badLength, 1 << 20), u"corrupt"_s, u"corrupt gzip data"_s);
    QByteArray badHeader = gzip(text);
    badHeader[2] = 7; // compression method other than deflate
    PW_VERIFY_REFUSED(GzipStream::decode(badHeader, 1 << 20), u"corrupt"_s, u"corrupt gzip data"_s);
}

void TestGzipStream::honoursItsOutputCap()
{
    const QByteArray zeros(1 << 20, '\0');
    const QByteArray compressed = gzip(zeros);
    QVERIFY(compressed.size() < 4096);
    PW_VERIFY_REFUSED(GzipStream::decode(compressed, 1000), u"too-large"_s, u"more than 1000 bytes"_s);
    PW_VERIFY_REFUSED(GzipStream::decode(compressed, zeros.size() - 1), u"too-large"_s,
                      u"more than "_s + QString::number(zeros.size() - 1) + u" bytes"_s);
    const Result<QByteArray> exact = GzipStream::decode(compressed, zeros.size());
    QVERIFY2(exact.ok(), qPrintable(exact.error().text()));
    QCOMPARE(exact.value(), zeros);
    // Streaming: the output never holds more than the cap, however the input is cut.
    GzipStream stream(1000);
    QByteArray out;
    Status fed;
    for (qsizetype pos = 0; pos < compressed.size() && fed.ok(); pos += 100)
        fed = stream.feed(
            QByteArrayView(compressed).sliced(pos, std::min<qsizetype>(100, compressed.size() - pos)), out);
    QVERIFY(!fed.ok());
    QCOMPARE(fed.error().code, u"too-large"_s);
    QVERIFY(out.size() <= 1000);
    QVERIFY(stream.decodedBytes() <= 1000);
}

void TestGzipStream::staysFailedAfterAnError()
{
    GzipStream stream(1 << 20);
    QByteArray out;
    const QByteArray member = gzip("content\n");
    QVERIFY(stream.feed(member, out).ok());
    QVERIFY(stream.finish().ok());
    QCOMPARE(out, QByteArray("content\n"));
    const Status trailing = stream.feed("junk", out);
    QVERIFY(!trailing.ok());
    // A good member after the error does not make the stream whole again.
    const Status after = stream.feed(member, out);
    QVERIFY(!after.ok());
    QCOMPARE(after.error().message, trailing.error().message);
    QVERIFY(!stream.finish().ok());
    QCOMPARE(out, QByteArray("content\n"));
}

void TestGzipStream::handsOutputToASinkInBoundedPieces()
{
    const QByteArray text = lines(200000);
    const QByteArray compressed = gzip(text);
    GzipStream stream(text.size());
    QByteArray joined;
    qsizetype largest = 0;
    QVERIFY(stream
                .feed(compressed,
                      [&](QByteArrayView piece) {
                          largest = std::max(largest, piece.size());
                          joined += piece;
                          return Status();
                      })
                .ok());
    QVERIFY(stream.finish().ok());
    QCOMPARE(joined, text);
    QVERIFY(largest > 0 && largest <= 64 * 1024);

    // The sink's error stops the stream and stays.
    GzipStream refusing(text.size());
    int pieces = 0;
    const Status stopped = refusing.feed(compressed, [&](QByteArrayView) {
        ++pieces;
        return Status(Error{u"enough"_s, {}, u"sink"_s});
    });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, u"sink"_s);
    QCOMPARE(pieces, 1);
    QCOMPARE(refusing.finish().error().code, u"sink"_s);
}

QTEST_GUILESS_MAIN(TestGzipStream)
#include "tst_gzipstream.moc"

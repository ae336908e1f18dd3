#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

// zlib decompression for downloaded feeds, bounded so a small hostile file cannot exhaust memory.
class Inflate
{
    Q_DECLARE_TR_FUNCTIONS(Inflate)

public:
    // True when `data` starts with the gzip magic bytes 1f 8b.
    static bool isGzip(QByteArrayView data);
    // The content of a gzip file (one or more members), streamed into a buffer that never grows beyond
    // maxOutput bytes; more output, a corrupt or a truncated stream is an Error.
    static Result<QByteArray> gunzip(QByteArrayView data, qint64 maxOutput);
    // Raw deflate data (a ZIP entry) that must inflate to exactly `size` bytes.
    static Result<QByteArray> inflateRaw(QByteArrayView data, qint64 size);
};

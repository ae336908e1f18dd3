#pragma once

#include "ImportedAsset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

// The bytes of an import file as text: UTF-8 (a byte order mark is dropped), no NUL bytes, at most
// MaxBytes. Anything else is a problem naming the line, and the file is not read further.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)

public:
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    // How many characters of a value a message quotes.
    static constexpr qsizetype MaxExcerpt = 60;

    static std::optional<ImportProblem> decode(const QByteArray &bytes, QString *text);

    // A value as every message about a file quotes it, once: whole when short, else its first MaxExcerpt
    // characters and "…", so a hostile megabyte-long field never fills an error.
    static QString excerpt(const QString &value);

    // What `read` makes of the decoded text, or the problem that stopped decoding.
    static ParsedAssets parse(const QByteArray &bytes,
                              const std::function<ParsedAssets(const QString &)> &read);
};

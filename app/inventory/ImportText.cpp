#include "ImportText.h"

#include <QStringDecoder>

std::optional<ImportProblem> ImportText::decode(const QByteArray &bytes, QString *text)
{
    if (bytes.size() > MaxBytes)
        return ImportProblem{0, tr("the file is larger than %1 MiB").arg(MaxBytes / (1024 * 1024))};
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    int line = 1;
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype end = view.indexOf('\n', start);
        if (end < 0)
            end = view.size();
        const QByteArrayView raw = view.sliced(start, end - start);
        if (raw.contains('\0'))
            return ImportProblem{line, tr("the line contains a NUL byte")};
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(utf8(raw));
        if (utf8.hasError())
            return ImportProblem{line, tr("the line is not valid UTF-8")};
        start = end + 1;
        ++line;
    }
    *text = QString::fromUtf8(view);
    return std::nullopt;
}

QString ImportText::excerpt(const QString &value)
{
    if (value.size() <= MaxExcerpt)
        return value;
    qsizetype cut = MaxExcerpt;
    if (value.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return value.left(cut) + QChar(0x2026);
}

ParsedAssets ImportText::parse(const QByteArray &bytes,
                               const std::function<ParsedAssets(const QString &)> &read)
{
    QString text;
    if (const auto problem = decode(bytes, &text)) {
        ParsedAssets parsed;
        parsed.problems.append(*problem);
        return parsed;
    }
    return read(text);
}

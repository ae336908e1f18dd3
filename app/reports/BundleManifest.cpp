#include "BundleManifest.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

QByteArray BundleManifest::sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool BundleManifest::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 255 || path.startsWith(QLatin1Char('/')) ||
        path.contains(QLatin1Char('\\')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

QByteArray BundleManifest::write(const BundleFiles &files)
{
    QByteArray manifest;
    for (auto file = files.cbegin(); file != files.cend(); ++file) { // QMap: sorted by path
        if (file.key() == QLatin1String(FileName))
            continue;
        manifest += sha256(file.value()) + "  " + file.key().toUtf8() + '\n';
    }
    return manifest;
}

BundleManifest::Parsed BundleManifest::parse(const QByteArray &manifest)
{
    static const QRegularExpression form(QStringLiteral("^([0-9a-f]{64})  (.+)$"));
    Parsed parsed;
    if (manifest.isEmpty()) {
        parsed.problems.append(tr("MANIFEST is empty"));
        return parsed;
    }
    if (!manifest.endsWith('\n'))
        parsed.problems.append(tr("MANIFEST does not end with a newline: it was cut or edited"));
    QSet<QString> seen;
    const QList<QByteArray> raw = manifest.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        if (i == raw.size() - 1 && raw.at(i).isEmpty())
            break; // after the last newline
        const int number = i + 1;
        const QString text = QString::fromUtf8(raw.at(i));
        const QRegularExpressionMatch match = form.match(text);
        if (!match.hasMatch()) {
            parsed.problems.append(
                tr("MANIFEST line %1 is malformed (not \"<64 lowercase hex>  <path>\"): %2")
                    .arg(number)
                    .arg(text.left(120)));
            continue;
        }
        const QString path = match.captured(2);
        if (!isSafePath(path) || path == QLatin1String(FileName)) {
            parsed.problems.append(tr("MANIFEST line %1 names a path a bundle may not hold: %2")
                                       .arg(number)
                                       .arg(path.left(120)));
            continue;
        }
        if (seen.contains(path)) {
            parsed.problems.append(tr("MANIFEST line %1 lists %2 a second time").arg(number).arg(path));
            continue;
        }
        seen.insert(path);
        parsed.lines.append({number, path, match.captured(1).toLatin1()});
    }
    return parsed;
}

#include "VersionOrdering.h"

#include "ApkVersion.h"
#include "DebianVersion.h"
#include "RpmVersion.h"

namespace {

// A grammar's ordering: Version is DebianVersion, RpmVersion or ApkVersion.
template<typename Version>
class GrammarOrdering final : public VersionOrdering
{
public:
    explicit GrammarOrdering(QString name)
        : m_name(std::move(name))
    {
    }
    QString name() const override { return m_name; }
    Result<int> compare(const QString &a, const QString &b) const override { return Version::compare(a, b); }

private:
    QString m_name;
};

} // namespace

const VersionOrdering &VersionOrdering::dpkg()
{
    static const GrammarOrdering<DebianVersion> ordering(QStringLiteral("dpkg"));
    return ordering;
}

const VersionOrdering &VersionOrdering::rpm()
{
    static const GrammarOrdering<RpmVersion> ordering(QStringLiteral("rpm"));
    return ordering;
}

const VersionOrdering &VersionOrdering::apk()
{
    static const GrammarOrdering<ApkVersion> ordering(QStringLiteral("apk"));
    return ordering;
}

#include "Asset.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, const QString &text, Enum *value)
{
    for (const auto &[candidate, name] : names) {
        if (text.compare(QString::fromUtf16(name), Qt::CaseInsensitive) == 0) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<Transport, const char16_t *>, 3> transportNames{{
    {Transport::Local, u"local"},
    {Transport::Ssh, u"ssh"},
    {Transport::WinRm, u"winrm"},
}};

constexpr std::array<std::pair<Criticality, const char16_t *>, 4> criticalityNames{{
    {Criticality::Low, u"low"},
    {Criticality::Medium, u"medium"},
    {Criticality::High, u"high"},
    {Criticality::Critical, u"critical"},
}};

constexpr std::array<std::pair<Exposure, const char16_t *>, 3> exposureNames{{
    {Exposure::Internet, u"internet"},
    {Exposure::Internal, u"internal"},
    {Exposure::Isolated, u"isolated"},
}};

} // namespace

QString transportToString(Transport transport)
{
    return nameOf(transportNames, transport);
}

bool transportFromString(const QString &text, Transport *transport)
{
    return valueOf(transportNames, text, transport);
}

QString criticalityToString(Criticality criticality)
{
    return nameOf(criticalityNames, criticality);
}

bool criticalityFromString(const QString &text, Criticality *criticality)
{
    return valueOf(criticalityNames, text, criticality);
}

QString exposureToString(Exposure exposure)
{
    return nameOf(exposureNames, exposure);
}

bool exposureFromString(const QString &text, Exposure *exposure)
{
    return valueOf(exposureNames, text, exposure);
}

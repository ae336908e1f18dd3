#include "EndpointForAsset.h"

#include "LocalEndpoint.h"

#include <QCoreApplication>

Result<std::unique_ptr<Endpoint>> endpointForAsset(const Asset &asset)
{
    switch (asset.transport) {
    case Transport::Local:
        return std::unique_ptr<Endpoint>(std::make_unique<LocalEndpoint>());
    case Transport::Ssh:
    case Transport::WinRm:
        break;
    }
    return Error{
        QCoreApplication::translate("Endpoint", "Assets reached over %1 cannot be scanned by this version.")
            .arg(transportToString(asset.transport)),
        QCoreApplication::translate("Endpoint", "Scan this machine (transport local) for now.")};
}

#pragma once

#include "Endpoint.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <memory>

// The endpoint that reaches an asset over its transport.
Result<std::unique_ptr<Endpoint>> endpointForAsset(const Asset &asset);

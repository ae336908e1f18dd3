// AssetRepository on SQLCipher; the same suite runs against PostgreSQL in tst_teamsuites.
#include "../suites/AssetRepositorySuite.h"
#include "../suites/SuiteMain.h"

PW_SUITE_MAIN(AssetRepositorySuite, SqlCipherBackend)

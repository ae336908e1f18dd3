// The compliance metrics' storage on SQLCipher; the same suite runs against PostgreSQL in tst_teamsuites.
#include "../suites/MetricSnapshotSuite.h"
#include "../suites/SuiteMain.h"

PW_SUITE_MAIN(MetricSnapshotSuite, SqlCipherBackend)

// ScanRepository on SQLCipher; the same suite runs against PostgreSQL in tst_teamsuites.
#include "../suites/ScanRepositorySuite.h"
#include "../suites/SuiteMain.h"

PW_SUITE_MAIN(ScanRepositorySuite, SqlCipherBackend)

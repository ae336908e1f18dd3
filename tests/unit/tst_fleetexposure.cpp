// FleetExposureRepository on SQLCipher (tst_teamsuites runs the same suite on PostgreSQL).
#include "../suites/FleetExposureSuite.h"
#include "../suites/SuiteMain.h"

PW_SUITE_MAIN(FleetExposureSuite, SqlCipherBackend)

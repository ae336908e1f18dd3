// The Settings dialog's team values on SQLCipher; the same suite runs against PostgreSQL in tst_teamsuites.
#include "../suites/SuiteMain.h"
#include "../suites/TeamSettingsSuite.h"

PW_SUITE_MAIN(TeamSettingsSuite, SqlCipherBackend)

// The audit trail on SQLCipher; the same suite runs against PostgreSQL in tst_teamsuites.
#include "../suites/AuditLogSuite.h"
#include "../suites/SuiteMain.h"

PW_SUITE_MAIN(AuditLogSuite, SqlCipherBackend)

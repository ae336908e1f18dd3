// The audit trail's signed checkpoints on SQLCipher; the same suite runs against PostgreSQL in
// tst_teamsuites.
#include "../suites/AuditAnchorSuite.h"
#include "../suites/SuiteMain.h"

PW_SUITE_MAIN(AuditAnchorSuite, SqlCipherBackend)

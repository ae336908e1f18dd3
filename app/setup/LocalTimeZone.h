#pragma once

// The console converts many times to local time (every time shown in a table, every row's search text),
// and on Linux each conversion goes through glibc's localtime_r/mktime, which calls tzset(). With TZ unset,
// tzset() looks at /etc/localtime again on every call (a stat, and a read when it changed); with TZ set it
// returns at once when TZ is unchanged. pin() sets TZ to ":/etc/localtime" — the same zone, read once,
// the value systemd recommends and Qt reads as "the system's zone" — when TZ is unset and the file exists.
// The price: a time zone change while the program runs is seen at its next start.
namespace LocalTimeZone {

// Call first in main(), before any thread starts (it changes the environment).
void pin();

} // namespace LocalTimeZone

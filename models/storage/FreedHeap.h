#pragma once

// What a big read or report frees stays with the C library, not the system: glibc keeps freed blocks in its
// arenas for the next allocation, and gives back only the top of a heap. At 100,000 assets the Compliance
// pane's worker left 246 MiB freed but resident beside 645 MiB in use (pw_bench_console's heap figures),
// and the Patches reload about as much. giveBack() returns every whole free page to the system (glibc's
// malloc_trim, which walks all arenas); other C libraries: nothing to do.
//
// Call it on a worker, after the big free: it walks the heap under each arena's lock, so a thread that
// allocates meanwhile waits. Here, next to Database::releaseCache() (the other half of freeing what a read
// left), because the lowest layer is the one both the workers (app/jobs) and the reports' (app/reports) use.
namespace FreedHeap {

void giveBack();

} // namespace FreedHeap

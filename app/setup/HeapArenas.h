#pragma once

// glibc gives each thread that allocates its own heap arena, up to eight per core, and memory freed in one
// arena serves only that arena's threads: the console's workers read 400,000 rows in one arena, the GUI
// thread keeps them in another, a worker frees what the GUI replaced in a third. At 100,000 assets that kept
// the console's peak resident memory 182 MiB higher (1,648 MiB against 1,466 MiB with two arenas,
// pw_bench_console, same session). limit() caps the arenas at two: the GUI thread and the workers, which
// rarely allocate at the same moment on a 2-core desktop.
//
// glibc also raises its mmap threshold (the size from which a block gets pages of its own, returned to the
// system when freed) to the size of each such block freed, up to 32 MiB: after the first reload freed a
// 412,642-row list's hash and index vectors, blocks of that size came from the arenas, where what is freed
// between blocks that stay is kept. limit() fixes the threshold at MmapThreshold: pw_bench_console at
// 100,000 assets peaked at 1,227 MiB instead of 1,349 MiB (same session). Other C libraries: nothing to do.
namespace HeapArenas {

constexpr int Limit = 2;
constexpr int MmapThreshold = 1024 * 1024;

// Call first in main(), before any thread starts.
void limit();

} // namespace HeapArenas

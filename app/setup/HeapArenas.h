#pragma once

// glibc gives each thread that allocates its own heap arena, up to eight per core, and memory freed in one
// arena serves only that arena's threads: the console's workers read 400,000 rows in one arena, the GUI
// thread keeps them in another, a worker frees what the GUI replaced in a third. At 100,000 assets that kept
// the console's peak resident memory 182 MiB higher (1,648 MiB against 1,466 MiB with two arenas,
// pw_bench_console, same session). limit() caps the arenas at two: the GUI thread and the workers, which
// rarely allocate at the same moment on a 2-core desktop. Other C libraries: nothing to do.
namespace HeapArenas {

constexpr int Limit = 2;

// Call first in main(), before any thread starts.
void limit();

} // namespace HeapArenas

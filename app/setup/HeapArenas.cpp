#include "HeapArenas.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace HeapArenas {

void limit()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, Limit);
    mallopt(M_MMAP_THRESHOLD, MmapThreshold);
#endif
}

} // namespace HeapArenas

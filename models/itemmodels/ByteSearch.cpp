#include "ByteSearch.h"

#include <cstring>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#define PW_BYTESEARCH_SSE2 1
#include <emmintrin.h>
#if defined(_MSC_VER)
#include <intrin.h>
#endif
#endif

namespace ByteSearch {

#ifdef PW_BYTESEARCH_SSE2
namespace {

int lowestBit(unsigned mask)
{
#if defined(_MSC_VER)
    unsigned long index = 0;
    _BitScanForward(&index, mask);
    return int(index);
#else
    return __builtin_ctz(mask);
#endif
}

__m128i load16(const char *at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
}

} // namespace
#endif

bool contains(const char *haystack, std::size_t haystackSize, const char *needle, std::size_t needleSize)
{
    if (needleSize == 0)
        return true;
    if (needleSize > haystackSize)
        return false;
    if (needleSize == 1)
        return std::memchr(haystack, needle[0], haystackSize) != nullptr;
#ifdef PW_BYTESEARCH_SSE2
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[needleSize - 1]);
    const std::size_t lastStart = haystackSize - needleSize; // the last position the needle can start at
    std::size_t at = 0;
    // Positions at..at+15, while their last bytes (at+needleSize-1+15) lie within the haystack.
    for (; at + 15 <= lastStart; at += 16) {
        const __m128i starts = _mm_cmpeq_epi8(load16(haystack + at), first);
        const __m128i ends = _mm_cmpeq_epi8(load16(haystack + at + needleSize - 1), last);
        auto candidates = unsigned(_mm_movemask_epi8(_mm_and_si128(starts, ends)));
        while (candidates) {
            const std::size_t start = at + std::size_t(lowestBit(candidates));
            if (std::memcmp(haystack + start + 1, needle + 1, needleSize - 2) == 0)
                return true;
            candidates &= candidates - 1;
        }
    }
    for (; at <= lastStart; ++at) {
        if (haystack[at] == needle[0] && std::memcmp(haystack + at + 1, needle + 1, needleSize - 1) == 0)
            return true;
    }
    return false;
#else
    return std::string_view(haystack, haystackSize).find(std::string_view(needle, needleSize)) !=
           std::string_view::npos;
#endif
}

} // namespace ByteSearch

#pragma once

#include <cstddef>

// Whether a byte string holds another: the table filter's test of every row's text per keystroke.
//
// Why our own: glibc's memmem() looks for a two-byte needle one byte at a time (400,000 Patches rows, the
// filter's second keystroke: 45 of its 65 ms, with the GUI thread blocked), and MSVC has no memmem() at all.
// No Debian library fits a 30-line need. This one is the "generic SIMD" method (W. Muła): 16 positions at a
// time, it keeps those where the needle's first and last bytes both are (SSE2, part of every x86-64), and
// compares the bytes between only there. Elsewhere, std::string_view::find.
namespace ByteSearch {

bool contains(const char *haystack, std::size_t haystackSize, const char *needle, std::size_t needleSize);

} // namespace ByteSearch

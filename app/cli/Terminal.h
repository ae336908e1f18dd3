#pragma once

#include <cstdio>

// Whether a standard stream is an interactive terminal (a prompt may wait for an answer, progress may be
// redrawn in place), the same question on POSIX and Windows.
namespace Terminal {

bool isInteractive(std::FILE *stream);

} // namespace Terminal

#include "Terminal.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h> // after every Qt header: its min and max macros reach no Qt code here
#else
#include <unistd.h>
#endif

namespace Terminal {

bool isInteractive(std::FILE *stream)
{
#ifdef Q_OS_WIN
    // A console, not merely a character device: _isatty also says yes for NUL, where a prompt would read
    // end-of-file. GetConsoleMode succeeds only on a console handle.
    const intptr_t handle = _get_osfhandle(_fileno(stream));
    DWORD mode = 0;
    return handle != -1 && GetConsoleMode(reinterpret_cast<HANDLE>(handle), &mode) != 0;
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

} // namespace Terminal

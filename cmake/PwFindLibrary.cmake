# Links pw_find_library's <target> to <library> and ends pw_find_library (a macro: return() is the caller's).
macro(pw_found_library library how)
    target_link_libraries(${target} INTERFACE ${library})
    message(STATUS "${target}: ${how}")
    return()
endmacro()

# pw_find_library(<target> [PACKAGE <name> TARGETS <imported>...] [PKG <module>] [HEADER <file> NAMES <lib>...])
#
# Makes <target>, a global interface library to link, from the first of these that finds the library:
#   - find_package(<name> CONFIG) and one of its <imported> targets: what vcpkg installs on Windows;
#   - pkg-config's <module>: Debian's SQLCipher and yajl ship only a .pc file;
#   - find_path(<file>) and find_library(<lib>): vcpkg's yajl installs no CMake package, and Windows has no
#     pkg-config to read its .pc file.
# On Windows the CMake package goes first; elsewhere pkg-config does, because a distribution's CMake package
# can stop the configuration outright (Debian 12's libzip one requires /usr/bin/zipcmp from libzip-tools).
# Stops the configuration, naming what it tried, when none finds it.
function(pw_find_library target)
    cmake_parse_arguments(F "" "PACKAGE;PKG;HEADER" "TARGETS;NAMES" ${ARGN})
    add_library(${target} INTERFACE IMPORTED GLOBAL)
    if(WIN32)
        set(ways package pkg-config files)
    else()
        set(ways pkg-config package files)
    endif()
    set(tried "")
    foreach(way IN LISTS ways)
        if(way STREQUAL "package" AND F_PACKAGE)
            find_package(${F_PACKAGE} CONFIG QUIET GLOBAL)
            foreach(imported IN LISTS F_TARGETS)
                if(TARGET ${imported})
                    pw_found_library(${imported} "${imported} from the CMake package ${F_PACKAGE}")
                endif()
            endforeach()
            list(APPEND tried "the CMake package ${F_PACKAGE}")
        elseif(way STREQUAL "pkg-config" AND F_PKG)
            find_package(PkgConfig QUIET)
            if(PKG_CONFIG_FOUND)
                string(MAKE_C_IDENTIFIER "PW_PC_${F_PKG}" prefix)
                pkg_check_modules(${prefix} QUIET IMPORTED_TARGET GLOBAL ${F_PKG})
                if(${prefix}_FOUND)
                    pw_found_library(PkgConfig::${prefix} "pkg-config ${F_PKG} ${${prefix}_VERSION}")
                endif()
            endif()
            list(APPEND tried "pkg-config ${F_PKG}")
        elseif(way STREQUAL "files" AND F_HEADER)
            string(MAKE_C_IDENTIFIER "PW_INCLUDE_${F_HEADER}" header_var)
            string(MAKE_C_IDENTIFIER "PW_LIBRARY_${F_NAMES}" library_var)
            find_path(${header_var} ${F_HEADER})
            find_library(${library_var} NAMES ${F_NAMES})
            if(${header_var} AND ${library_var})
                target_include_directories(${target} INTERFACE "${${header_var}}")
                pw_found_library("${${library_var}}" "${${library_var}}")
            endif()
            list(APPEND tried "the header ${F_HEADER} and library ${F_NAMES}")
        endif()
    endforeach()
    list(JOIN tried ", " tried)
    message(FATAL_ERROR "${target} not found (tried ${tried}). On Debian: bash packaging/install-deps.sh; "
                        "on Windows: the vcpkg manifest in packaging/windows (README, Building on Windows).")
endfunction()

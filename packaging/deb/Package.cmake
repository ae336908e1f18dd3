# The Debian package (issue 16): `cmake --build --preset release --target package` writes
# build/release/patchwright_VERSION_ARCH.deb with CPack's DEB generator. Besides the top CMakeLists' install
# rules (the two programs, the desktop entry, the SVG icon, the systemd user unit) it installs the desktop
# integration Debian expects, made at build time from the files in the source tree:
#   - PNG icons rendered from resources/icons/patchwright.svg with rsvg-convert (librsvg2-bin);
#   - AppStream metainfo (resources/org.patchwright.Patchwright.metainfo.xml);
#   - gzipped man pages: patchwright.1 written by hand, patchwright-cli.1 generated from `--help` by help2man;
#   - the copyright file (packaging/deb/copyright: GPL-3.0-or-later, see LICENSE).
# Nothing of tests/ or bench/ has an install rule, so neither reaches the package; binaries are stripped.
# tests/integration/deb_package.sh installs the package into a clean Debian 12 root and starts it.
if(NOT (UNIX AND NOT APPLE))
    return()
endif()

find_program(PW_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(PW_HELP2MAN help2man REQUIRED)
find_program(PW_GZIP gzip REQUIRED)

# qt_standard_project_setup() gives installed programs the RUNPATH $ORIGIN:$ORIGIN/../lib, for libraries of
# their own next to them; these have none (the engine is linked statically), and Debian policy wants none.
set_target_properties(patchwright patchwright-cli PROPERTIES INSTALL_RPATH "")

set(pw_deb_dir "${CMAKE_CURRENT_LIST_DIR}")
set(pw_deb_out "${CMAKE_BINARY_DIR}/packaging")
set(pw_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/patchwright.svg")
set(pw_desktop_outputs)

foreach(size 16 32 48 64 128 256)
    set(png "${pw_deb_out}/icons/${size}x${size}/org.patchwright.Patchwright.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${pw_deb_out}/icons/${size}x${size}"
        COMMAND "${PW_RSVG_CONVERT}" --width=${size} --height=${size} --keep-aspect-ratio
                --output "${png}" "${pw_icon_svg}"
        DEPENDS "${pw_icon_svg}"
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND pw_desktop_outputs "${png}")
    install(FILES "${png}" DESTINATION share/icons/hicolor/${size}x${size}/apps)
endforeach()

# gzip -n: no name or time stamp in the header, so a rebuild makes the same bytes (Debian policy 12.1).
add_custom_command(OUTPUT "${pw_deb_out}/man/patchwright.1.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${pw_deb_out}/man"
    COMMAND "${PW_GZIP}" -9 -n -c "${pw_deb_dir}/patchwright.1" > "${pw_deb_out}/man/patchwright.1.gz"
    DEPENDS "${pw_deb_dir}/patchwright.1"
    COMMENT "Compressing the man page of patchwright")
# help2man runs the CLI's --help and --version (neither needs a database or a keychain).
add_custom_command(OUTPUT "${pw_deb_out}/man/patchwright-cli.1.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${pw_deb_out}/man"
    COMMAND "${PW_HELP2MAN}" --no-info --section=1 --include "${pw_deb_dir}/patchwright-cli.h2m"
            --output "${pw_deb_out}/man/patchwright-cli.1" "$<TARGET_FILE:patchwright-cli>"
    COMMAND "${PW_GZIP}" -9 -n -f "${pw_deb_out}/man/patchwright-cli.1"
    DEPENDS patchwright-cli "${pw_deb_dir}/patchwright-cli.h2m"
    COMMENT "Generating the man page of patchwright-cli from its --help"
    VERBATIM)
list(APPEND pw_desktop_outputs "${pw_deb_out}/man/patchwright.1.gz" "${pw_deb_out}/man/patchwright-cli.1.gz")
add_custom_target(pw_desktop_files ALL DEPENDS ${pw_desktop_outputs})

install(FILES "${PROJECT_SOURCE_DIR}/resources/org.patchwright.Patchwright.metainfo.xml" DESTINATION share/metainfo)
# The licence as Debian wants it said (machine-readable, pointing to common-licenses/GPL-3).
install(FILES "${pw_deb_dir}/copyright" DESTINATION share/doc/patchwright)
install(FILES "${pw_deb_out}/man/patchwright.1.gz" "${pw_deb_out}/man/patchwright-cli.1.gz"
        DESTINATION share/man/man1)

set(PW_DEB_MAINTAINER "Patchwright maintainers <maintainers@patchwright.invalid>"
    CACHE STRING "The Maintainer field of the .deb (Name <address>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME patchwright)
set(CPACK_PACKAGE_VENDOR "The Patchwright maintainers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "patch administration console for Linux and Windows fleets")
# The long description, wrapped for `apt show` (CPack indents each line as Debian wants).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Patchwright discovers assets and their software, finds pending patches on\n"
    "each endpoint, puts them to a change board, deploys them over SSH or WinRM\n"
    "with verification and rollback, and keeps the patch history in an encrypted\n"
    "local database (SQLCipher) or on a shared PostgreSQL server, with a\n"
    "tamper-evident audit trail.\n"
    "\n"
    "This package holds the Qt console (patchwright) and its command-line client\n"
    "(patchwright-cli), which also runs the scheduler as a systemd user service.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PW_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Depends: what the programs link, computed by dpkg-shlibdeps; and what it cannot see, being loaded at run
# time: Qt's SVG icon engine (every icon of the console is an SVG), the PostgreSQL driver of team mode, and the
# time zone database of maintenance windows. The Secret Service that keeps the database key is recommended:
# passphrase mode works without it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-psql, tzdata")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
include(CPack)

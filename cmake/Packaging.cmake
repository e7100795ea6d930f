# Desktop integration (installed files) and the .deb built by CPack.
#
# Included at the end of the top-level CMakeLists.txt, after every target exists. `./dev package`
# builds the release preset and runs `cpack -G DEB` in build/release. packaging/README.md says
# what is built where.

set(TASKDESK_LINUX_DIR "${PROJECT_SOURCE_DIR}/packaging/linux")

# The executables install themselves (src/app, src/sandbox); this file adds what a desktop
# needs around them.
if(UNIX AND NOT APPLE)
    install(FILES "${TASKDESK_LINUX_DIR}/${TASKDESK_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${TASKDESK_LINUX_DIR}/${TASKDESK_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Only the hicolor tree: the per-size SVG sources and the render script stay behind.
    install(DIRECTORY "${TASKDESK_LINUX_DIR}/icons/hicolor"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    # Debian wants the licence as /usr/share/doc/<package>/copyright.
    if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
        install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/taskdesk
            RENAME copyright)
    endif()
endif()

# Windows and macOS: Qt's deploy script copies the Qt libraries and plugins beside the installed
# app. Not built on this project's machines; see packaging/README.md. Qt 6.4 names the output
# FILENAME_VARIABLE, Qt 6.5 and later OUTPUT_SCRIPT.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET taskdesk
            OUTPUT_SCRIPT taskdesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET taskdesk
            FILENAME_VARIABLE taskdesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${taskdesk_deploy_script}")
endif()

# CPack: on Linux one .deb named taskdesk_<version>_<arch>.deb that installs under /usr.
set(TASKDESK_PACKAGE_MAINTAINER "The Taskdesk developers <taskdesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the .deb (name <email>)")

set(CPACK_PACKAGE_NAME taskdesk)
set(CPACK_PACKAGE_VENDOR "The Taskdesk developers")
set(CPACK_PACKAGE_CONTACT "${TASKDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for Tallyfy tasks")
set(CPACK_PACKAGE_DESCRIPTION
    "Taskdesk looks up Tallyfy tasks by ID or link and creates one-off tasks. It keeps the API \
token in the system keychain (Secret Service).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    set(CPACK_GENERATOR ZIP)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TASKDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps finds the libraries we link; these two are loaded at run time (the platform
# plugins, and libsecret by QtKeychain), and Debian's Qt packages only recommend them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

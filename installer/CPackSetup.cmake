# Packaging: a .deb on Linux (built, installed into a scratch root and started by the test
# suite), NSIS on Windows, a DragNDrop disk image on macOS.
set(CPACK_PACKAGE_NAME "contractdesk")
set(CPACK_PACKAGE_VENDOR "ContractDesk")
set(CPACK_PACKAGE_CONTACT "ContractDesk maintainers <maintainers@contractdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ContractDesk")
set(CPACK_PACKAGE_EXECUTABLES "contractdesk" "ContractDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/installer/LICENSE.txt")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "ContractDesk")
    set(CPACK_NSIS_PACKAGE_NAME "ContractDesk")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/windows/contractdesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\contractdesk.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ContractDesk.lnk' '$INSTDIR\\\\bin\\\\contractdesk.exe'")
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "WriteRegStr HKCR '.cdw' '' 'ContractDesk.Workspace'\n  WriteRegStr HKCR 'ContractDesk.Workspace\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\contractdesk.exe\\\" \\\"%1\\\"'")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "ContractDesk")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_SECTION "office")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # dpkg-shlibdeps reads the binaries' needs (Qt 6, QtKeychain, libxlsxwriter, minizip).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Plugins the binaries load at run time, which shlibdeps cannot see.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
    install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/contractdesk.desktop
            DESTINATION share/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/contractdesk.svg
            DESTINATION share/icons/hicolor/scalable/apps)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/contractdesk.xml
            DESTINATION share/mime/packages)
endif()

include(CPack)

# Translations (resources/translations/README.md): Qt Linguist files for the code's tr()
# strings (cloudwright_<lang>.ts) and for the catalog's and rule book's texts
# (cloudwright_data_<lang>.ts). lrelease turns them into .qm files compiled into the
# editor under :/i18n; `cmake --build --preset dev --target update_translations` refreshes
# the .ts files from the sources with lupdate.
#
# Debian's qt6-l10n-tools ships the lupdate and lrelease programs but not Qt's CMake
# package for them (that is the much larger qt6-tools-dev), so they are found as programs.
set(_qt_tool_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS}"
    /usr/lib/qt6/bin)
find_program(CLOUDWRIGHT_LRELEASE NAMES lrelease-qt6 lrelease HINTS ${_qt_tool_dirs} REQUIRED)
find_program(CLOUDWRIGHT_LUPDATE NAMES lupdate-qt6 lupdate HINTS ${_qt_tool_dirs} REQUIRED)

set(CLOUDWRIGHT_LANGUAGES da)
set(_ts_dir "${PROJECT_SOURCE_DIR}/resources/translations")
set(_qm_dir "${CMAKE_BINARY_DIR}/i18n")
set(_ts_files "")
set(_qm_files "")
foreach(lang IN LISTS CLOUDWRIGHT_LANGUAGES)
    foreach(name IN ITEMS "cloudwright_${lang}" "cloudwright_data_${lang}")
        set(_ts "${_ts_dir}/${name}.ts")
        set(_qm "${_qm_dir}/${name}.qm")
        add_custom_command(OUTPUT "${_qm}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_qm_dir}"
            COMMAND "${CLOUDWRIGHT_LRELEASE}" -silent "${_ts}" -qm "${_qm}"
            DEPENDS "${_ts}"
            COMMENT "lrelease ${name}.ts"
            VERBATIM)
        list(APPEND _ts_files "${_ts}")
        list(APPEND _qm_files "${_qm}")
    endforeach()
endforeach()
add_custom_target(cloudwright_qm DEPENDS ${_qm_files})
add_dependencies(cloudwright_ui cloudwright_qm)
qt_add_resources(cloudwright_ui "translations"
    PREFIX "/i18n"
    BASE "${_qm_dir}"
    FILES ${_qm_files})

# lupdate over the code (core, ui, app) and over the data strings the extractor lists.
set(_data_strings "${CMAKE_BINARY_DIR}/data_strings_for_lupdate.cpp")
set(_update_commands "")
foreach(lang IN LISTS CLOUDWRIGHT_LANGUAGES)
    list(APPEND _update_commands
        COMMAND "${CLOUDWRIGHT_LUPDATE}" -silent -locations none -no-obsolete core ui app
                -ts "${_ts_dir}/cloudwright_${lang}.ts"
        COMMAND "${CLOUDWRIGHT_LUPDATE}" -silent -locations none -no-obsolete "${_data_strings}"
                -ts "${_ts_dir}/cloudwright_data_${lang}.ts")
endforeach()
add_custom_target(update_translations
    COMMAND cloudwright-data-strings "${_data_strings}"
    ${_update_commands}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Refreshing resources/translations/*.ts with lupdate"
    VERBATIM)
set(CLOUDWRIGHT_TS_FILES ${_ts_files})

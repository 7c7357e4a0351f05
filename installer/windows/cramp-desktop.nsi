; Leg Cramp Companion: the Windows installer (NSIS 3, Modern UI 2).
;
;   makensis -DVERSION=0.1.0 -DWIN_VERSION=0.1.0.0 -DBUNDLE_DIR=<dist\cramp-desktop>
;            -DICON=<build\icons\app.ico> -DOUT_FILE=<setup.exe> cramp-desktop.nsi
;
; BUNDLE_DIR is PyInstaller's one-folder build (installer/cramp-desktop.spec). CI builds
; the real installer on Windows. `make windows-installer` compiles this script on Linux
; against the Linux bundle only to prove that it builds: that file is NOT a usable
; Windows installer (it would install Linux programs).
;
; - Per user, no administrator rights: %LOCALAPPDATA%\Programs\Leg Cramp Companion.
; - Upgrades in place: the folder of an earlier installation is found in HKCU and
;   reused; the old program files are replaced, the data folder is never touched.
; - The uninstaller removes the program and its shortcuts, never the user's data in
;   %LOCALAPPDATA%\LegCrampCompanion, and says where that folder is.
; - Silent install: setup.exe /S [/D=<folder>] [/DESKTOP=1]. The desktop shortcut is off
;   unless /DESKTOP=1; the data folder is refused as the program folder (exit code 2),
;   since NSIS runs no page callbacks in silent mode.
; - The licence page shows the GPL (LICENSE, bundled by the spec); the licences of the
;   bundled components are in the program folder's _internal\THIRD-PARTY-LICENSES.

!ifndef VERSION | WIN_VERSION | BUNDLE_DIR | ICON | OUT_FILE
  !error "Define VERSION, WIN_VERSION, BUNDLE_DIR, ICON and OUT_FILE (see the top of this file)"
!endif
!ifndef LICENSE_FILE
  !define LICENSE_FILE "${BUNDLE_DIR}\_internal\LICENSE"
!endif

Unicode true
ManifestDPIAware true
ManifestSupportedOS Win10
SetCompressor /SOLID lzma
; The windowed and the console program carry the same ~9 MB archive of Python code and
; sit next to each other in the stream: a dictionary larger than one of them stores the
; second almost for free.
SetCompressorDictSize 32
RequestExecutionLevel user

!define APP_NAME "Leg Cramp Companion"
!define EXE_NAME "cramp-desktop.exe"
; The same program with a console, for the commands in the README (EXE_NAME is windowed).
!define CONSOLE_EXE_NAME "cramp-desktop-cli.exe"
!define PUBLISHER "Leg Cramp Companion developers"
!define DATA_DIR_NAME "LegCrampCompanion"
!define APP_KEY "Software\${DATA_DIR_NAME}"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${DATA_DIR_NAME}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${WIN_VERSION}"
VIFileVersion "${WIN_VERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} Setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}, GPL-3.0-or-later"

; ---------------------------------------------------------------- Modern UI pages

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
; The language chosen in the first dialog is remembered for upgrades and the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
; The GPL asks nothing of someone who only uses the program: a Next button, no "I agree".
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(LicenceNote)"
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE CheckInstallDir
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunApp)"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataIsKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$(UninstalledTitle)"
!define MUI_FINISHPAGE_TEXT "$(UninstalledText)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default when Windows speaks none of them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include "strings.nsh"

; ---------------------------------------------------------------- helpers

; Sets $0 to 1 once the program in $INSTDIR is closed (a running program's file cannot
; be opened for writing), or to 0 when the user gives up. Uses $1.
!macro APP_CLOSED_CHECK un
Function ${un}AppClosed
  StrCpy $0 1
  retry:
  ${If} ${FileExists} "$INSTDIR\${EXE_NAME}"
    ClearErrors
    FileOpen $1 "$INSTDIR\${EXE_NAME}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppIsRunning)" /SD IDCANCEL IDRETRY retry
      StrCpy $0 0
    ${Else}
      FileClose $1
    ${EndIf}
  ${EndIf}
FunctionEnd
!macroend
!insertmacro APP_CLOSED_CHECK ""
!insertmacro APP_CLOSED_CHECK "un."

; Sets $0 to 1 when $INSTDIR is the data folder or inside it, else 0. Uses $1, $2.
Function IsDataFolder
  StrCpy $0 0
  StrCpy $1 "$LOCALAPPDATA\${DATA_DIR_NAME}"
  StrLen $2 $1
  StrCpy $2 $INSTDIR $2  ; as many characters of $INSTDIR as the data folder has
  ${If} $2 == $1  ; NSIS compares without regard to case, as Windows paths are
    StrCpy $2 $INSTDIR 1 $2  ; the character after that prefix
    ${If} $2 == ""
    ${OrIf} $2 == "\"
      StrCpy $0 1
    ${EndIf}
  ${EndIf}
FunctionEnd

Function CheckInstallDir
  ; Never install into the data folder: uninstalling must be able to leave it alone.
  Call IsDataFolder
  ${If} $0 == 1
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(NotTheDataFolder)"
    Abort
  ${EndIf}
  Call AppClosed
  ${If} $0 == 0
    Abort  ; stay on this page
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- install

Section "$(NameProgram)" SectionProgram
  SectionIn RO
  Call RefuseDataFolderSilently  ; pages may have been skipped (/S)
  SetOutPath "$INSTDIR"
  Call AppClosed
  ${If} $0 == 0
    Abort
  ${EndIf}
  ; Upgrade: remove the previous version's program files first, so none of its
  ; libraries linger. Only the folders this installer made; the data lives elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\${CONSOLE_EXE_NAME}"
  File /r "${BUNDLE_DIR}\*"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$\"$INSTDIR\${EXE_NAME}$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(NameStartMenu)" SectionStartMenu
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" \
    "$INSTDIR\${EXE_NAME}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Section "$(NameDesktop)" SectionDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" \
    "$INSTDIR\${EXE_NAME}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Section "-RememberChoices"
  ; An upgrade offers the same shortcuts as last time (see .onInit).
  ${If} ${SectionIsSelected} ${SectionDesktop}
    WriteRegDWORD HKCU "${APP_KEY}" "DesktopShortcut" 1
  ${Else}
    WriteRegDWORD HKCU "${APP_KEY}" "DesktopShortcut" 0
    Delete "$DESKTOP\${APP_NAME}.lnk"
  ${EndIf}
  ${If} ${SectionIsSelected} ${SectionStartMenu}
    WriteRegDWORD HKCU "${APP_KEY}" "StartMenuShortcut" 1
  ${Else}
    WriteRegDWORD HKCU "${APP_KEY}" "StartMenuShortcut" 0
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ${EndIf}
SectionEnd

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
  Call RefuseDataFolderSilently
  ClearErrors
  ReadRegDWORD $0 HKCU "${APP_KEY}" "DesktopShortcut"
  ${If} $0 == 0
  ${AndIfNot} ${Errors}
    !insertmacro UnselectSection ${SectionDesktop}
  ${EndIf}
  ClearErrors
  ReadRegDWORD $0 HKCU "${APP_KEY}" "StartMenuShortcut"
  ${If} $0 == 0
  ${AndIfNot} ${Errors}
    !insertmacro UnselectSection ${SectionStartMenu}
  ${EndIf}
  Call SilentDesktopChoice
FunctionEnd

; ---------------------------------------------------------------- silent install

; In silent mode (/S) no page callback runs, so the data-folder check runs here: in
; .onInit and again at the start of the first section. The error level tells scripts.
Function RefuseDataFolderSilently
  ${If} ${Silent}
    Call IsDataFolder
    ${If} $0 == 1
      MessageBox MB_OK|MB_ICONSTOP "$(NotTheDataFolder)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

; Silent installs put no shortcut on the desktop unless asked with /DESKTOP=1.
Function SilentDesktopChoice
  ${IfNot} ${Silent}
    Return
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP=" $R1
  ${If} ${Errors}
  ${OrIf} $R1 != "1"
    !insertmacro UnselectSection ${SectionDesktop}
  ${Else}
    !insertmacro SelectSection ${SectionDesktop}
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- uninstall

Section "Uninstall"
  Call un.AppClosed
  ${If} $0 == 0
    Abort
  ${EndIf}
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put here, never "RMDir /r $INSTDIR": the user may have
  ; chosen a folder that holds other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\${CONSOLE_EXE_NAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  ; Start at login (cramp_desktop/autostart.py): the per-user Run value, if it was set.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "${DATA_DIR_NAME}"
  ; %LOCALAPPDATA%\LegCrampCompanion (records, backups, settings) stays, on purpose.
  DetailPrint "$(DataIsKept)"
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

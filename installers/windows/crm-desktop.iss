; Inno Setup 6 script: CRM Desktop's Windows installer (crm-desktop-<version>-setup.exe).
;
; Made by `python installers\build.py` on Windows, which builds the bundle first and runs
;     iscc /DAppVersion=<version> /DBundleDir=<dist\crm-desktop> [/DIconFile=<.ico>] /O<dist> ...
; By hand, after a build: iscc /DAppVersion=0.1.0 installers\windows\crm-desktop.iss
;
; A per-user install: no administrator rights, the program goes to
; %LOCALAPPDATA%\Programs\CRM Desktop, a Start menu entry and an uninstaller (Settings ->
; Apps) come with it. Uninstalling leaves the user's data alone (the database in
; %LOCALAPPDATA%\crm-desktop): it is the shop's records, not part of the program.

#ifndef AppVersion
  #error AppVersion is not defined: run installers\build.py, or iscc /DAppVersion=X.Y.Z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\crm-desktop"
#endif
#define AppName "CRM Desktop"
#define AppExe "crm-desktop.exe"

[Setup]
; the installer's identity: the same for every version, so that a new one replaces the old
AppId={{979EB1A1-1CAD-4F9A-B504-B8D22E778E01}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CRM Desktop developers
VersionInfoVersion={#AppVersion}
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; an administrator may still install for everyone: setup.exe /ALLUSERS
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=crm-desktop-{#AppVersion}-setup
; the GPL, shown before installing (build.py puts it in the bundle)
LicenseFile={#BundleDir}\LICENSE.txt
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; a running CRM Desktop is asked to close before its files are replaced
CloseApplications=yes
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; the program's other languages, where this Inno Setup carries a translation of its own texts
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Persian.isl")
Name: "persian"; MessagesFile: "compiler:Languages\Persian.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Turkish.isl")
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder: crm-desktop.exe (the window), crm.exe (the command line), _internal\
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python caches the Alembic migration scripts it compiled beside them (__pycache__)
Type: filesandordirs; Name: "{app}\_internal"

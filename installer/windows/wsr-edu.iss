; Inno Setup script for wsr-edu on Windows: a per-user install (no administrator needed).
; Build the bundle first (uv run python installer/build.py), then:
;   iscc /DAppVersion=0.1.0 installer\windows\wsr-edu.iss
; The installer lands in installer\dist\wsr-edu-VERSION-windows-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\dist\wsr-edu"

[Setup]
AppId={{6F1D2C4A-9B7E-4E58-A3C1-2D5B8E0F7A19}
AppName=wsr-edu
AppVersion={#AppVersion}
AppPublisher=wsr-edu
AppComments=Offline rights training: group sessions, worker kiosk, attendance and narration
; Per user: installs under %LOCALAPPDATA%\Programs and the user's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\wsr-edu
DefaultGroupName=wsr-edu
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=wsr-edu-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\wsr-edu-app.exe
UninstallDisplayName=wsr-edu {#AppVersion}
; Records and settings live in %LOCALAPPDATA%\wsr-edu, outside {app}: reinstalling or
; uninstalling never touches them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's files go first, so no stale module outlives an update.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\wsr-edu\wsr-edu"; Filename: "{app}\wsr-edu-app.exe"; Comment: "Facilitator's library and presenter"
Name: "{autoprograms}\wsr-edu\wsr-edu kiosk"; Filename: "{app}\wsr-edu-app.exe"; Parameters: "kiosk"; Comment: "Locked review screen for workers"
Name: "{autoprograms}\wsr-edu\Uninstall wsr-edu"; Filename: "{uninstallexe}"
Name: "{autodesktop}\wsr-edu"; Filename: "{app}\wsr-edu-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\wsr-edu-app.exe"; Description: "{cm:LaunchProgram,wsr-edu}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

; Inno Setup 6 script for StudyApp. build_windows.ps1 passes the three defines:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=build\packaging\dist\StudyApp /DOutputDir=build\packaging studyapp.iss
; The pilot's data lives in %APPDATA%\StudyApp (platformdirs), never under {app},
; so upgrading or uninstalling never touches the database or its backups.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\packaging\dist\StudyApp"
#endif
#ifndef OutputDir
  #define OutputDir "..\build\packaging"
#endif

[Setup]
; Never change AppId: Windows uses it to recognise upgrades of the same app.
AppId={{94305CC9-8C6D-4C5F-9B40-1B63FD7EF032}
AppName=StudyApp
AppVersion={#AppVersion}
AppPublisher=StudyApp
DefaultDirName={autopf}\StudyApp
DefaultGroupName=StudyApp
DisableProgramGroupPage=yes
; Per-user install by default: no administrator rights needed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=StudyApp-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\StudyApp.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Libraries of an older version must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\StudyApp"; Filename: "{app}\StudyApp.exe"
Name: "{group}\{cm:UninstallProgram,StudyApp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\StudyApp"; Filename: "{app}\StudyApp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\StudyApp.exe"; Description: "{cm:LaunchProgram,StudyApp}"; Flags: nowait postinstall skipifsilent

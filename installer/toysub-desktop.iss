; ToySub Desktop: the Windows installer (Inno Setup 6.3 or newer, 7 included), built from the PyInstaller one-folder
; bundle.
;
;   pyinstaller --noconfirm build.spec
;   iscc /DAppVersion=1.2.3 installer\toysub-desktop.iss
;
; gives installer\Output\toysub-desktop-1.2.3-setup.exe. /DBundleDir=... points at another bundle folder (default:
; dist\toysub-desktop beside this folder). /DAppFileVersion=1.2.3.0 gives Setup's own version information when the
; version is not four plain numbers (1.2.3rc1); scripts\win_version_info.py --numeric makes it. The release workflow
; (.github/workflows/release.yml) passes both from the git tag; the README explains why Inno Setup and how to build by
; hand.
;
; Signing: with /DSignSetup and a sign tool named "artifactsigning" (iscc /Sartifactsigning=...), Setup and its
; uninstaller are signed as they are built; without them nothing is signed (see the README on SmartScreen).
;
; What a shop gets:
;   - a per-user install that needs no administrator: the program goes to {userpf}
;     (%LOCALAPPDATA%\Programs\ToySub Desktop), the uninstaller registers under the user's own key;
;   - a Start menu shortcut, and a desktop shortcut when the box is ticked;
;   - Korean or English setup screens (the Windows display language picks; Korean first);
;   - a newer version installs over an older one: the AppId below never changes, the folder and shortcuts are
;     reused, and setup first asks to close a running ToySub Desktop (AppMutex);
;   - the shop's data is never touched by setup or the uninstaller (see "The shop's data" below).

#ifndef AppVersion
  #error Pass the version on the command line: iscc /DAppVersion=1.2.3 installer\toysub-desktop.iss
#endif
#ifndef AppFileVersion
  #define AppFileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\toysub-desktop"
#endif

#define AppName "ToySub Desktop"
#define AppPublisher "ToySub"
#define AppExeName "toysub-desktop.exe"
; The same name as toysub_desktop.instance_names.APP_MUTEX (a test compares them): the running app holds this
; mutex, so setup and the uninstaller can tell it is open and ask staff to close it first.
#define AppMutexName "ToySubDesktop.Running.7d3f2a"

; The shop's data
; ---------------
; The database (toysub.sqlite3), its backups (backups\) and the settings live in the user data folder that
; toysub_desktop/folders.py takes from platformdirs: %LOCALAPPDATA%\ToySub\ToySub Desktop, and the log in its
; Logs\ folder. That is outside {app} (%LOCALAPPDATA%\Programs\ToySub Desktop), and this script never names it:
; there is deliberately NO [UninstallDelete] section, and [InstallDelete] only clears {app}\_internal (the old
; bundle's libraries). The uninstaller removes exactly the files setup copied into {app}, so uninstalling, or
; installing a newer version, keeps every customer, contract and backup. Never add an entry that reaches the data
; folder; a shop that wants its data gone deletes the folder by hand.

[Setup]
; Fixed forever: Windows knows an installed ToySub Desktop by this id, so a new version upgrades it in place.
AppId={{5C7E2B9A-3D41-4F8E-9A6B-2E1D7C0F4A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; Setup's own file version (Explorer's Details tab, SmartScreen's prompt) is the app's, not 0.0.0.0.
VersionInfoVersion={#AppFileVersion}
VersionInfoProductVersion={#AppFileVersion}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
; Python 3.11 and Qt 6 run on Windows 10 version 1809 (build 17763) or newer, 64-bit; Inno's own default would let
; Setup install on Windows 7 SP1, where the program cannot start. Older Windows gets Setup's own clear refusal.
MinVersion=10.0.17763
AppMutex={#AppMutexName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=..\resources\icons\toysub.ico
OutputDir=Output
OutputBaseFilename=toysub-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Files in use by another program (a running app that escaped the mutex check) are closed through the Restart
; Manager rather than left half-replaced; the app is not restarted behind the user's back.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef SignSetup
; Only when the build was given a signing service (the release workflow: Artifact Signing). The uninstaller is signed
; too, so removing the app does not meet an "Unknown publisher" prompt either.
SignTool=artifactsigning
SignedUninstaller=yes
#endif

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
korean.DataKept=매장 데이터(데이터베이스와 백업)는 지우지 않았습니다. 다시 설치하면 그대로 이어서 사용할 수 있습니다.%n%n위치: %1
english.DataKept=The shop's data (database and backups) was not removed. Installing again carries on with it.%n%nLocation: %1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's bundle: a library the new one no longer ships must not linger. Inside {app} only.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataFolder: String;
begin
  { Say where the data stayed, so nobody thinks uninstalling lost the shop's records. }
  if CurUninstallStep = usPostUninstall then
  begin
    DataFolder := ExpandConstant('{localappdata}\ToySub\ToySub Desktop');
    if DirExists(DataFolder) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder]), mbInformation, MB_OK);
  end;
end;

; Inno Setup 6.3+ script: the Windows installer of Oberih (Оберіг).
;
; Build the one-folder bundle first (packaging\oberih.spec -> dist\oberih\), then, from
; the repository's root:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\oberih.iss
; The installer is written to dist\installer\oberih-setup-<version>.exe. To sign it and
; the uninstaller as they are built, define a sign tool named "oberihsign" in the Inno
; Setup IDE (Tools > Configure Sign Tools) or on the command line (/Soberihsign=...) and
; add /DSign=1; README.md, "Windows: building and signing the installer", has the steps.
;
; What it does:
; - installs the bundle machine-wide under Program Files\Oberih (64-bit Windows 10 1809
;   or newer);
; - a Start-menu shortcut (and optionally a desktop one) that opens the window on the
;   centre's database in the machine-wide data folder, C:\ProgramData\Oberih\oberih.db;
; - creates the local group "Oberih users" and gives the data folder an explicit access
;   list: SYSTEM and Administrators full control, "Oberih users" modify, nobody else
;   (inheritance from ProgramData, which every local account may read, is removed).
;   Add the staff's Windows accounts to that group (README);
; - an uninstaller (Settings > Apps). Uninstalling keeps the data folder and its
;   database, key file and backups: they are removed only by hand, on purpose.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Oberih"
#define DataFolder "{commonappdata}\Oberih"
#define UsersGroup "Oberih users"

[Setup]
AppId={{6E0B7C52-3F1D-4C8A-9B4E-0B3A8D6F2C71}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Kyiv City Centre for Work with Women
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 (build 17763): the oldest Windows that Qt 6 supports
MinVersion=10.0.17763
OutputDir=..\dist\installer
OutputBaseFilename=oberih-setup-{#AppVersion}
SetupIconFile=..\resources\icons\oberih.ico
UninstallDisplayIcon={app}\oberih.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
#ifdef Sign
SignTool=oberihsign
SignedUninstaller=yes
#endif

[Languages]
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
uk.DesktopShortcut=Ярлик на робочому столі
en.DesktopShortcut=Desktop shortcut
uk.Launch=Запустити «Оберіг»
en.Launch=Start Oberih

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; Flags: unchecked

[Files]
Source: "..\dist\oberih\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; the access list is set by icacls below: Inno's own Permissions cannot name a new group
Name: "{#DataFolder}"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\oberih.exe"; Parameters: "--db ""{#DataFolder}\oberih.db"""; WorkingDir: "{#DataFolder}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\oberih.exe"; Parameters: "--db ""{#DataFolder}\oberih.db"""; WorkingDir: "{#DataFolder}"; Tasks: desktopicon

[Run]
; the group (an error "already exists" on a reinstall is ignored: runhidden, no check)
Filename: "{sys}\net.exe"; Parameters: "localgroup ""{#UsersGroup}"" /add /comment:""Staff who may open the Oberih database"""; Flags: runhidden waituntilterminated
; SIDs, not names, for SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544): their names
; are translated on a Ukrainian Windows
Filename: "{sys}\icacls.exe"; Parameters: """{#DataFolder}"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F ""{#UsersGroup}:(OI)(CI)M"""; Flags: runhidden waituntilterminated
Filename: "{app}\oberih.exe"; Parameters: "--db ""{#DataFolder}\oberih.db"""; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent runasoriginaluser

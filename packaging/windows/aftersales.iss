; Inno Setup script of 售后工单台 AfterSales Desk: one setup .exe around the same one-folder
; PyInstaller build that the Linux .deb wraps (build.spec → dist\aftersales\). Build steps:
; README.md, "Windows". Compile on Windows with Inno Setup 6:
;     iscc /DAppVersion=0.1.0 packaging\windows\aftersales.iss
; → dist\aftersales-desk_0.1.0_setup.exe
; Uninstalling removes only what setup installed: each user's data in
; %LOCALAPPDATA%\AfterSalesDesk (database, evidence files, backups) stays.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "售后工单台"
#define AppExe "aftersales.exe"

[Setup]
AppId={{916E666E-998F-4DA5-9820-31F7C543F297}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=AfterSales Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\AfterSalesDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; an administrator installs for everyone; without admin rights setup offers the user's own folder
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=aftersales-desk_{#AppVersion}_setup
SetupIconFile=packaging\windows\aftersales-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} AfterSales Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
CloseApplications=yes

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.4 and later (Languages\); for an older
; version put the file from the Inno Setup translations page there.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppDescription=售后与客诉处理
english.AppDescription=After-sales and complaint handling
chinesesimplified.DataKept=售后工单台已卸载。您的数据（数据库、附件、备份）仍保留在：%n%1%n如不再需要，可手动删除该文件夹。
english.DataKept=AfterSales Desk has been removed. Your data (database, evidence files, backups) stays in:%n%1%nDelete that folder by hand if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder build: aftersales.exe (the window), aftersales-cli.exe (the command
; line) and _internal\ (Python, Qt, fonts, translations)
Source: "dist\aftersales\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppDescription}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppDescription}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: nothing outside {app} is removed.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\AfterSalesDesk')]),
           mbInformation, MB_OK);
end;

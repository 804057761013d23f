# Build StudyApp for Windows: a one-folder bundle, a .zip of it, and an installer
# made by Inno Setup 6 (packaging/studyapp.iss) when ISCC.exe is found.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#   $env:PYTHON = "py -3.12"; $env:STUDYAPP_BUILD_DIR = "C:\out"   (optional)
$ErrorActionPreference = "Stop"

function Invoke-Checked {
    # Native programs report failure by exit code, which $ErrorActionPreference ignores.
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

$here = $PSScriptRoot
$root = Split-Path -Parent $here
$out = if ($env:STUDYAPP_BUILD_DIR) { $env:STUDYAPP_BUILD_DIR } else { Join-Path $root "build\packaging" }
$pythonCommand = if ($env:PYTHON) { $env:PYTHON -split " " } else { @("py", "-3") }
$venv = Join-Path $out "venv"
$python = Join-Path $venv "Scripts\python.exe"

New-Item -ItemType Directory -Force -Path $out | Out-Null
# A regular install, not an editable one: the bundle must see the package as a wheel lays it out.
$venvArgs = @($pythonCommand | Select-Object -Skip 1) + @("-m", "venv", "--clear", $venv)
Invoke-Checked $pythonCommand[0] $venvArgs
Invoke-Checked $python @("-m", "pip", "install", "-q", "${root}[packaging]")
Invoke-Checked (Join-Path $venv "Scripts\pyinstaller.exe") @(
    "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", (Join-Path $out "dist"), "--workpath", (Join-Path $out "work"),
    (Join-Path $here "studyapp.spec"))
$bundle = Join-Path $out "dist\StudyApp"

# Smoke test: the frozen app creates and migrates a database in an empty folder.
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("studyapp-" + [guid]::NewGuid())
try {
    Invoke-Checked (Join-Path $bundle "studyapp-cli.exe") @("--data-dir", (Join-Path $scratch "data"), "check")
    # ...and the frozen GUI starts (Qt plugins bundled): it prints the marker once its window is
    # painted, then quits. Through the console exe, which runs the same GUI but has a stdout.
    $env:STUDYAPP_QUIT_AFTER_STARTUP = "1"
    $env:QT_QPA_PLATFORM = "offscreen"
    $started = & (Join-Path $bundle "studyapp-cli.exe") --data-dir (Join-Path $scratch "gui")
    if ($LASTEXITCODE -ne 0 -or -not ($started -contains "studyapp-startup-complete")) {
        throw "the frozen GUI did not start (exit code $LASTEXITCODE)"
    }
} finally {
    Remove-Item Env:STUDYAPP_QUIT_AFTER_STARTUP, Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $scratch
}

$version = (& $python -c "import studyapp; print(studyapp.__version__)").Trim()
$zip = Join-Path $out "StudyApp-$version-windows-x64.zip"
Compress-Archive -Force -Path $bundle -DestinationPath $zip
Write-Host "Bundle: $bundle"
Write-Host "Archive: $zip"

$iscc = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (Test-Path $isccPath) {
    Invoke-Checked $isccPath @("/Q", "/DAppVersion=$version", "/DSourceDir=$bundle", "/DOutputDir=$out",
        (Join-Path $here "studyapp.iss"))
    Write-Host "Installer: $(Join-Path $out "StudyApp-$version-windows-x64-setup.exe")"
} else {
    Write-Host "Installer: skipped (Inno Setup 6 is not installed; get it with 'winget install JRSoftware.InnoSetup')"
}

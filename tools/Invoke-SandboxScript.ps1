<#
.SYNOPSIS
    Runs a script in this PowerShell with the built RedHatApi module and a fresh RedHatApi.Sandbox: the README demo.
.DESCRIPTION
    Builds the module and the sandbox (dotnet build -c Release, incremental; -NoBuild skips it), imports
    out/RedHatApi, starts RedHatApi.Sandbox on a free loopback port, sets $SandboxUrl for the script (the examples
    connect to it when it is set), runs the script with every other argument, stops the sandbox, and exits with the
    script's exit code. No credentials and no Red Hat service are involved.

    The same job as `dotnet run --project tools/RedHatApi.ScriptHost -- --sandbox <script>`, but in a real pwsh,
    with the console, formatting and every cmdlet a user has.
.PARAMETER Script
    The script to run, e.g. examples/Invoke-RhsmCmdbReconciliation.ps1. Arguments after it go to the script.
.PARAMETER NoBuild
    Uses out/RedHatApi and the sandbox as they were last built.
.EXAMPLE
    dotnet tool restore
    dotnet pwsh -NoProfile -File tools/Invoke-SandboxScript.ps1 examples/Invoke-RhsmCmdbReconciliation.ps1 -OutputPath ./rhsm-differences.csv
#>
# A simple script on purpose (no [CmdletBinding()]): arguments it does not declare stay in $args, and splatting
# $args hands them to the script as the -Name value pairs they were typed as.
param(
    [string] $Script,
    [switch] $NoBuild
)

# No Set-StrictMode and no $ErrorActionPreference here: the script runs in a child scope and would inherit them,
# and it should behave as under `pwsh -File`.

if (-not $Script) {
    [Console]::Error.WriteLine('usage: Invoke-SandboxScript.ps1 [-NoBuild] <script.ps1> [-Parameter value | -Switch]...')
    exit 2
}

$root = Split-Path -Parent $PSScriptRoot
$configuration = 'Release'
$Script = (Resolve-Path -LiteralPath $Script -ErrorAction Stop).ProviderPath

if (-not $NoBuild) {
    foreach ($project in 'src/RedHatApi/RedHatApi.csproj', 'src/RedHatApi.Sandbox/RedHatApi.Sandbox.csproj') {
        & dotnet build (Join-Path $root $project) -c $configuration --nologo -v quiet
        if ($LASTEXITCODE -ne 0) {
            [Console]::Error.WriteLine("dotnet build $project failed with exit code $LASTEXITCODE.")
            exit 1
        }
    }
}

$manifest = Join-Path $root 'out/RedHatApi/RedHatApi.psd1'
$sandboxDll = Join-Path $root "src/RedHatApi.Sandbox/bin/$configuration/net10.0/RedHatApi.Sandbox.dll"
foreach ($built in $manifest, $sandboxDll) {
    if (-not (Test-Path -LiteralPath $built)) {
        [Console]::Error.WriteLine("$built is missing: build first (dotnet build RedHatApi.sln -c $configuration), or leave out -NoBuild.")
        exit 1
    }
}

Import-Module $manifest -ErrorAction Stop

$info = New-Object System.Diagnostics.ProcessStartInfo
$info.FileName = 'dotnet'
$info.Arguments = '"' + $sandboxDll + '" --port 0'
$info.UseShellExecute = $false
$info.RedirectStandardOutput = $true
$sandboxProcess = [System.Diagnostics.Process]::Start($info)
$exitCode = 1
try {
    # The sandbox's first line says where it listens.
    $prefix = 'RedHatApi.Sandbox listening on '
    $read = $sandboxProcess.StandardOutput.ReadLineAsync()
    if (-not $read.Wait([TimeSpan]::FromSeconds(60)) -or -not $read.Result -or -not $read.Result.StartsWith($prefix)) {
        throw 'RedHatApi.Sandbox did not report its URL within 60 s.'
    }

    $SandboxUrl = $read.Result.Substring($prefix.Length).Trim()
    [Console]::Error.WriteLine("Sandbox running at $SandboxUrl")
    # Keep reading, or the sandbox blocks once the pipe's buffer is full.
    $null = $sandboxProcess.StandardOutput.ReadToEndAsync()

    $global:LASTEXITCODE = 0
    & $Script @args
    $exitCode = $global:LASTEXITCODE
}
catch {
    [Console]::Error.WriteLine("ERROR: $_")
    $exitCode = 1
}
finally {
    if (-not $sandboxProcess.HasExited) { $sandboxProcess.Kill() }
    $sandboxProcess.Dispose()
}

exit $exitCode

# Shared setup for the Pester tests: import the built module and run RedHatApi.Sandbox as a child process.
Set-StrictMode -Version Latest

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path

function Import-RedHatApiBuild {
    Import-Module (Join-Path $script:RepoRoot 'out/RedHatApi/RedHatApi.psd1') -Force -ErrorAction Stop
}

function Start-RedHatApiSandbox {
    param([string[]] $ArgumentList = @(), [string] $Configuration = 'Release')
    $dll = Join-Path $script:RepoRoot "src/RedHatApi.Sandbox/bin/$Configuration/net10.0/RedHatApi.Sandbox.dll"
    if (-not (Test-Path $dll)) { $dll = Join-Path $script:RepoRoot 'src/RedHatApi.Sandbox/bin/Debug/net10.0/RedHatApi.Sandbox.dll' }
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $info.ArgumentList.Add($dll)
    foreach ($a in @('--port', '0') + $ArgumentList) { $info.ArgumentList.Add($a) }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $prefix = 'RedHatApi.Sandbox listening on '
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        if ($line.StartsWith($prefix)) {
            return [pscustomobject]@{ Url = [uri]$line.Substring($prefix.Length).Trim(); Process = $process }
        }
    }
    throw 'RedHatApi.Sandbox exited before it was ready.'
}

function Stop-RedHatApiSandbox {
    param([Parameter(Mandatory)] $Sandbox)
    if (-not $Sandbox.Process.HasExited) { $Sandbox.Process.Kill($true) }
}

function Invoke-SandboxControl {
    param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [string] $Path, [string] $Method = 'GET', $Body)
    $params = @{ Uri = [uri]::new($Sandbox.Url, $Path); Method = $Method }
    if ($PSBoundParameters.ContainsKey('Body')) { $params.Body = ($Body | ConvertTo-Json -Depth 5); $params.ContentType = 'application/json' }
    Invoke-RestMethod @params
}

# Every test file starts the same way: the built module, a fresh sandbox, optionally connected to it.
function Initialize-RedHatApiTestRun {
    param([switch] $Connect)
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    if ($Connect) { Connect-RedHatApi -Sandbox $sandbox.Url }
    $sandbox
}

function Complete-RedHatApiTestRun {
    param([Parameter(Mandatory)] $Sandbox)
    Disconnect-RedHatApi
    Stop-RedHatApiSandbox $Sandbox
}

Export-ModuleMember -Function Import-RedHatApiBuild, Start-RedHatApiSandbox, Stop-RedHatApiSandbox, Invoke-SandboxControl,
    Initialize-RedHatApiTestRun, Complete-RedHatApiTestRun

<#
.SYNOPSIS
    Where a cold module run spends its time: one fresh pwsh that records every JIT compilation (duration, namespace)
    and assembly load per step (Import-Module, Connect-RedHatApi -Sandbox, Get-RhsmSystem), plus the requests the
    sandbox saw. A diagnosis aid for docs/performance.md, not a timing (the recording itself slows the run down).
.EXAMPLE
    dotnet pwsh -NoProfile -File benchmarks/ColdStart/Trace-ColdStart.ps1
#>
[CmdletBinding()]
param(
    [string] $Module,
    [int] $Systems = 100,
    [int] $LatencyMs = 20,
    [switch] $InProcess
)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
if (-not $Module) { $Module = Join-Path $root 'out/RedHatApi/RedHatApi.psd1' }
$tracer = Join-Path $root 'benchmarks/RedHatApi.ColdLoop/bin/Release/net10.0/RedHatApi.ColdLoop.dll'

if ($InProcess) {
    # The child: the tracer loads before the clock starts, so only its event handling is inside the figures.
    $url = $env:REDHATAPI_TRACE_URL
    $null = [Reflection.Assembly]::LoadFrom($tracer)
    [RedHatApi.ColdLoop.StartupTrace]::Start()
    $sw = [Diagnostics.Stopwatch]::StartNew()
    [RedHatApi.ColdLoop.StartupTrace]::Mark('Import-Module')
    Import-Module $Module
    $t1 = $sw.Elapsed.TotalMilliseconds
    [RedHatApi.ColdLoop.StartupTrace]::Mark('Connect-RedHatApi -Sandbox')
    Connect-RedHatApi -Sandbox $url
    $t2 = $sw.Elapsed.TotalMilliseconds
    [RedHatApi.ColdLoop.StartupTrace]::Mark('Get-RhsmSystem')
    $n = 0
    Get-RhsmSystem | ForEach-Object { $n++ }
    $t3 = $sw.Elapsed.TotalMilliseconds
    "Steps (ms, with recording): import {0:F0}, connect {1:F0}, listing {2:F0} ({3} objects)" -f $t1, ($t2 - $t1), ($t3 - $t2), $n
    [RedHatApi.ColdLoop.StartupTrace]::Report()
    return
}

Import-Module (Join-Path $root 'tests/Pester/RedHatApi.TestHelpers.psm1')
$pwsh = Join-Path $PSHOME ($(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
$sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', "$Systems", '--latency-ms', "$LatencyMs"
try {
    $env:REDHATAPI_TRACE_URL = $sandbox.Url.AbsoluteUri
    & $pwsh -NoProfile -NonInteractive -File $PSCommandPath -InProcess -Module $Module
    'Requests the sandbox saw (time since the first, method, path):'
    $log = @(Invoke-SandboxControl $sandbox 'requests')
    $t0 = [DateTimeOffset]$log[0].at
    $log | ForEach-Object { '  +{0,5:F0} ms {1} {2} -> {3}' -f ([DateTimeOffset]$_.at - $t0).TotalMilliseconds, $_.method, $_.pathAndQuery, $_.status }
}
finally {
    Remove-Item Env:REDHATAPI_TRACE_URL -ErrorAction SilentlyContinue
    Stop-RedHatApiSandbox $sandbox
}

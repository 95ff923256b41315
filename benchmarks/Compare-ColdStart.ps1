<#
.SYNOPSIS
    Compares the cold start of two builds of RedHatApi: each run is a fresh pwsh that imports one build, connects to
    one shared sandbox and streams 100 RHSM systems, timing Import-Module, Connect-RedHatApi, the first object and the
    last object (process start excluded).
.DESCRIPTION
    Runs alternate between the two builds (A, B, A, B...), so machine load hits both alike; the medians are printed
    per step. Build both first (dotnet build RedHatApi.sln -c Release in each checkout). A measurement, never a test.
.EXAMPLE
    dotnet pwsh -NoProfile -File benchmarks/Compare-ColdStart.ps1 -Before ../old/out/RedHatApi/RedHatApi.psd1 -After out/RedHatApi/RedHatApi.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Before,
    [Parameter(Mandatory)] [string] $After,
    [ValidateRange(1, 50)] [int] $Runs = 6
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/RedHatApi.TestHelpers.psm1')
$sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '100'
# This pwsh's own executable (under `dotnet pwsh` the process is the dotnet host, not pwsh).
$pwsh = Join-Path $PSHOME ($(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
# The child's whole job: one line "import connect first last" in milliseconds since before Import-Module.
$job = {
    param($Module, $Url)
    $sw = [Diagnostics.Stopwatch]::StartNew()
    Import-Module $Module
    $import = $sw.Elapsed.TotalMilliseconds
    Connect-RedHatApi -Sandbox $Url
    $connect = $sw.Elapsed.TotalMilliseconds
    $first = $null
    Get-RhsmSystem -First 100 | ForEach-Object { if ($null -eq $first) { $first = $sw.Elapsed.TotalMilliseconds } }
    '{0:F0} {1:F0} {2:F0} {3:F0}' -f $import, $connect, $first, $sw.Elapsed.TotalMilliseconds
}

try {
    $samples = @{ Before = @(); After = @() }
    for ($i = 0; $i -lt $Runs; $i++) {
        foreach ($build in 'Before', 'After') {
            $module = (Resolve-Path (Get-Variable $build -ValueOnly)).Path
            $command = ("& {{ {0} }} '{1}' '{2}'" -f $job, $module, $sandbox.Url)
            $line = & $pwsh -NoProfile -NonInteractive -Command $command
            $samples[$build] += , ([double[]]($line -split ' '))
        }
    }

    $median = { param($values) $sorted = @($values | Sort-Object); ($sorted[[int][Math]::Floor(($sorted.Count - 1) / 2)] + $sorted[[int][Math]::Ceiling(($sorted.Count - 1) / 2)]) / 2 }
    $steps = 'Import', 'Import + Connect', 'First object', 'Last object'
    for ($s = 0; $s -lt $steps.Count; $s++) {
        [pscustomobject]@{
            Step     = $steps[$s]
            BeforeMs = & $median ($samples.Before | ForEach-Object { $_[$s] })
            AfterMs  = & $median ($samples.After | ForEach-Object { $_[$s] })
        }
    }
}
finally {
    Stop-RedHatApiSandbox $sandbox
}

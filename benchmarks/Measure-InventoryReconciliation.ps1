<#
.SYNOPSIS
    Measures Compare-RedHatInventory: a CMDB of -Count rows reconciled against -Count RHSM systems and about -Count
    console inventory hosts, with -LatencyMs of injected latency per request; time and peak memory.
.DESCRIPTION
    Starts one RedHatApi.Sandbox (--systems Count, --latency-ms LatencyMs, and enough extra inventory hosts that the
    inventory holds about Count hosts beside the recent RHSM systems), then runs each measurement in a fresh pwsh:
    Import-Module, Connect-RedHatApi -Sandbox, a CMDB built in memory (the sandbox's host names minus 5%, plus 5% it
    does not know), then Compare-RedHatInventory -Source Rhsm, Inventory timed with a stopwatch. Peak memory is the
    process's peak working set (VmHWM on Linux) measured before and after the comparison, plus the managed heap and
    the bytes allocated during it. Medians of -Runs runs go to the "Inventory reconciliation" section of
    docs/performance.md, between its markers, so the BenchmarkDotNet program's sections stay as they are.
    A measurement, never a test: run it on a quiet machine.
.EXAMPLE
    dotnet pwsh -NoProfile -File benchmarks/Measure-InventoryReconciliation.ps1 -Count 10000 -LatencyMs 20 -Runs 3
.EXAMPLE
    dotnet pwsh -NoProfile -File benchmarks/Measure-InventoryReconciliation.ps1 -Count 500 -Runs 1 -NoWrite
#>
[CmdletBinding()]
param(
    [ValidateRange(10, 1000000)] [int] $Count = 10000,
    [ValidateRange(0, 5000)] [int] $LatencyMs = 20,
    [ValidateRange(1, 20)] [int] $Runs = 3,
    [string] $Module = (Join-Path $PSScriptRoot '../out/RedHatApi/RedHatApi.psd1'),
    [switch] $NoWrite
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/RedHatApi.TestHelpers.psm1')

# The sandbox keeps an inventory host per RHSM system that checked in recently (about 85% of them); the extra hosts
# bring the inventory to about -Count, as in an estate where Satellite-only hosts report to the console too.
$extra = [int][Math]::Ceiling($Count * 0.15)
$sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', $Count, '--latency-ms', $LatencyMs, '--inventory-extra-hosts', $extra
$pwsh = Join-Path $PSHOME ($(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))

# The child's whole job; it prints one JSON line with its measurements.
$job = {
    param($Module, $Url, $Count)
    Import-Module $Module
    Connect-RedHatApi -Sandbox $Url | Out-Null

    # The sandbox names systems <role>-<env>-<nnn>.example.com in this order; the CMDB drops every 20th and adds
    # one host per 20 that no source knows.
    $roles = 'web', 'db', 'app', 'cache', 'mq', 'ldap', 'build', 'monitor'
    $envs = 'prod', 'stage', 'dev'
    $cmdb = [System.Collections.Generic.List[object]]::new($Count)
    for ($i = 0; $i -lt $Count; $i++) {
        $name = '{0}-{1}-{2:000}.example.com' -f $roles[$i % 8], $envs[[Math]::Floor($i / 8) % 3], ([Math]::Floor($i / 24) + 1)
        if ($i % 20 -eq 7) { $name = 'cmdb-only-{0:00000}.example.com' -f $i }
        if ($i % 20 -ne 13) { $cmdb.Add([pscustomobject]@{ hostname = $name; asset = "AT-$i" }) }
    }

    [GC]::Collect()
    $process = [Diagnostics.Process]::GetCurrentProcess()
    $process.Refresh()
    $peakBefore = $process.PeakWorkingSet64
    $allocatedBefore = [GC]::GetTotalAllocatedBytes($false)
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $verbose = $null
    $rows = Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname -Source Rhsm, Inventory -Verbose 4>&1 |
        ForEach-Object -Begin { $verbose = [System.Collections.Generic.List[string]]::new() } -Process {
            if ($_ -is [System.Management.Automation.VerboseRecord]) { if ($_.Message -match '^\w+: \d+ records read') { $verbose.Add($_.Message) } } else { $_ }
        }
    $seconds = $sw.Elapsed.TotalSeconds
    $allocated = [GC]::GetTotalAllocatedBytes($false) - $allocatedBefore
    $heap = [GC]::GetTotalMemory($false)
    $process.Refresh()
    [pscustomobject]@{
        Seconds        = $seconds
        Rows           = @($rows).Count
        Reads          = $verbose -join '; '
        PeakBeforeMB   = $peakBefore / 1MB
        PeakAfterMB    = $process.PeakWorkingSet64 / 1MB
        HeapAtEndMB    = $heap / 1MB
        AllocatedMB    = $allocated / 1MB
        Statuses       = (@($rows) | Group-Object Status | Sort-Object Name | ForEach-Object { '{0} {1}' -f $_.Name, $_.Count }) -join ', '
    } | ConvertTo-Json -Compress
}

try {
    $module = (Resolve-Path -LiteralPath $Module).Path
    $results = foreach ($run in 1..$Runs) {
        $command = ("& {{ {0} }} '{1}' '{2}' {3}" -f $job, $module, $sandbox.Url, $Count)
        $line = & $pwsh -NoProfile -NonInteractive -Command $command | Select-Object -Last 1
        if ($LASTEXITCODE -ne 0 -or -not $line) { throw "Run $run failed: $line" }
        $result = $line | ConvertFrom-Json
        Write-Host ('Run {0}: {1:N2} s, {2} rows, peak working set {3:N0} MB (before {4:N0} MB), heap at end {5:N1} MB, allocated {6:N0} MB' -f
            $run, $result.Seconds, $result.Rows, $result.PeakAfterMB, $result.PeakBeforeMB, $result.HeapAtEndMB, $result.AllocatedMB)
        $result
    }
}
finally {
    Stop-RedHatApiSandbox $sandbox
}

function Median([double[]] $values) {
    $sorted = $values | Sort-Object
    $sorted[[Math]::Floor(($sorted.Count - 1) / 2)]
}

$last = $results[-1]
$section = @(
    '<!-- inventory-reconciliation:begin (written by benchmarks/Measure-InventoryReconciliation.ps1) -->'
    ('## Inventory reconciliation: {0:N0} CMDB rows, RHSM and the console inventory, {1} ms latency' -f $Count, $LatencyMs)
    ''
    ('`Compare-RedHatInventory -Source Rhsm, Inventory` in a fresh pwsh per run against one RedHatApi.Sandbox; median of {0} run(s). Sources read: {1}.' -f $Runs, ($last.Reads -replace '\.(;|$)', '$1'))
    ''
    '| Seconds | Rows | Peak working set before (MB) | Peak working set after (MB) | Managed heap at end (MB) | Allocated during the comparison (MB) |'
    '|---|---|---|---|---|---|'
    ('| {0:N2} | {1:N0} | {2:N0} | {3:N0} | {4:N1} | {5:N0} |' -f (Median $results.Seconds), $last.Rows, (Median $results.PeakBeforeMB), (Median $results.PeakAfterMB), (Median $results.HeapAtEndMB), (Median $results.AllocatedMB))
    ''
    ('Statuses of the last run: {0}.' -f $last.Statuses)
    '<!-- inventory-reconciliation:end -->'
) -join "`n"
$section

if (-not $NoWrite) {
    $path = Join-Path $PSScriptRoot '../docs/performance.md'
    $text = (Get-Content -LiteralPath $path -Raw) -replace "`r`n", "`n"
    $pattern = '(?s)<!-- inventory-reconciliation:begin.*?<!-- inventory-reconciliation:end -->'
    $text = if ($text -match $pattern) { [regex]::Replace($text, $pattern, { $section }) } else { $text.TrimEnd() + "`n`n" + $section + "`n" }
    Set-Content -LiteralPath $path -Value $text.TrimEnd() -NoNewline
    Add-Content -LiteralPath $path -Value ''
}

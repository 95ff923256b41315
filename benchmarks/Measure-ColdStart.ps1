<#
.SYNOPSIS
    Measures a scheduled job's whole cold run, from Import-Module to its last object, against the hand-written loops it
    replaces, and optionally rewrites the cold-start section of docs/performance.md.
.DESCRIPTION
    Two jobs, each against its own RedHatApi.Sandbox process (20 ms latency on every API and SSO request by default):
      - the small job, 100 RHSM systems;
      - the big job, 5,000 RHSM systems, 100 per page.
    Per job and run, three fresh processes, in an order that rotates from run to run (so machine load hits all alike):
      - module:     a fresh pwsh (this pwsh's own executable: the pinned dotnet tool under `dotnet pwsh`) runs
                    ColdStart/Invoke-ModuleJob.ps1: Import-Module, Connect-RedHatApi -Sandbox, Get-RhsmSystem, then
                    the same Connect + listing again in the same process (the warm figure);
      - HttpClient: a fresh `dotnet RedHatApi.ColdLoop.dll`: token grant, then pages one by one until a short page;
      - curl:       a fresh bash running ColdStart/curl-loop.sh: curl + jq per request.
    Process start is excluded from every figure: each child starts its clock on its own first line (pwsh: before
    Import-Module; the C# loop: first line of Main; bash: EPOCHREALTIME) and reports times relative to it. What is
    included is everything the job itself pays: module load, JIT, dependency loads, connections, every curl and jq start.
    Reports medians per job and method. Build first: dotnet build RedHatApi.sln -c Release. A measurement, never a test.
.PARAMETER Runs
    Runs per job and method; 5 by default (about 2 minutes on an idle 2-core machine).
.PARAMETER Baseline
    Another build's RedHatApi.psd1, measured as a fourth method in the same rotation (a before/after comparison).
.PARAMETER SmallOnly
    Only the small job: a quicker before/after comparison with -Baseline.
.PARAMETER UpdateDoc
    Rewrites the generated cold-start section of docs/performance.md (between its begin and end markers).
.EXAMPLE
    dotnet pwsh -NoProfile -File benchmarks/Measure-ColdStart.ps1 -UpdateDoc
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 50)] [int] $Runs = 5,
    [int] $SmallSystems = 100,
    [int] $BigSystems = 5000,
    [int] $LatencyMs = 20,
    [int] $PageSize = 100,
    [string] $Module,
    [string] $Baseline,
    [switch] $SmallOnly,
    [switch] $UpdateDoc
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
if (-not $Module) { $Module = Join-Path $root 'out/RedHatApi/RedHatApi.psd1' }
$Module = (Resolve-Path $Module).Path
$coldLoop = Join-Path $root 'benchmarks/RedHatApi.ColdLoop/bin/Release/net10.0/RedHatApi.ColdLoop.dll'
if (-not (Test-Path $coldLoop)) { throw "$coldLoop is missing: run dotnet build RedHatApi.sln -c Release first." }
foreach ($tool in 'curl', 'jq', 'bash') {
    if (-not (Get-Command $tool -CommandType Application -ErrorAction SilentlyContinue)) { throw "$tool is not on PATH; the shell loop needs it." }
}

Import-Module (Join-Path $root 'tests/Pester/RedHatApi.TestHelpers.psm1')
# This pwsh's own executable (under `dotnet pwsh` the process is the dotnet host, not pwsh).
$pwsh = Join-Path $PSHOME ($(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
$invariant = [Globalization.CultureInfo]::InvariantCulture

function ConvertTo-Numbers([string] $Line) {
    , [double[]]($Line.Trim() -split ' ' | ForEach-Object { [double]::Parse($_, $invariant) })
}

function Invoke-Method([string] $Method, $Sandbox, [string] $OfflineToken) {
    $url = $Sandbox.Url.AbsoluteUri
    switch -Regex ($Method) {
        'Module|Baseline' {
            $manifest = if ($Method -eq 'Baseline') { $Baseline } else { $Module }
            $line = & $pwsh -NoProfile -NonInteractive -File (Join-Path $PSScriptRoot 'ColdStart/Invoke-ModuleJob.ps1') -Module $manifest -Url $url -PageSize $PageSize
            $v = ConvertTo-Numbers ($line | Select-Object -Last 1)
            $step = { param($i) [pscustomobject]@{ CpuMs = $v[8 + 4 * $i]; JitMs = $v[9 + 4 * $i]; JitMethods = $v[10 + 4 * $i]; Assemblies = $v[11 + 4 * $i] } }
            [pscustomobject]@{
                Import = $v[0]; Connect = $v[1]; First = $v[2]; Last = $v[3]
                WarmConnect = $v[4]; WarmFirst = $v[5]; WarmLast = $v[6]; Objects = $v[7]
                Marks = @(0..3 | ForEach-Object { & $step $_ })
            }
        }
        'HttpClient' {
            $v = ConvertTo-Numbers (& dotnet $coldLoop $url $OfflineToken $PageSize)
            [pscustomobject]@{ First = $v[0]; Last = $v[1]; Objects = $v[2] }
        }
        'Curl' {
            $v = ConvertTo-Numbers (& bash (Join-Path $PSScriptRoot 'ColdStart/curl-loop.sh') $url $OfflineToken $PageSize)
            [pscustomobject]@{ First = $v[0]; Last = $v[1]; Objects = $v[2] }
        }
    }
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    ($sorted[[int][Math]::Floor(($sorted.Count - 1) / 2)] + $sorted[[int][Math]::Ceiling(($sorted.Count - 1) / 2)]) / 2
}

$methods = @('Module', 'HttpClient', 'Curl')
if ($Baseline) {
    $Baseline = (Resolve-Path $Baseline).Path
    $methods += 'Baseline'
}
$jobs = [ordered]@{ Small = $SmallSystems; Big = $BigSystems }
if ($SmallOnly) {
    if ($UpdateDoc) { throw '-UpdateDoc needs both jobs.' }
    $jobs.Remove('Big')
}
$samples = @{}
$controlCalls = @{}
foreach ($job in $jobs.Keys) {
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', "$($jobs[$job])", '--latency-ms', "$LatencyMs"
    try {
        $offline = (Get-SandboxCredential $sandbox).RhsmOfflineTokenText
        for ($run = 0; $run -lt $Runs; $run++) {
            for ($k = 0; $k -lt $methods.Count; $k++) {
                $method = $methods[($run + $k) % $methods.Count]
                $null = Invoke-SandboxControl $sandbox 'requests' -Method DELETE -ErrorAction SilentlyContinue
                $result = Invoke-Method $method $sandbox $offline
                if ($result.Objects -ne $jobs[$job]) { throw "$method listed $($result.Objects) of $($jobs[$job]) systems." }
                if ($method -eq 'Module') {
                    # What the module sent in the cold half of its run (the warm half repeats it): control calls, grants, pages.
                    $log = @(Invoke-SandboxControl $sandbox 'requests')
                    $controlCalls[$job] = $log
                }

                $samples["$job/$method"] += @($result)
                Write-Verbose ("{0} {1} run {2}: last object {3:F0} ms" -f $job, $method, $run, $result.Last)
            }
        }
    }
    finally {
        Stop-RedHatApiSandbox $sandbox
    }
}

$rows = foreach ($job in $jobs.Keys) {
    $curl = Get-Median ($samples["$job/Curl"].Last)
    $http = Get-Median ($samples["$job/HttpClient"].Last)
    foreach ($method in $methods) {
        $s = $samples["$job/$method"]
        $last = Get-Median $s.Last
        [pscustomobject]@{
            Job          = $job
            Systems      = $jobs[$job]
            Method       = $method
            ImportMs     = if ($method -match 'Module|Baseline') { Get-Median $s.Import } else { $null }
            ConnectMs    = if ($method -match 'Module|Baseline') { Get-Median $s.Connect } else { $null }
            FirstMs      = Get-Median $s.First
            LastMs       = $last
            WarmMs       = if ($method -match 'Module|Baseline') { Get-Median $s.WarmLast } else { $null }
            PerCurl      = $last / $curl
            PerHttpClient = $last / $http
        }
    }
}

# The cold module run step by step (small job): time, CPU, JIT and assemblies each step added.
function Get-Steps([string] $Method) {
    $runs = $samples["Small/$Method"]
    $names = 'Import-Module', 'Connect-RedHatApi -Sandbox', "Get-RhsmSystem ($SmallSystems systems)"
    $ends = 'Import', 'Connect', 'Last'
    for ($i = 0; $i -lt 3; $i++) {
        $delta = { param($name) Get-Median ($runs | ForEach-Object { $_.Marks[$i + 1].$name - $_.Marks[$i].$name }) }
        [pscustomobject]@{
            Build      = $Method
            Step       = $names[$i]
            Ms         = Get-Median ($runs | ForEach-Object { $_.($ends[$i]) - $(if ($i -eq 0) { 0 } else { $_.($ends[$i - 1]) }) })
            CpuMs      = & $delta 'CpuMs'
            JitMs      = & $delta 'JitMs'
            JitMethods = & $delta 'JitMethods'
            Assemblies = & $delta 'Assemblies'
        }
    }
}

$steps = @(Get-Steps 'Module')
if ($Baseline) { $steps += Get-Steps 'Baseline' }

$rows | Format-Table -AutoSize | Out-Host
$steps | Format-Table -AutoSize | Out-Host
$requests = @($controlCalls['Small'] | Where-Object { $_ })
$requestSummary = ($requests | Group-Object { ($_.pathAndQuery -split '\?')[0] } | ForEach-Object { '{0} x{1}' -f $_.Name, $_.Count }) -join ', '
Write-Host "Requests of one module run (small job, cold and warm halves): $requestSummary"

if ($UpdateDoc) {
    $f = { param($v) if ($null -eq $v) { '' } else { $v.ToString('N0', $invariant) } }
    $r = { param($v) $v.ToString('0.00', $invariant) }
    $get = { param($job, $method) $rows | Where-Object { $_.Job -eq $job -and $_.Method -eq $method } }
    $goal = { param($value, $limit) if ($value -le $limit) { 'met' } else { 'missed' } }
    $smallModule = & $get 'Small' 'Module'
    $bigModule = & $get 'Big' 'Module'
    $md = [Text.StringBuilder]::new()
    $null = $md.AppendLine('<!-- cold-start:begin (written by benchmarks/Measure-ColdStart.ps1 -UpdateDoc) -->')
    $null = $md.AppendLine('## Cold start: a scheduled job in a fresh process')
    $null = $md.AppendLine()
    $null = $md.AppendLine(('Measured by `dotnet pwsh -NoProfile -File benchmarks/Measure-ColdStart.ps1 -UpdateDoc`: median of {0} runs per job and method, one fresh process per run ({1} for the module), rotating order, {2} ms latency on every request, {3} per page. Process start is excluded: each process times from its own first line. Warm is the same Connect + listing again in the same pwsh.' -f $Runs, "PowerShell $($PSVersionTable.PSVersion)", $LatencyMs, $PageSize))
    if (Test-Path /proc/loadavg) {
        $null = $md.AppendLine()
        $null = $md.AppendLine(('Load average when the runs ended: {0} on {1} cores (other work on the machine inflates wall times; CPU and JIT counts below much less).' -f ((Get-Content /proc/loadavg) -split ' ')[0], [Environment]::ProcessorCount))
    }

    $null = $md.AppendLine()
    $null = $md.AppendLine('| Job | Method | Import (ms) | + Connect (ms) | First object (ms) | Last object, cold (ms) | Warm (ms) | ÷ curl loop | ÷ HttpClient loop |')
    $null = $md.AppendLine('|---|---|---|---|---|---|---|---|---|')
    foreach ($row in $rows) {
        $label = @{ Module = 'Import + Connect-RedHatApi + Get-RhsmSystem'; Baseline = 'the same, baseline build'; HttpClient = 'cold C# HttpClient loop (sequential)'; Curl = 'curl + jq loop' }[$row.Method]
        $null = $md.AppendLine(('| {0:N0} systems | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8} |' -f $row.Systems, $label, (& $f $row.ImportMs), (& $f $row.ConnectMs), (& $f $row.FirstMs), (& $f $row.LastMs), (& $f $row.WarmMs), (& $r $row.PerCurl), (& $r $row.PerHttpClient)))
    }

    $null = $md.AppendLine()
    $null = $md.AppendLine('| Goal | Target | Measured | |')
    $null = $md.AppendLine('|---|---|---|---|')
    $null = $md.AppendLine(('| Small job: module ÷ cold HttpClient loop | ≤ 1.5 | {0} | {1} |' -f (& $r $smallModule.PerHttpClient), (& $goal $smallModule.PerHttpClient 1.5)))
    $null = $md.AppendLine(('| Big job: module ÷ curl + jq loop | ≤ 0.25 | {0} | {1} |' -f (& $r $bigModule.PerCurl), (& $goal $bigModule.PerCurl 0.25)))
    $null = $md.AppendLine(('| Big job: module ÷ cold HttpClient loop | ≤ 0.6 | {0} | {1} |' -f (& $r $bigModule.PerHttpClient), (& $goal $bigModule.PerHttpClient 0.6)))
    $null = $md.AppendLine(('| Import-Module in a fresh pwsh | ≤ 120 ms | {0} ms | {1} |' -f (& $f $smallModule.ImportMs), (& $goal $smallModule.ImportMs 120)))
    $null = $md.AppendLine()
    $null = $md.AppendLine('The small job''s cold module run step by step (CPU, JIT and assemblies: what the step added to the whole process, all threads):')
    $null = $md.AppendLine()
    $null = $md.AppendLine('| Build | Step | ms | CPU (ms) | JIT (ms) | Methods JIT-compiled | Assemblies loaded |')
    $null = $md.AppendLine('|---|---|---|---|---|---|---|')
    foreach ($step in $steps) {
        $null = $md.AppendLine(('| {0} | {1} | {2} | {3} | {4} | {5} | {6} |' -f $step.Build, $step.Step, (& $f $step.Ms), (& $f $step.CpuMs), (& $f $step.JitMs), (& $f $step.JitMethods), (& $f $step.Assemblies)))
    }

    $null = $md.AppendLine()
    $null = $md.AppendLine("Requests one small-job module run sent (cold and warm halves): $requestSummary.")
    $null = $md.AppendLine('<!-- cold-start:end -->')

    $path = Join-Path $root 'docs/performance.md'
    $text = [IO.File]::ReadAllText($path)
    $section = $md.ToString().TrimEnd()
    $pattern = '(?s)<!-- cold-start:begin.*?<!-- cold-start:end -->'
    $text = if ($text -match $pattern) { [regex]::Replace($text, $pattern, { param($m) $section }) } else { $text.TrimEnd() + "`n`n" + $section + "`n" }
    [IO.File]::WriteAllText($path, $text)
    Write-Host "Updated $path"
}

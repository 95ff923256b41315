# One cold module run, started by Measure-ColdStart.ps1 in a fresh pwsh: Import-Module, Connect-RedHatApi -Sandbox,
# then every RHSM system, timed from this script's first line (so the pwsh process start is excluded). Then the same
# Connect + listing again in the same process: the warm figure. Prints one line of numbers:
#   import connect first last | warmConnect warmFirst warmLast | objects | cpuMs jitMs jitMethods assemblies at each step
# CPU, JIT and assembly figures are cumulative for the process (pwsh's own start included), so only the differences
# between steps mean anything.
param(
    [Parameter(Mandatory)] [string] $Module,
    [Parameter(Mandatory)] [string] $Url,
    [int] $PageSize = 100
)

$sw = [Diagnostics.Stopwatch]::StartNew()
$marks = [Collections.Generic.List[double]]::new()
$process = [Diagnostics.Process]::GetCurrentProcess()
$mark = {
    $process.Refresh()
    $marks.Add($process.TotalProcessorTime.TotalMilliseconds)
    $marks.Add([Runtime.JitInfo]::GetCompilationTime($false).TotalMilliseconds)
    $marks.Add([Runtime.JitInfo]::GetCompiledMethodCount($false))
    $marks.Add([AppDomain]::CurrentDomain.GetAssemblies().Count)
}
& $mark
Import-Module $Module
$import = $sw.Elapsed.TotalMilliseconds
& $mark
Connect-RedHatApi -Sandbox $Url
$connect = $sw.Elapsed.TotalMilliseconds
& $mark
$first = -1.0
$n = 0
Get-RhsmSystem -PageSize $PageSize | ForEach-Object { if ($n++ -eq 0) { $first = $sw.Elapsed.TotalMilliseconds } }
$last = $sw.Elapsed.TotalMilliseconds
& $mark

$warm = [Diagnostics.Stopwatch]::StartNew()
Connect-RedHatApi -Sandbox $Url
$warmConnect = $warm.Elapsed.TotalMilliseconds
$warmFirst = -1.0
$m = 0
Get-RhsmSystem -PageSize $PageSize | ForEach-Object { if ($m++ -eq 0) { $warmFirst = $warm.Elapsed.TotalMilliseconds } }
$warmLast = $warm.Elapsed.TotalMilliseconds
if ($m -ne $n) { throw "The warm listing returned $m objects, the cold one $n." }

(@($import, $connect, $first, $last, $warmConnect, $warmFirst, $warmLast, $n) + $marks |
    ForEach-Object { ([double]$_).ToString('F1', [Globalization.CultureInfo]::InvariantCulture) }) -join ' '

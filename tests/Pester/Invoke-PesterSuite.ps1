<#
.SYNOPSIS
    Runs RedHatApi's Pester files with the pinned Pester from the NuGet cache, against the built module.
.DESCRIPTION
    The one way the Pester tests run: `dotnet test` runs each *.Tests.ps1 file through this script in its own
    `dotnet pwsh` (see tests/RedHatApi.Tests/Pester/PesterSuiteTests.cs), and `build.ps1 -Task Test` runs the whole
    folder through it. No PowerShell gallery is involved: Pester is the NuGet package that restoring
    tests/RedHatApi.Tests downloads (its PackageDownload holds the version), found in the NuGet global packages
    folder ($env:NUGET_PACKAGES, else `dotnet nuget locals global-packages --list`).

    The tests import out/RedHatApi and start src/RedHatApi.Sandbox from the build, so build first
    (`dotnet build RedHatApi.sln -c Release`).

    Exit codes: 0 when every test passed, 1 when a test, a block's setup or a file failed (or no test matched the
    tags), 2 when Pester cannot be found. Works on Windows PowerShell 5.1 and PowerShell 7.
.PARAMETER Path
    Test files or folders. Default: every *.Tests.ps1 in this folder.
.PARAMETER Tag
    Pester tags to run. Default: Unit, and Live too when REDHAT_OFFLINE_TOKEN is set.
.PARAMETER Configuration
    The build the tests use (Release or Debug); sets REDHATAPI_TEST_CONFIGURATION for RedHatApi.TestHelpers.psm1.
.PARAMETER PesterPath
    Pester.psd1 to import, when the caller has found it already. Default: from the NuGet cache.
.PARAMETER ResultPath
    Writes a JSON summary there: counts and, for every failed test, block or file, its name, message and location.
.PARAMETER TestResultPath
    Writes Pester's NUnit XML report there.
.PARAMETER Probe
    Only finds Pester and prints the path of Pester.psd1 (exit code 2 and the reason when it is missing).
.PARAMETER Serve
    Stays running and runs one file per JSON line read from stdin (see the end of this script); the xunit suite
    uses it so that pwsh, Pester and the module start once per worker, not once per file.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1 -Path tests/Pester/Get-RhsmSystem.Tests.ps1
#>
[CmdletBinding()]
param(
    [string[]] $Path,
    [string[]] $Tag,
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration,
    [string] $PesterPath,
    [string] $ResultPath,
    [string] $TestResultPath,
    [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')]
    [string] $Verbosity = 'Normal',
    [switch] $Probe,
    [switch] $Serve
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$repoRoot = [System.IO.Path]::GetFullPath((Join-Path (Join-Path $PSScriptRoot '..') '..'))
$testProject = Join-Path $repoRoot 'tests/RedHatApi.Tests/RedHatApi.Tests.csproj'

function Get-PinnedPesterVersion {
    # The test project's PackageDownload is the one place the Pester version is written down.
    [xml] $project = Get-Content -LiteralPath $testProject -Raw
    $download = @($project.Project.ItemGroup | ForEach-Object { $_.ChildNodes } |
        Where-Object { $_.LocalName -eq 'PackageDownload' -and $_.GetAttribute('Include') -eq 'Pester' })
    if ($download.Count -ne 1) {
        throw "$testProject has no PackageDownload of Pester."
    }

    $download[0].GetAttribute('Version').Trim('[', ']', ' ')
}

function Get-NuGetPackageFolder {
    if ($env:NUGET_PACKAGES) { return $env:NUGET_PACKAGES }

    # Honours nuget.config (globalPackagesFolder) the way restore did.
    $listed = $null
    try {
        $listed = & dotnet nuget locals global-packages --list 2>$null |
            Where-Object { $_ -match '^\s*global-packages:\s*(.+?)\s*$' } | ForEach-Object { $Matches[1] } | Select-Object -First 1
    }
    catch [System.Management.Automation.CommandNotFoundException] {
        Write-Verbose 'dotnet is not on PATH; using the default NuGet packages folder.'
    }

    if ($listed) { return $listed }
    Join-Path (Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget') 'packages'
}

function Find-Pester {
    $version = Get-PinnedPesterVersion
    $folder = Get-NuGetPackageFolder
    $manifest = Join-Path (Join-Path (Join-Path (Join-Path $folder 'pester') $version) 'tools') 'Pester.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) {
        return [pscustomobject]@{ Path = $null; Version = $version; Reason = "Pester $version is not in the NuGet cache ($manifest is missing): run dotnet restore RedHatApi.sln, which downloads it for tests/RedHatApi.Tests." }
    }

    [pscustomobject]@{ Path = $manifest; Version = $version; Reason = $null }
}

function Get-ErrorText {
    # Pester adds DisplayErrorMessage and DisplayStackTrace to the error records it keeps.
    param($ErrorRecord)

    $messages = @($ErrorRecord | ForEach-Object {
        if ($_.PSObject.Properties['DisplayErrorMessage'] -and $_.DisplayErrorMessage) { $_.DisplayErrorMessage } else { "$_" }
    })
    $locations = @($ErrorRecord | ForEach-Object {
        if ($_.PSObject.Properties['DisplayStackTrace'] -and $_.DisplayStackTrace) { $_.DisplayStackTrace }
    })
    [pscustomobject]@{
        Message  = ($messages -join [Environment]::NewLine)
        Location = ($locations -join [Environment]::NewLine)
    }
}

if ($PesterPath) {
    $pester = [pscustomobject]@{ Path = $PesterPath; Version = $null; Reason = $null }
    if (-not (Test-Path -LiteralPath $PesterPath)) { $pester.Reason = "$PesterPath does not exist." }
}
else {
    $pester = Find-Pester
}

if ($pester.Reason) {
    [Console]::Error.WriteLine($pester.Reason)
    exit 2
}

if ($Probe) {
    $pester.Path
    exit 0
}

if (-not $Tag) {
    $Tag = @('Unit')
    if ($env:REDHAT_OFFLINE_TOKEN) { $Tag += 'Live' }
}

if ($Configuration) { $env:REDHATAPI_TEST_CONFIGURATION = $Configuration }
# The built layout first on the module path, so that nothing installed elsewhere stands in for RedHatApi.
$env:PSModulePath = (Join-Path $repoRoot 'out') + [System.IO.Path]::PathSeparator + $env:PSModulePath
$plainText = [Console]::IsOutputRedirected
if ($plainText -and (Get-Variable -Name PSStyle -ErrorAction SilentlyContinue)) {
    # Captured by a test runner or a CI log: colour escapes would only garble it.
    $PSStyle.OutputRendering = 'PlainText'
}

# By path: an older Pester that ships with Windows PowerShell must not answer instead.
Import-Module -Name $pester.Path -Force

function Invoke-PesterRun {
    # One Invoke-Pester run; writes the JSON summary and returns 0 (all passed) or 1.
    param([string[]] $RunPath, [string[]] $RunTag, [string] $RunResultPath, [string] $RunTestResultPath)

    # The test files run in scopes below this one and would inherit this script's strictness: give them what a
    # user's fresh shell has (no strict mode, errors that do not stop), as `Invoke-Pester` typed at a prompt does.
    Set-StrictMode -Off
    $ErrorActionPreference = 'Continue'

    $config = New-PesterConfiguration
    $config.Run.Path = $RunPath
    $config.Run.PassThru = $true
    $config.Filter.Tag = $RunTag
    $config.Output.Verbosity = $Verbosity
    if ($plainText) { $config.Output.RenderMode = 'Plaintext' }
    if ($RunTestResultPath) {
        $config.TestResult.Enabled = $true
        $config.TestResult.OutputPath = $RunTestResultPath
    }

    $result = Invoke-Pester -Configuration $config
    Set-StrictMode -Version Latest
    $ErrorActionPreference = 'Stop'

    $failures = New-Object System.Collections.Generic.List[object]
    foreach ($container in @($result.FailedContainers)) {
        $text = Get-ErrorText $container.ErrorRecord
        $failures.Add([pscustomobject]@{ Kind = 'File'; Name = [string]$container.Item; Message = $text.Message; Location = $text.Location })
    }

    foreach ($block in @($result.FailedBlocks)) {
        $text = Get-ErrorText $block.ErrorRecord
        $failures.Add([pscustomobject]@{ Kind = 'Block'; Name = $block.ExpandedPath; Message = $text.Message; Location = $text.Location })
    }

    foreach ($test in @($result.Failed)) {
        $text = Get-ErrorText $test.ErrorRecord
        if (-not $text.Message) { $text.Message = 'No error of its own: the setup of its block or file failed (see above).' }
        $failures.Add([pscustomobject]@{ Kind = 'Test'; Name = $test.ExpandedPath; Message = $text.Message; Location = $text.Location })
    }

    $ran = $result.PassedCount + $result.FailedCount + $result.SkippedCount + $result.InconclusiveCount
    if ($ran -eq 0 -and $failures.Count -eq 0) {
        # A file whose tests all miss the tags proves nothing; say so instead of passing quietly.
        $failures.Add([pscustomobject]@{ Kind = 'File'; Name = ($RunPath -join ', '); Message = "No test is tagged $($RunTag -join ' or ')."; Location = '' })
    }

    # ToArray: @() around an empty generic list fails inside a hashtable literal in PowerShell 7.6.
    $summary = [ordered]@{
        pester       = [string](Get-Module Pester).Version
        powershell   = [string]$PSVersionTable.PSVersion
        tags         = @($RunTag)
        passed       = $result.PassedCount
        failed       = $result.FailedCount
        skipped      = $result.SkippedCount
        inconclusive = $result.InconclusiveCount
        notRun       = $result.NotRunCount
        # Files and blocks that failed outside any test (discovery, BeforeAll, AfterAll).
        errors       = @($failures | Where-Object { $_.Kind -ne 'Test' }).Count
        seconds      = [math]::Round($result.Duration.TotalSeconds, 1)
        failures     = $failures.ToArray()
        skippedTests = @($result.Skipped | ForEach-Object { $_.ExpandedPath })
    }

    if ($RunResultPath) {
        $json = ConvertTo-Json -InputObject $summary -Depth 5
        [System.IO.File]::WriteAllText($RunResultPath, $json, (New-Object System.Text.UTF8Encoding $false))
    }

    Write-Host ("Pester {0} under PowerShell {1} ({2}): {3} passed, {4} failed, {5} skipped, {6} not run" -f
        $summary.pester, $summary.powershell, ($RunTag -join ', '), $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.NotRunCount)
    if ($failures.Count -gt 0) { 1 } else { 0 }
}

if ($Serve) {
    # One request per input line, {"Path": "...", "Tag": ["Unit"], "ResultPath": "..."}; after each run a line
    # "##redhatapi-pester-done <exit code>" on stdout. Starting pwsh, Pester and the module once instead of once per
    # file saves several CPU-seconds per file. Each file is its own Invoke-Pester run, as when the folder is run.
    $home0 = (Get-Location).ProviderPath
    while ($null -ne ($line = [Console]::In.ReadLine())) {
        if (-not $line.Trim()) { continue }
        $request = ConvertFrom-Json -InputObject $line
        $code = 1
        try {
            $code = Invoke-PesterRun -RunPath $request.Path -RunTag $request.Tag -RunResultPath $request.ResultPath
        }
        catch {
            Write-Host "The Pester run failed: $_"
        }
        finally {
            # What a file leaves behind must not reach the next one.
            Set-Location -LiteralPath $home0
            Get-Module RedHatApi.TestHelpers | Remove-Module -Force
        }

        [Console]::Out.WriteLine("##redhatapi-pester-done $code")
        [Console]::Out.Flush()
    }

    exit 0
}

if (-not $Path) { $Path = @($PSScriptRoot) }
exit (Invoke-PesterRun -RunPath $Path -RunTag $Tag -RunResultPath $ResultPath -RunTestResultPath $TestResultPath)

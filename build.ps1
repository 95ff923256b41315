<#
.SYNOPSIS
    Builds, tests, documents and packages RedHatApi. Works on Windows PowerShell 5.1 and PowerShell 7.
.EXAMPLE
    ./build.ps1                      # build out/RedHatApi
    ./build.ps1 -Task Test -Bootstrap
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Docs', 'Analyze', 'Package', 'Clean')]
    [string[]] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    [switch] $Bootstrap
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$module = Join-Path $out 'RedHatApi'

function Invoke-Native {
    param([Parameter(Mandatory)] [string] $FilePath, [string[]] $ArgumentList = @())
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE" }
}

function Install-Pinned {
    param([string] $Name, [string] $Version)
    if (Get-Module -ListAvailable -Name $Name | Where-Object { $_.Version -eq [version]$Version }) { return }
    if (Get-Command Install-PSResource -ErrorAction SilentlyContinue) {
        Install-PSResource -Name $Name -Version $Version -Scope CurrentUser -TrustRepository
    }
    else {
        Install-Module -Name $Name -RequiredVersion $Version -Scope CurrentUser -Force -SkipPublisherCheck
    }
}

if ($Bootstrap) {
    Install-Pinned -Name Pester -Version '5.7.1'
    Install-Pinned -Name Microsoft.PowerShell.PlatyPS -Version '1.0.1'
}

foreach ($step in $Task) {
    switch ($step) {
        'Clean' {
            if (Test-Path $out) { Remove-Item $out -Recurse -Force }
            Invoke-Native dotnet @('clean', (Join-Path $root 'RedHatApi.sln'), '-c', $Configuration)
        }
        'Build' {
            Invoke-Native dotnet @('build', (Join-Path $root 'RedHatApi.sln'), '-c', $Configuration)
        }
        'Test' {
            Invoke-Native dotnet @('build', (Join-Path $root 'RedHatApi.sln'), '-c', $Configuration)
            Invoke-Native dotnet @('test', (Join-Path $root 'RedHatApi.sln'), '-c', $Configuration, '--no-build')
            # Pester runs in a child process with a clean module path, so the built layout is what gets imported.
            $tags = "'Unit'"
            if ($env:REDHAT_OFFLINE_TOKEN) { $tags = "'Unit','Live'" }
            $pester = "`$env:PSModulePath = '$out' + [IO.Path]::PathSeparator + `$env:PSModulePath; " +
                "`$c = New-PesterConfiguration; `$c.Run.Path = '$(Join-Path $root 'tests/Pester')'; `$c.Filter.Tag = @($tags); " +
                "`$c.Run.Exit = `$true; `$c.Output.Verbosity = 'Detailed'; Invoke-Pester -Configuration `$c"
            $hosts = @('pwsh')
            if ($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') { $hosts += 'powershell.exe' }
            foreach ($shell in $hosts) {
                if (Get-Command $shell -ErrorAction SilentlyContinue) {
                    Invoke-Native $shell @('-NoProfile', '-NonInteractive', '-Command', $pester)
                }
            }
        }
        'Docs' {
            Import-Module Microsoft.PowerShell.PlatyPS -ErrorAction Stop
            $help = Join-Path $module 'en-US'
            New-Item -ItemType Directory -Force -Path $help | Out-Null
            $files = Get-ChildItem (Join-Path $root 'docs/en-US') -Filter '*.md' | Where-Object { $_.Name -notlike 'about_*' }
            $files.FullName | Import-MarkdownCommandHelp | Export-MamlCommandHelp -OutputFolder $help -Force | Out-Null
            Copy-Item (Join-Path $root 'docs/en-US/about_RedHatApi.help.txt') $help -Force
        }
        'Analyze' {
            if (Get-Module -ListAvailable PSScriptAnalyzer) {
                $issues = Invoke-ScriptAnalyzer -Path (Join-Path $root 'build.ps1'), (Join-Path $root 'tests/Pester') -Recurse
                $issues | Format-Table -AutoSize
                if ($issues | Where-Object Severity -eq 'Error') { throw 'PSScriptAnalyzer found errors' }
            }
            else { Write-Warning 'PSScriptAnalyzer is not installed; skipping analysis.' }
        }
        'Package' {
            Invoke-Native dotnet @('build', (Join-Path $root 'RedHatApi.sln'), '-c', 'Release')
            $version = (Import-PowerShellDataFile (Join-Path $root 'RedHatApi.psd1')).ModuleVersion
            Compress-Archive -Path $module -DestinationPath (Join-Path $out "RedHatApi-$version.zip") -Force
        }
    }
}

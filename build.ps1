<#
.SYNOPSIS
    Builds, tests, documents, analyzes and packages RedHatApi. Works on Windows PowerShell 5.1 and PowerShell 7.
.DESCRIPTION
    A thin front door over dotnet: `dotnet build RedHatApi.sln` alone already lays out the importable module in
    out/RedHatApi. Tasks run in the order given.
      Build    dotnet build RedHatApi.sln -c <Configuration>
      Test     Build, then the README's test command (dotnet test --no-build): the xunit tests and every Pester
               file in tests/Pester under the pinned pwsh (`dotnet pwsh`, restored with `dotnet tool restore`)
               with the pinned Pester from the NuGet cache. On Windows the Pester files also run under Windows
               PowerShell 5.1 (powershell.exe), through the same runner (tests/Pester/Invoke-PesterSuite.ps1).
               Tag Unit; Live too when REDHAT_OFFLINE_TOKEN is set. Any failed test fails the task.
      Docs     Build, then PlatyPS (Microsoft.PowerShell.PlatyPS) turns docs/en-US/*.md into MAML help in
               out/RedHatApi/en-US, in place of the MAML the build itself lays out (tools/RedHatApi.HelpBuilder
               turns the same files into RedHatApi.dll-Help.xml and about_RedHatApi.help.txt on every build).
      Analyze  PSScriptAnalyzer on build.ps1 and tests/Pester, when it is installed.
      Package  Build Release (with the help the build lays out) and zip out/RedHatApi to
               out/RedHatApi-<ModuleVersion>.zip.
      Clean    Removes out/ and runs dotnet clean.
.PARAMETER Task
    The tasks to run, in order. Default: Build.
.PARAMETER Configuration
    Debug or Release. Default: Release. Package always builds Release.
.PARAMETER Bootstrap
    Installs the pinned Microsoft.PowerShell.PlatyPS for the current user when it is missing (Docs and Package
    use it). Tests need no bootstrap: pwsh and Pester come from NuGet (dotnet tool restore, dotnet restore).
.EXAMPLE
    ./build.ps1
.EXAMPLE
    ./build.ps1 -Task Test -Bootstrap
.EXAMPLE
    ./build.ps1 -Task Docs, Package
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
$solution = Join-Path $root 'RedHatApi.sln'
$out = Join-Path $root 'out'
$module = Join-Path $out 'RedHatApi'
$onWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT

# Gallery modules of the Docs task. pwsh and Pester are pinned elsewhere, on NuGet: .config/dotnet-tools.json and
# the Pester PackageDownload of tests/RedHatApi.Tests.
$pinned = @(
    @{ Name = 'Microsoft.PowerShell.PlatyPS'; Version = '1.0.1' }
)

function Invoke-Native {
    # Runs an external command and fails when it does: native commands do not throw on a non-zero exit code.
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @()
    )

    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor Cyan
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE."
    }
}

function Install-PinnedModule {
    param([string] $Name, [string] $Version)

    if (Get-Module -ListAvailable -Name $Name | Where-Object { $_.Version -eq [version]$Version }) {
        Write-Verbose "$Name $Version is already installed."
        return
    }

    Write-Host "Installing $Name $Version for the current user" -ForegroundColor Cyan
    if (Get-Command Install-PSResource -ErrorAction SilentlyContinue) {
        Install-PSResource -Name $Name -Version $Version -Scope CurrentUser -TrustRepository
    }
    else {
        if ($PSVersionTable.PSEdition -ne 'Core') {
            # The PowerShell Gallery needs TLS 1.2, which .NET Framework does not always offer by default.
            [System.Net.ServicePointManager]::SecurityProtocol =
                [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12
        }

        Install-Module -Name $Name -RequiredVersion $Version -Scope CurrentUser -Force -AllowClobber
    }
}

function Test-PinnedModule {
    param([string] $Name)

    $version = ($pinned | Where-Object { $_.Name -eq $Name }).Version
    [bool](Get-Module -ListAvailable -Name $Name | Where-Object { $_.Version -eq [version]$version })
}

function Import-PinnedModule {
    param([string] $Name)

    $version = ($pinned | Where-Object { $_.Name -eq $Name }).Version
    if (-not (Test-PinnedModule $Name)) {
        throw "$Name $version is not installed. Run ./build.ps1 -Bootstrap, or Install-PSResource $Name -Version $version."
    }

    Import-Module -Name $Name -RequiredVersion $version -Force
}

function Invoke-DotnetBuild {
    param([string] $BuildConfiguration)
    Invoke-Native dotnet @('build', $solution, '-c', $BuildConfiguration)
}

function Export-ModuleHelp {
    # The MAML goes to out/RedHatApi/en-US/RedHatApi.dll-Help.xml, the name Get-HelpFile looks for beside a binary
    # module. Every dotnet build removes files it did not lay out, so this runs after the build it belongs to.
    Import-PinnedModule 'Microsoft.PowerShell.PlatyPS'
    $docs = Join-Path $root 'docs/en-US'
    $help = Join-Path $module 'en-US'
    $staging = Join-Path $out 'help-staging'
    if (Test-Path -LiteralPath $staging) { Remove-Item -LiteralPath $staging -Recurse -Force }
    $null = New-Item -ItemType Directory -Force -Path $help
    $null = New-Item -ItemType Directory -Force -Path $staging

    $markdown = Get-ChildItem -Path $docs -Filter '*.md' | Where-Object { $_.Name -notlike 'about_*' }
    $commandFiles = @(Measure-PlatyPSMarkdown -Path $markdown.FullName | Where-Object { $_.Filetype -match 'CommandHelp' })
    if ($commandFiles.Count -ne @($markdown).Count) {
        throw "PlatyPS recognised $($commandFiles.Count) of $(@($markdown).Count) files in $docs as command help."
    }

    $commandHelp = @($commandFiles | ForEach-Object { Import-MarkdownCommandHelp -Path $_.FilePath })
    $null = Export-MamlCommandHelp -CommandHelp $commandHelp -OutputFolder $staging -Force
    $maml = @(Get-ChildItem -Path $staging -Filter '*-Help.xml' -Recurse)
    if ($maml.Count -ne 1) {
        throw "Export-MamlCommandHelp wrote $($maml.Count) help files to $staging; expected one."
    }

    Copy-Item -LiteralPath $maml[0].FullName -Destination (Join-Path $help 'RedHatApi.dll-Help.xml') -Force
    Remove-Item -LiteralPath $staging -Recurse -Force
    Write-Host "Help for $($commandHelp.Count) cmdlets -> $help" -ForegroundColor Green
}

function Invoke-WindowsPowerShellPester {
    # dotnet test already ran every Pester file under the pinned pwsh; Windows also has Windows PowerShell 5.1,
    # which users of this module run too. Same runner, same Pester from the NuGet cache, in a child process.
    $results = Join-Path $out 'TestResults'
    $null = New-Item -ItemType Directory -Force -Path $results
    Write-Host 'Pester under Windows PowerShell 5.1' -ForegroundColor Cyan
    Invoke-Native 'powershell.exe' @(
        '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass',
        '-File', (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1'),
        '-Configuration', $Configuration,
        '-TestResultPath', (Join-Path $results 'Pester-powershell.xml'))
}

if ($Bootstrap) {
    foreach ($entry in $pinned) {
        Install-PinnedModule -Name $entry.Name -Version $entry.Version
    }
}

foreach ($step in $Task) {
    Write-Host "== $step" -ForegroundColor Green
    switch ($step) {
        'Clean' {
            if (Test-Path -LiteralPath $out) { Remove-Item -LiteralPath $out -Recurse -Force }
            Invoke-Native dotnet @('clean', $solution, '-c', $Configuration)
        }
        'Build' {
            Invoke-DotnetBuild $Configuration
        }
        'Test' {
            Invoke-DotnetBuild $Configuration
            # Installs the pinned pwsh when it is missing; a tool that cannot be had fails here, not as skipped tests.
            Invoke-Native dotnet @('tool', 'restore')
            Invoke-Native dotnet @('test', $solution, '-c', $Configuration, '--no-build')
            if ($onWindows) {
                Invoke-WindowsPowerShellPester
            }
        }
        'Docs' {
            Invoke-DotnetBuild $Configuration
            Export-ModuleHelp
        }
        'Analyze' {
            if (Get-Module -ListAvailable -Name PSScriptAnalyzer) {
                Import-Module PSScriptAnalyzer
                $issues = @(Invoke-ScriptAnalyzer -Path (Join-Path $root 'build.ps1')) +
                    @(Invoke-ScriptAnalyzer -Path (Join-Path $root 'tests/Pester') -Recurse)
                if ($issues.Count -gt 0) {
                    $issues | Format-Table -AutoSize RuleName, Severity, ScriptName, Line, Message | Out-String -Width 200 | Write-Host
                }

                $errors = @($issues | Where-Object { "$($_.Severity)" -eq 'Error' -or "$($_.Severity)" -eq 'ParseError' })
                if ($errors.Count -gt 0) {
                    throw "PSScriptAnalyzer found $($errors.Count) error(s)."
                }
            }
            else {
                Write-Warning 'PSScriptAnalyzer is not installed; skipping analysis (Install-PSResource PSScriptAnalyzer).'
            }
        }
        'Package' {
            # The build lays out the help (the Pester help tests check exactly that file), so no PlatyPS here.
            Invoke-DotnetBuild 'Release'

            $version = (Import-PowerShellDataFile -Path (Join-Path $root 'RedHatApi.psd1')).ModuleVersion
            $zip = Join-Path $out "RedHatApi-$version.zip"
            Compress-Archive -Path $module -DestinationPath $zip -Force
            Write-Host "Package -> $zip" -ForegroundColor Green
        }
    }
}

<#
.SYNOPSIS
    Builds, tests, documents, analyzes and packages RedHatApi. Works on Windows PowerShell 5.1 and PowerShell 7.
.DESCRIPTION
    A thin front door over dotnet: `dotnet build RedHatApi.sln` alone already lays out the importable module in
    out/RedHatApi. Tasks run in the order given.
      Build    dotnet build RedHatApi.sln -c <Configuration>
      Test     Build, the xunit tests (dotnet test --no-build), then the Pester tests in tests/Pester in a child
               pwsh (and, on Windows, also powershell.exe) whose PSModulePath starts with out/. Tag Unit; Live too
               when REDHAT_OFFLINE_TOKEN is set. Any failed test fails the task.
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
    Installs the pinned Pester and Microsoft.PowerShell.PlatyPS for the current user when they are missing.
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

$pinned = @(
    @{ Name = 'Pester'; Version = '5.7.1' }
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

        # -SkipPublisherCheck: Windows ships Pester 3.4 signed by another publisher.
        Install-Module -Name $Name -RequiredVersion $Version -Scope CurrentUser -Force -SkipPublisherCheck -AllowClobber
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

function ConvertTo-SingleQuoted {
    param([string] $Text)
    "'" + $Text.Replace("'", "''") + "'"
}

function Invoke-PesterTests {
    $tags = @('Unit')
    if ($env:REDHAT_OFFLINE_TOKEN) { $tags += 'Live' }
    $pesterVersion = ($pinned | Where-Object { $_.Name -eq 'Pester' }).Version
    $results = Join-Path $out 'TestResults'
    $null = New-Item -ItemType Directory -Force -Path $results

    $hosts = @('pwsh')
    if ($onWindows) { $hosts += 'powershell.exe' }
    $found = @($hosts | Where-Object { Get-Command $_ -ErrorAction SilentlyContinue })
    if ($found.Count -eq 0) {
        throw "Neither $($hosts -join ' nor ') was found; the Pester tests need one of them."
    }

    foreach ($shell in $found) {
        $name = [System.IO.Path]::GetFileNameWithoutExtension($shell)
        # A child process: a clean session whose module path starts with the built layout, so the tests import
        # exactly what was built. -EncodedCommand avoids every quoting difference between the two hosts.
        $lines = @(
            '$ErrorActionPreference = ''Stop'''
            '$env:PSModulePath = ' + (ConvertTo-SingleQuoted $out) + ' + [System.IO.Path]::PathSeparator + $env:PSModulePath'
            '$env:REDHATAPI_TEST_CONFIGURATION = ' + (ConvertTo-SingleQuoted $Configuration)
            'Import-Module Pester -RequiredVersion ' + $pesterVersion
            '$config = New-PesterConfiguration'
            '$config.Run.Path = ' + (ConvertTo-SingleQuoted (Join-Path $root 'tests/Pester'))
            '$config.Run.Exit = $true'
            '$config.Filter.Tag = @(' + (($tags | ForEach-Object { ConvertTo-SingleQuoted $_ }) -join ', ') + ')'
            '$config.Output.Verbosity = ''Detailed'''
            '$config.TestResult.Enabled = $true'
            '$config.TestResult.OutputPath = ' + (ConvertTo-SingleQuoted (Join-Path $results "Pester-$name.xml"))
            'Invoke-Pester -Configuration $config'
        )
        $encoded = [System.Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($lines -join [Environment]::NewLine))
        Write-Host "Pester ($($tags -join ', ')) under $shell" -ForegroundColor Cyan
        Invoke-Native $shell @('-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', $encoded)
    }
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
            Invoke-Native dotnet @('test', $solution, '-c', $Configuration, '--no-build')
            Invoke-PesterTests
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

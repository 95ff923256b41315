# Shared setup for the Pester tests: import the built module, run RedHatApi.Sandbox as a child process and talk to
# its control API. Works on Windows PowerShell 5.1 and PowerShell 7, so no ?., ??, ternaries or
# ProcessStartInfo.ArgumentList (.NET Framework has none).
Set-StrictMode -Version Latest

$script:RepoRoot = [System.IO.Path]::GetFullPath((Join-Path (Join-Path $PSScriptRoot '..') '..'))
$script:ReadyPrefix = 'RedHatApi.Sandbox listening on '

function Import-RedHatApiBuild {
    <#
    .SYNOPSIS
        Imports the module from the build layout (out/RedHatApi), never from the source tree.
    #>
    [CmdletBinding()]
    param()

    $manifest = Join-Path $script:RepoRoot 'out/RedHatApi/RedHatApi.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "The module is not built: $manifest is missing. Run ./build.ps1 (or dotnet build RedHatApi.sln -c Release) first."
    }

    # -Global: called from this module, Import-Module would otherwise import into this module's scope only.
    Import-Module $manifest -Force -Global -ErrorAction Stop
}

function ConvertTo-ProcessArgument {
    # Quotes one argument the way the C runtime and .NET parse a command line.
    param([string] $Value)

    if ($Value.Length -gt 0 -and $Value -notmatch '[\s"]') {
        return $Value
    }

    '"' + (($Value -replace '(\\*)"', '$1$1\"') -replace '(\\+)$', '$1$1') + '"'
}

function Start-RedHatApiSandbox {
    <#
    .SYNOPSIS
        Starts RedHatApi.Sandbox on a free loopback port and returns its URL and process.
    .DESCRIPTION
        Runs `dotnet src/RedHatApi.Sandbox/bin/<Configuration>/net10.0/RedHatApi.Sandbox.dll --port 0 <ArgumentList>`,
        reads its banner (the first line is "RedHatApi.Sandbox listening on <url>") and returns an object with Url,
        Process, and, when started with --tls, TlsUrl and CaPath. The configuration defaults to
        $env:REDHATAPI_TEST_CONFIGURATION (set by build.ps1), else Release, else whichever build exists.
    .EXAMPLE
        $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    #>
    [CmdletBinding()]
    param(
        [string[]] $ArgumentList = @(),
        [string] $Configuration,
        [ValidateRange(1, 600)]
        [int] $TimeoutSec = 60
    )

    if (-not $Configuration) {
        $Configuration = 'Release'
        if ($env:REDHATAPI_TEST_CONFIGURATION) { $Configuration = $env:REDHATAPI_TEST_CONFIGURATION }
    }

    $dll = Join-Path $script:RepoRoot "src/RedHatApi.Sandbox/bin/$Configuration/net10.0/RedHatApi.Sandbox.dll"
    if (-not (Test-Path -LiteralPath $dll)) {
        $other = 'Debug'
        if ($Configuration -eq 'Debug') { $other = 'Release' }
        $fallback = Join-Path $script:RepoRoot "src/RedHatApi.Sandbox/bin/$other/net10.0/RedHatApi.Sandbox.dll"
        if (-not (Test-Path -LiteralPath $fallback)) {
            throw "RedHatApi.Sandbox is not built: $dll is missing. Run dotnet build RedHatApi.sln -c $Configuration first."
        }

        $dll = $fallback
    }

    $arguments = @($dll, '--port', '0') + @($ArgumentList)
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = 'dotnet'
    $info.Arguments = (@($arguments | ForEach-Object { ConvertTo-ProcessArgument $_ })) -join ' '
    $info.UseShellExecute = $false
    $info.RedirectStandardOutput = $true
    $info.CreateNoWindow = $true
    $process = [System.Diagnostics.Process]::Start($info)

    $url = $null
    $banner = @{}
    $pending = $null
    try {
        # The first line says where the sandbox listens; wait for it as long as -TimeoutSec allows.
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
        while ($null -eq $url) {
            $remaining = $deadline - [DateTime]::UtcNow
            $read = $process.StandardOutput.ReadLineAsync()
            if ($remaining -le [TimeSpan]::Zero -or -not $read.Wait($remaining)) {
                throw "RedHatApi.Sandbox did not report its URL within $TimeoutSec s (dotnet $($info.Arguments))."
            }

            $line = $read.Result
            if ($null -eq $line) {
                throw "RedHatApi.Sandbox exited before it was ready (dotnet $($info.Arguments))."
            }

            if ($line.StartsWith($script:ReadyPrefix)) {
                $url = [uri]$line.Substring($script:ReadyPrefix.Length).Trim()
            }
        }

        # The rest of the banner ("  Label : value" lines, the PowerShell hint last) follows at once.
        while ($true) {
            $read = $process.StandardOutput.ReadLineAsync()
            if (-not $read.Wait([TimeSpan]::FromSeconds(5))) {
                $pending = $read
                break
            }

            $line = $read.Result
            if ($null -eq $line) {
                break
            }

            $colon = $line.IndexOf(' : ')
            if ($colon -gt 0) {
                $banner[$line.Substring(0, $colon).Trim()] = $line.Substring($colon + 3).Trim()
            }

            if ($line.TrimStart().StartsWith('PowerShell')) {
                break
            }
        }
    }
    catch {
        if (-not $process.HasExited) { $process.Kill() }
        $process.Dispose()
        throw
    }

    # Keep draining stdout so the sandbox never blocks on a full pipe (it logs warnings there). A read still
    # pending owns the reader, so only start one when none is.
    if ($null -eq $pending) {
        $null = $process.StandardOutput.ReadToEndAsync()
    }

    $tlsUrl = $null
    if ($banner.ContainsKey('TLS')) { $tlsUrl = [uri]$banner['TLS'] }
    $caPath = $null
    if ($banner.ContainsKey('TLS CA (PEM)')) { $caPath = $banner['TLS CA (PEM)'] }

    [pscustomobject]@{
        Url     = $url
        TlsUrl  = $tlsUrl
        CaPath  = $caPath
        Process = $process
    }
}

function Stop-RedHatApiSandbox {
    <#
    .SYNOPSIS
        Stops a sandbox started by Start-RedHatApiSandbox; does nothing for $null (a BeforeAll that failed).
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)

    if ($null -eq $Sandbox -or $null -eq $Sandbox.Process) {
        return
    }

    $process = $Sandbox.Process
    try {
        if (-not $process.HasExited) {
            $process.Kill()
            $null = $process.WaitForExit(10000)
        }
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-SandboxControl {
    <#
    .SYNOPSIS
        Calls the sandbox's control API under /_sandbox.
    .EXAMPLE
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; status = 503; count = 1 }
    .EXAMPLE
        Invoke-SandboxControl $sandbox 'reset' -Method POST
    .EXAMPLE
        Invoke-SandboxControl $sandbox 'requests' | Where-Object method -eq 'DELETE'
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] $Sandbox,
        [Parameter(Mandatory, Position = 1)] [string] $Path,
        [ValidateSet('GET', 'POST', 'PUT', 'DELETE')]
        [string] $Method = 'GET',
        $Body
    )

    # Accepts 'reset', '_sandbox/reset' and '/_sandbox/reset'.
    $relative = $Path.TrimStart('/')
    if (-not $relative.StartsWith('_sandbox/') -and $relative -ne 'health') {
        $relative = '_sandbox/' + $relative
    }

    $params = @{
        Uri         = [System.Uri]::new([uri]$Sandbox.Url, $relative)
        Method      = $Method
        ErrorAction = 'Stop'
    }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $params.Body = ConvertTo-Json -InputObject $Body -Depth 5 -Compress
        $params.ContentType = 'application/json'
    }

    # Assigned first, then written: Windows PowerShell 5.1 writes a JSON array as one object otherwise.
    $response = Invoke-RestMethod @params
    $response
}

function Get-SandboxCredential {
    <#
    .SYNOPSIS
        The credentials the sandbox advertises, with the secrets as SecureString ready for Connect-RedHatApi.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Sandbox)

    $doc = Invoke-SandboxControl $Sandbox 'credentials'
    $secret = ConvertTo-SecureString $doc.serviceAccount.clientSecret -AsPlainText -Force
    [pscustomobject]@{
        RhsmOfflineToken         = ConvertTo-SecureString $doc.offlineTokens.rhsmApi -AsPlainText -Force
        ConsoleOfflineToken      = ConvertTo-SecureString $doc.offlineTokens.cloudServices -AsPlainText -Force
        ServiceAccount           = New-Object System.Management.Automation.PSCredential -ArgumentList $doc.serviceAccount.clientId, $secret
        RhsmOfflineTokenText     = [string]$doc.offlineTokens.rhsmApi
        ConsoleOfflineTokenText  = [string]$doc.offlineTokens.cloudServices
        ServiceAccountSecretText = [string]$doc.serviceAccount.clientSecret
        TokenUrl                 = [uri]$doc.tokenUrl
    }
}

function Get-JwtClaim {
    <#
    .SYNOPSIS
        Reads one claim of a JWT's payload without checking the signature (azp names the SSO client).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Token,
        [Parameter(Mandatory, Position = 1)] [string] $Name
    )

    $payload = $Token.Split('.')[1].Replace('-', '+').Replace('_', '/')
    while ($payload.Length % 4) { $payload += '=' }
    $json = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($payload))
    (ConvertFrom-Json -InputObject $json).$Name
}

function Get-FreeLoopbackPort {
    <#
    .SYNOPSIS
        A loopback port nothing listens on, for "the host cannot be reached" tests.
    #>
    [CmdletBinding()]
    param()

    $listener = New-Object System.Net.Sockets.TcpListener -ArgumentList ([System.Net.IPAddress]::Loopback), 0
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Initialize-RedHatApiTestRun {
    <#
    .SYNOPSIS
        Shorthand for a test file's BeforeAll: imports the build, starts a sandbox with 250 systems and, with
        -Connect, connects the default session to it. Returns the sandbox.
    #>
    [CmdletBinding()]
    param([switch] $Connect)

    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    if ($Connect) {
        Connect-RedHatApi -Sandbox $sandbox.Url
    }

    $sandbox
}

function Complete-RedHatApiTestRun {
    <#
    .SYNOPSIS
        Shorthand for a test file's AfterAll: closes the default session and stops the sandbox.
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)

    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) {
        Disconnect-RedHatApi
    }

    Stop-RedHatApiSandbox $Sandbox
}

function Initialize-RedHatApiClusterTestRun {
    <#
    .SYNOPSIS
        BeforeAll of the OpenShift test files: imports the build, starts a sandbox with its cluster API (--cluster)
        and connects the default session to the cluster as its admin, trusting the sandbox CA. Returns the sandbox
        with ClusterUrl, ClusterCaPath and AdminToken (SecureString) added.
    #>
    [CmdletBinding()]
    param()

    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '20', '--cluster'
    $cluster = (Invoke-SandboxControl $sandbox 'credentials').cluster
    $token = ConvertTo-SecureString $cluster.adminToken -AsPlainText -Force
    Connect-RedHatApi -ClusterUrl ([uri]$cluster.url) -AccessToken $token -CertificateAuthority $cluster.certificateAuthority
    $sandbox | Add-Member -NotePropertyName ClusterUrl -NotePropertyValue ([uri]$cluster.url)
    $sandbox | Add-Member -NotePropertyName ClusterCaPath -NotePropertyValue ([string]$cluster.certificateAuthority)
    $sandbox | Add-Member -NotePropertyName AdminToken -NotePropertyValue $token
    $sandbox
}

function Reset-RedHatApiClusterTestRun {
    <#
    .SYNOPSIS
        BeforeEach of the OpenShift test files: resets the sandbox (its cluster starts over with the seeded
        accounts; the admin token stays the same for the same seed).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Sandbox)

    Invoke-SandboxControl $Sandbox 'reset' -Method POST
}

Export-ModuleMember -Function Import-RedHatApiBuild, Start-RedHatApiSandbox, Stop-RedHatApiSandbox, Invoke-SandboxControl,
    Get-SandboxCredential, Get-JwtClaim, Get-FreeLoopbackPort, Initialize-RedHatApiTestRun, Complete-RedHatApiTestRun,
    Initialize-RedHatApiClusterTestRun, Reset-RedHatApiClusterTestRun

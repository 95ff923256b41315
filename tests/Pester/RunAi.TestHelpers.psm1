# Run:ai helpers for the Pester tests, beside RedHatApi.TestHelpers.psm1: the sandbox's Run:ai applications and a
# connect that uses them. Works on Windows PowerShell 5.1 and PowerShell 7.
Set-StrictMode -Version Latest

function Get-RunAiSandboxApplication {
    <#
    .SYNOPSIS
        The sandbox's Run:ai tenant URL and the PSCredential (client id, secret) of the application of one role.
    .EXAMPLE
        $editor = Get-RunAiSandboxApplication $sandbox -Role Editor
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] $Sandbox,
        [ValidateSet('Researcher', 'Editor', 'Administrator')]
        [string] $Role = 'Administrator'
    )

    $doc = (Invoke-SandboxControl $Sandbox 'credentials').runai
    $app = $doc.applications.$Role
    $secret = ConvertTo-SecureString $app.clientSecret -AsPlainText -Force
    [pscustomobject]@{
        Url        = [uri]$doc.url
        Realm      = [string]$doc.realm
        Credential = New-Object System.Management.Automation.PSCredential -ArgumentList $app.clientId, $secret
        SecretText = [string]$app.clientSecret
    }
}

function Connect-RunAiSandbox {
    <#
    .SYNOPSIS
        Connect-RunAi to the sandbox's tenant with the application of one role (Administrator unless -Role).
    .EXAMPLE
        Connect-RunAiSandbox $sandbox -Role Editor
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] $Sandbox,
        [ValidateSet('Researcher', 'Editor', 'Administrator')]
        [string] $Role = 'Administrator'
    )

    $app = Get-RunAiSandboxApplication $Sandbox -Role $Role
    Connect-RunAi -Url $app.Url -Credential $app.Credential -ErrorAction Stop
}

Export-ModuleMember -Function Get-RunAiSandboxApplication, Connect-RunAiSandbox

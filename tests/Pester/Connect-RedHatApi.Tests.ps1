BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Connect-RedHatApi' -Tag 'Unit' {
    BeforeEach { Disconnect-RedHatApi }

    It 'connects to the sandbox with its own tokens and writes nothing' {
        Connect-RedHatApi -Sandbox $script:sandbox.Url | Should -BeNullOrEmpty
        (Get-RedHatApiSession).Credentials.ClientId | Should -Be @('rhsm-api', 'cloud-services')
    }

    It 'refuses a -ClientId that contradicts the token before sending anything' {
        $creds = Invoke-SandboxControl $script:sandbox '_sandbox/credentials'
        $token = ConvertTo-SecureString $creds.offlineTokens.rhsmApi -AsPlainText -Force
        { Connect-RedHatApi -Sandbox $script:sandbox.Url -OfflineToken $token -ClientId cloud-services -ErrorAction Stop } |
            Should -Throw -ErrorId 'TokenClientMismatch,RedHatApi.Commands.Session.ConnectRedHatApiCommand'
    }

    It 'reports a revoked token as InvalidOfflineToken' {
        $creds = Invoke-SandboxControl $script:sandbox '_sandbox/credentials'
        Invoke-SandboxControl $script:sandbox '_sandbox/revoke' -Method POST -Body @{ token = $creds.offlineTokens.rhsmApi }
        $token = ConvertTo-SecureString $creds.offlineTokens.rhsmApi -AsPlainText -Force
        { Connect-RedHatApi -Sandbox $script:sandbox.Url -OfflineToken $token -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidOfflineToken,RedHatApi.Commands.Session.ConnectRedHatApiCommand'
        Invoke-SandboxControl $script:sandbox '_sandbox/reset' -Method POST
    }
}

Describe 'Connect-RedHatApi against Red Hat' -Tag 'Live' -Skip:(-not $env:REDHAT_OFFLINE_TOKEN) {
    It 'connects with REDHAT_OFFLINE_TOKEN' {
        Connect-RedHatApi -PassThru | Should -Not -BeNullOrEmpty
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RedHatApiSession' -Tag 'Unit' {
    It 'shows credentials and counters but no secret' {
        Connect-RedHatApi -Sandbox $script:sandbox.Url
        $null = Get-RhsmSystem -First 1
        $session = Get-RedHatApiSession
        $session.Statistics.Requests | Should -BeGreaterThan 0
        $creds = Invoke-SandboxControl $script:sandbox '_sandbox/credentials'
        ($session | Format-List | Out-String) | Should -Not -Match ([regex]::Escape($creds.offlineTokens.rhsmApi))
    }
}

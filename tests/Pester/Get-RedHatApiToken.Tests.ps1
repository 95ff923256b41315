BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RedHatApiToken' -Tag 'Unit' {
    It 'returns a SecureString by default' {
        Get-RedHatApiToken -Api Rhsm | Should -BeOfType ([securestring])
    }

    It 'returns a JWT with -AsPlainText' {
        Get-RedHatApiToken -Api Rhsm -AsPlainText | Should -Match '^eyJ'
    }
}

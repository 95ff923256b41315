BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
}

AfterAll {
    Disconnect-RedHatApi
    Stop-RedHatApiSandbox $script:sandbox
}

Describe 'Get-RedHatApiToken' -Tag 'Unit' {
    BeforeAll { Connect-RedHatApi -Sandbox $script:sandbox.Url }

    It 'returns a SecureString by default' {
        Get-RedHatApiToken -Api Rhsm | Should -BeOfType ([securestring])
    }

    It 'returns a JWT with -AsPlainText' {
        Get-RedHatApiToken -Api Rhsm -AsPlainText | Should -Match '^eyJ'
    }
}

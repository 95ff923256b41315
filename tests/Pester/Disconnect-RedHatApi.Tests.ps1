BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Disconnect-RedHatApi' -Tag 'Unit' {
    It '-WhatIf keeps the session' {
        Connect-RedHatApi -Sandbox $script:sandbox.Url
        Disconnect-RedHatApi -WhatIf
        (Get-RedHatApiSession).IsDisconnected | Should -BeFalse
    }

    It 'clears the session so cmdlets fail with NotConnected' {
        Connect-RedHatApi -Sandbox $script:sandbox.Url
        Disconnect-RedHatApi
        { Get-RhsmSystem -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
}

AfterAll {
    Disconnect-RedHatApi
    Stop-RedHatApiSandbox $script:sandbox
}

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

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
}

AfterAll {
    Disconnect-RedHatApi
    Stop-RedHatApiSandbox $script:sandbox
}

Describe 'Invoke-RedHatApiRequest' -Tag 'Unit' {
    BeforeAll { Connect-RedHatApi -Sandbox $script:sandbox.Url }

    It 'follows paging with -All' {
        (Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -First 10).Count | Should -Be 10
    }

    It '-WhatIf sends no DELETE' {
        $system = Get-RhsmSystem -First 1
        Invoke-RedHatApiRequest -Api Rhsm -Path "systems/$($system.Uuid)" -Method DELETE -WhatIf
        Get-RhsmSystem -Uuid $system.Uuid | Should -Not -BeNullOrEmpty
    }
}

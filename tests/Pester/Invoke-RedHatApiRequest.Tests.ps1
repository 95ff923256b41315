BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Invoke-RedHatApiRequest' -Tag 'Unit' {
    It 'follows paging with -All' {
        (Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -First 10).Count | Should -Be 10
    }

    It '-WhatIf sends no DELETE' {
        $system = Get-RhsmSystem -First 1
        Invoke-RedHatApiRequest -Api Rhsm -Path "systems/$($system.Uuid)" -Method DELETE -WhatIf
        Get-RhsmSystem -Uuid $system.Uuid | Should -Not -BeNullOrEmpty
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSystemEntitlement' -Tag 'Unit' {
    It 'lists as many entitlements as each system counts' {
        foreach ($system in @(Get-RhsmSystem -First 10)) {
            @($system | Get-RhsmSystemEntitlement).Count | Should -Be $system.EntitlementCount
        }
    }

    It 'tags each entitlement with its system' {
        $system = @(Get-RhsmSystem | Where-Object EntitlementCount -gt 0)[0]
        $system | Get-RhsmSystemEntitlement | ForEach-Object { $_.SystemUuid | Should -Be $system.Uuid }
    }

    It 'writes RhsmSystemNotFound for an unknown UUID' {
        Get-RhsmSystemEntitlement -Uuid ([guid]::NewGuid()) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmSystemNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemEntitlementCommand'
    }
}

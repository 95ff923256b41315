BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-RhsmSystemEntitlement' -Tag 'Unit' {
    It '-WhatIf detaches nothing' {
        $system = @(Get-RhsmSystem | Where-Object EntitlementCount -gt 0)[0]
        $system | Get-RhsmSystemEntitlement | Remove-RhsmSystemEntitlement -WhatIf
        (Get-RhsmSystem -Uuid $system.Uuid).EntitlementCount | Should -Be $system.EntitlementCount
    }

    It 'detaches piped entitlements' {
        $system = @(Get-RhsmSystem | Where-Object EntitlementCount -gt 0)[0]
        $system | Get-RhsmSystemEntitlement | Remove-RhsmSystemEntitlement -Confirm:$false
        (Get-RhsmSystem -Uuid $system.Uuid).EntitlementCount | Should -Be 0
        @($system | Get-RhsmSystemEntitlement).Count | Should -Be 0
    }

    It 'writes RhsmEntitlementNotFound for an entitlement the system does not hold' {
        $system = Get-RhsmSystem -First 1
        Remove-RhsmSystemEntitlement -Uuid $system.Uuid -EntitlementId 'ffffffffffffffffffffffffffffffff' -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmEntitlementNotFound,RedHatApi.Commands.Rhsm.RemoveRhsmSystemEntitlementCommand'
    }
}

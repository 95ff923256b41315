BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-RhsmAllocationSubscription' -Tag 'Unit' {
    It '-WhatIf detaches nothing' {
        $allocation = Get-RhsmAllocation | Where-Object EntitlementQuantity -gt 0 | Select-Object -First 1 | Get-RhsmAllocation
        $allocation.Entitlements | Remove-RhsmAllocationSubscription -WhatIf
        (Get-RhsmAllocation -Uuid $allocation.Uuid).Entitlements.Count | Should -Be $allocation.Entitlements.Count
    }

    It 'detaches piped entitlements' {
        $allocation = Get-RhsmAllocation | Where-Object EntitlementQuantity -gt 0 | Select-Object -First 1 | Get-RhsmAllocation
        $allocation.Entitlements | Remove-RhsmAllocationSubscription -Confirm:$false
        (Get-RhsmAllocation -Uuid $allocation.Uuid).EntitlementQuantity | Should -Be 0
    }

    It 'writes RhsmEntitlementNotFound for an entitlement the allocation does not have' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        Remove-RhsmAllocationSubscription -AllocationUuid $allocation.Uuid -EntitlementId nope -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmEntitlementNotFound,RedHatApi.Commands.Rhsm.RemoveRhsmAllocationSubscriptionCommand'
    }
}

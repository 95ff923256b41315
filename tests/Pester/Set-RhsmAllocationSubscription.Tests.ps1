BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-RhsmAllocationSubscription' -Tag 'Unit' {
    It 'changes the quantity of a piped entitlement' {
        $allocation = New-RhsmAllocation -Name ('pester-set-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        $entitlement = $allocation | Get-RhsmAllocationPool | Where-Object EntitlementsAvailable -ge 3 | Select-Object -First 1 |
            Add-RhsmAllocationSubscription -Quantity 1
        ($entitlement | Set-RhsmAllocationSubscription -Quantity 3).Quantity | Should -Be 3
        (Get-RhsmAllocation -Uuid $allocation.Uuid).EntitlementQuantity | Should -Be 3
        $allocation | Remove-RhsmAllocation -Force -Confirm:$false
    }

    It 'writes RhsmEntitlementNotFound for an unknown entitlement' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        Set-RhsmAllocationSubscription -AllocationUuid $allocation.Uuid -EntitlementId nope -Quantity 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmEntitlementNotFound,RedHatApi.Commands.Rhsm.SetRhsmAllocationSubscriptionCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Add-RhsmAllocationSubscription' -Tag 'Unit' {
    It 'attaches entitlements of a piped pool and writes the new entitlement' {
        $allocation = New-RhsmAllocation -Name ('pester-add-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        $pool = $allocation | Get-RhsmAllocationPool | Where-Object EntitlementsAvailable -ge 2 | Select-Object -First 1
        $entitlement = $pool | Add-RhsmAllocationSubscription -Quantity 2
        $entitlement.Quantity | Should -Be 2
        $entitlement.Sku | Should -Be $pool.Sku
        (Get-RhsmAllocation -Uuid $allocation.Uuid).Entitlements.EntitlementId | Should -Be $entitlement.EntitlementId
        $allocation | Remove-RhsmAllocation -Force -Confirm:$false
    }

    It 'writes RhsmAttachRejected when the pool has not that many left' {
        $pool = Get-RhsmAllocation | Select-Object -First 1 | Get-RhsmAllocationPool | Select-Object -First 1
        $pool | Add-RhsmAllocationSubscription -Quantity ($pool.EntitlementsAvailable + 1) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAttachRejected,RedHatApi.Commands.Rhsm.AddRhsmAllocationSubscriptionCommand'
    }
}

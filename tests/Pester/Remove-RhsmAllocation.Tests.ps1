BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-RhsmAllocation' -Tag 'Unit' {
    It 'keeps an allocation with entitlements unless -Force is given' {
        $busy = Get-RhsmAllocation | Where-Object EntitlementQuantity -gt 0 | Select-Object -First 1
        $busy | Remove-RhsmAllocation -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAllocationHasEntitlements,RedHatApi.Commands.Rhsm.RemoveRhsmAllocationCommand'
        $err[0].Exception.Message | Should -BeLike '*-Force*'
        Get-RhsmAllocation -Uuid $busy.Uuid | Should -Not -BeNullOrEmpty

        $busy | Remove-RhsmAllocation -Force -Confirm:$false
        Get-RhsmAllocation | Where-Object Uuid -eq $busy.Uuid | Should -BeNullOrEmpty
    }

    It '-WhatIf removes nothing' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        $allocation | Remove-RhsmAllocation -Force -WhatIf
        Get-RhsmAllocation -Uuid $allocation.Uuid | Should -Not -BeNullOrEmpty
    }

    It 'writes RhsmAllocationNotFound for an unknown UUID' {
        Remove-RhsmAllocation -Uuid ([guid]::NewGuid()) -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.RemoveRhsmAllocationCommand'
    }
}

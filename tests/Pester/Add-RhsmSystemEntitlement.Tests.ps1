BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect

    # An active single-pool subscription with something left, and a system holding none of it.
    function Get-FreePoolAndSystem {
        $subscription = @(Get-RhsmSubscription | Where-Object { $_.Status -eq 'Active' -and $_.Pools.Count -eq 1 -and $_.Available -ge 1 })[0]
        $holders = @($subscription | Get-RhsmSubscriptionSystem).Uuid
        $system = @(Get-RhsmSystem | Where-Object { $holders -notcontains $_.Uuid })[0]
        @{ Pool = $subscription.Pools[0]; System = $system }
    }
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Add-RhsmSystemEntitlement' -Tag 'Unit' {
    It '-WhatIf attaches nothing' {
        $free = Get-FreePoolAndSystem
        $free.System | Add-RhsmSystemEntitlement -PoolId $free.Pool.PoolId -WhatIf
        (Get-RhsmSystem -Uuid $free.System.Uuid).EntitlementCount | Should -Be $free.System.EntitlementCount
    }

    It 'attaches a pool and the system counts one more entitlement' {
        $free = Get-FreePoolAndSystem
        $result = $free.System | Add-RhsmSystemEntitlement -PoolId $free.Pool.PoolId -Confirm:$false
        $result.EntitlementsAttachedCount | Should -Be ($free.System.EntitlementCount + 1)
        (Get-RhsmSystem -Uuid $free.System.Uuid).EntitlementCount | Should -Be ($free.System.EntitlementCount + 1)
    }

    It 'writes RhsmAttachRejected for an unknown pool' {
        $system = Get-RhsmSystem -First 1
        Add-RhsmSystemEntitlement -Uuid $system.Uuid -PoolId 'no-such-pool' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAttachRejected,RedHatApi.Commands.Rhsm.AddRhsmSystemEntitlementCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSubscriptionSystem' -Tag 'Unit' {
    It 'lists systems whose quantities add up to what the pools consumed' {
        foreach ($subscription in @(Get-RhsmSubscription -First 5)) {
            $systems = @($subscription | Get-RhsmSubscriptionSystem)
            $sum = ($systems | Measure-Object TotalEntitlementQuantity -Sum).Sum
            if ($null -eq $sum) { $sum = 0 }
            $sum | Should -Be $subscription.Consumed
        }
    }

    It 'pipes on to Get-RhsmSystem' {
        $busy = @(Get-RhsmSubscription | Where-Object Consumed -gt 0)[0]
        $systems = @($busy | Get-RhsmSubscriptionSystem | Get-RhsmSystem)
        $systems.Count | Should -BeGreaterThan 0
    }

    It 'writes RhsmSubscriptionNotFound for an unknown number' {
        Get-RhsmSubscriptionSystem -SubscriptionNumber '00000000' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmSubscriptionNotFound,RedHatApi.Commands.Rhsm.GetRhsmSubscriptionSystemCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSubscription' -Tag 'Unit' {
    It 'lists subscriptions across pages of 50, each with its pools' {
        $all = @(Get-RhsmSubscription)
        $all.Count | Should -BeGreaterThan 50
        @($all.SubscriptionNumber | Sort-Object -Unique).Count | Should -Be $all.Count
        foreach ($pool in $all.Pools) { $pool.Consumed | Should -BeLessOrEqual $pool.Quantity }
    }

    It 'finds one subscription by number' {
        $last = @(Get-RhsmSubscription)[-1]
        (Get-RhsmSubscription -SubscriptionNumber $last.SubscriptionNumber).SubscriptionName | Should -Be $last.SubscriptionName
    }

    It 'writes RhsmSubscriptionNotFound for an unknown number' {
        Get-RhsmSubscription -SubscriptionNumber '00000000' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmSubscriptionNotFound,RedHatApi.Commands.Rhsm.GetRhsmSubscriptionCommand'
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmSubscription -PageSize 51 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmSubscriptionCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSubscriptionContentSet' -Tag 'Unit' {
    It 'lists the repositories of a RHEL subscription across the 1000 cap' {
        $rhel = @(Get-RhsmSubscription | Where-Object Sku -eq 'RH00003')[0]
        $sets = @($rhel | Get-RhsmSubscriptionContentSet)
        $sets.Count | Should -BeGreaterThan 1000
        $sets.Label | Should -Contain 'rhel-9-for-x86_64-baseos-rpms'
    }

    It 'applies -First to each subscription' {
        @(Get-RhsmSubscription -First 2 | Get-RhsmSubscriptionContentSet -First 3).Count | Should -Be 6
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmSubscriptionContentSet -SubscriptionNumber 1 -PageSize 1001 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmSubscriptionContentSetCommand'
    }
}

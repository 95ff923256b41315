BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmAllocationPool' -Tag 'Unit' {
    It 'lists pools with entitlements left, tagged with their allocation' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        $pools = @($allocation | Get-RhsmAllocationPool)
        $pools.Count | Should -BeGreaterThan 0
        $pools | ForEach-Object {
            $_.AllocationUuid | Should -Be $allocation.Uuid
            $_.EntitlementsAvailable | Should -BeGreaterThan 0
        }
    }

    It 'adds future-dated pools with -IncludeFuture' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        @($allocation | Get-RhsmAllocationPool -IncludeFuture).Count | Should -BeGreaterThan @($allocation | Get-RhsmAllocationPool).Count
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmAllocationPool -Uuid ([guid]::NewGuid()) -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmAllocationPoolCommand'
    }
}

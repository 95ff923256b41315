BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmAllocation' -Tag 'Unit' {
    It 'lists allocations of each type' {
        $all = @(Get-RhsmAllocation)
        $sam = @(Get-RhsmAllocation -Type SAM)
        $satellite = @(Get-RhsmAllocation -Type Satellite)
        $all.Count | Should -BeGreaterThan 0
        ($sam.Count + $satellite.Count) | Should -Be $all.Count
        $sam | ForEach-Object { $_.Type | Should -Be 'SAM' }
    }

    It 'gets allocations by UUID with entitlements that add up to the listed quantity' {
        $listed = Get-RhsmAllocation | Where-Object EntitlementQuantity -gt 0 | Select-Object -First 1
        $detail = $listed | Get-RhsmAllocation
        ($detail.Entitlements | Measure-Object -Property Quantity -Sum).Sum | Should -Be $listed.EntitlementQuantity
    }

    It 'writes RhsmAllocationNotFound for an unknown UUID' {
        Get-RhsmAllocation -Uuid ([guid]::NewGuid()) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.GetRhsmAllocationCommand'
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmAllocation -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmAllocationCommand'
    }
}

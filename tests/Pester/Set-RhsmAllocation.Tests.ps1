BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-RhsmAllocation' -Tag 'Unit' {
    It 'switches Simple Content Access off and on again' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        ($allocation | Set-RhsmAllocation -SimpleContentAccess Disabled -PassThru).SimpleContentAccess | Should -Be 'disabled'
        (Get-RhsmAllocation -Uuid $allocation.Uuid).SimpleContentAccess | Should -Be 'disabled'
        $allocation | Set-RhsmAllocation -SimpleContentAccess Enabled
        (Get-RhsmAllocation -Uuid $allocation.Uuid).SimpleContentAccess | Should -Be 'enabled'
    }

    It '-WhatIf changes nothing' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        $before = (Get-RhsmAllocation -Uuid $allocation.Uuid).SimpleContentAccess
        $allocation | Set-RhsmAllocation -SimpleContentAccess Disabled -WhatIf
        (Get-RhsmAllocation -Uuid $allocation.Uuid).SimpleContentAccess | Should -Be $before
    }

    It 'writes RhsmAllocationNotFound for an unknown UUID' {
        Set-RhsmAllocation -Uuid ([guid]::NewGuid()) -SimpleContentAccess Enabled -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.SetRhsmAllocationCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'New-RhsmAllocation' -Tag 'Unit' {
    It 'creates a Satellite allocation that Get-RhsmAllocation then lists' {
        $name = 'pester-new-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $created = New-RhsmAllocation -Name $name
        $created.Name | Should -Be $name
        $created.Type | Should -Be 'Satellite'
        (Get-RhsmAllocation | Where-Object Uuid -eq $created.Uuid).Name | Should -Be $name
        $created | Remove-RhsmAllocation -Confirm:$false
    }

    It 'refuses an invalid name before sending anything' {
        New-RhsmAllocation -Name 'not valid!' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAllocationNameInvalid,RedHatApi.Commands.Rhsm.NewRhsmAllocationCommand'
    }

    It 'writes RhsmAllocationRejected for a name already taken' {
        $taken = (Get-RhsmAllocation | Select-Object -First 1).Name
        New-RhsmAllocation -Name $taken -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmAllocationRejected,RedHatApi.Commands.Rhsm.NewRhsmAllocationCommand'
    }

    It '-WhatIf creates nothing' {
        $before = @(Get-RhsmAllocation).Count
        New-RhsmAllocation -Name pester-whatif -WhatIf
        @(Get-RhsmAllocation).Count | Should -Be $before
    }
}

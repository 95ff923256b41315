BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-RhsmSystem' -Tag 'Unit' {
    It '-WhatIf removes nothing' {
        $system = Get-RhsmSystem -First 1
        $system | Remove-RhsmSystem -WhatIf
        Get-RhsmSystem -Uuid $system.Uuid | Should -Not -BeNullOrEmpty
    }

    It 'removes piped systems' {
        $systems = Get-RhsmSystem -First 2
        $systems | Remove-RhsmSystem -Confirm:$false
        Get-RhsmSystem -Uuid $systems.Uuid -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 2
    }

    It 'writes RhsmSystemNotFound for an unknown UUID' {
        Remove-RhsmSystem -Uuid ([guid]::NewGuid()) -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmSystemNotFound,RedHatApi.Commands.Rhsm.RemoveRhsmSystemCommand'
    }
}

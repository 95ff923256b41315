BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSystem' -Tag 'Unit' {
    It 'lists every system' {
        (Get-RhsmSystem).Count | Should -Be 250
    }

    It 'honours -First' {
        (Get-RhsmSystem -First 5).Count | Should -Be 5
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmSystem -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'
    }

    It 'binds Uuid from the pipeline' {
        (Get-RhsmSystem -First 3 | Get-RhsmSystem).Count | Should -Be 3
    }

    It 'writes RhsmSystemNotFound for an unknown UUID' {
        Get-RhsmSystem -Uuid ([guid]::NewGuid()) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmSystemNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'
    }
}

Describe 'Get-RhsmSystem against Red Hat' -Tag 'Live' -Skip:(-not $env:REDHAT_OFFLINE_TOKEN) {
    It 'lists systems of the account' {
        Connect-RedHatApi
        { Get-RhsmSystem -First 5 -ErrorAction Stop } | Should -Not -Throw
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSystemErratum' -Tag 'Unit' {
    It 'lists as many errata as the system counts' {
        $system = Get-RhsmSystem -First 1
        $expected = $system.SecurityErrataCount + $system.BugfixErrataCount + $system.EnhancementErrataCount
        ($system | Get-RhsmSystemErratum).Count | Should -Be $expected
    }

    It 'tags each erratum with its system' {
        $system = Get-RhsmSystem -First 1
        $system | Get-RhsmSystemErratum -First 3 | ForEach-Object { $_.SystemUuid | Should -Be $system.Uuid }
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmSystemErratum -Uuid ([guid]::NewGuid()) -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmSystemErratumCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmErratumSystem' -Tag 'Unit' {
    It 'lists as many systems as the advisory counts' {
        $erratum = Get-RhsmErratum -First 1
        $systems = @($erratum | Get-RhsmErratumSystem)
        $systems.Count | Should -Be $erratum.AffectedSystemCount
        $systems | ForEach-Object { $_.ErratumId | Should -Be $erratum.Id }
    }

    It 'lists systems whose own errata contain the advisory' {
        $erratum = Get-RhsmErratum -First 1
        $system = $erratum | Get-RhsmErratumSystem -First 1
        ($system | Get-RhsmSystemErratum).Id | Should -Contain $erratum.Id
    }

    It 'pipes into Get-RhsmSystem by Uuid' {
        $systems = @(Get-RhsmErratum -First 1 | Get-RhsmErratumSystem)
        @(Get-RhsmErratum -First 1 | Get-RhsmErratumSystem | Get-RhsmSystem).Count | Should -Be $systems.Count
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmErratumSystem -Id 'RHSA-2026:1000' -PageSize 1001 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmErratumSystemCommand'
    }
}

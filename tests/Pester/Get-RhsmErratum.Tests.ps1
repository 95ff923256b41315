BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmErratum' -Tag 'Unit' {
    It 'lists each advisory of the systems once, with its system count' {
        $errata = @(Get-RhsmErratum)
        $errata.Count | Should -BeGreaterThan 1000
        @($errata.Id | Select-Object -Unique).Count | Should -Be $errata.Count
        $errata | Select-Object -First 5 | ForEach-Object { $_.AffectedSystemCount | Should -BeGreaterThan 0 }
    }

    It 'filters on type and severity, and -First counts matches' {
        $critical = @(Get-RhsmErratum -Type Security -Severity Critical -First 3)
        $critical.Count | Should -Be 3
        $critical | ForEach-Object {
            $_.Type | Should -Be 'Security Advisory'
            $_.Severity | Should -Be 'Critical'
        }
    }

    It 'gets the details of advisories piped from a system' {
        $erratum = Get-RhsmSystem -First 1 | Get-RhsmSystemErratum -First 1
        $detail = $erratum | Get-RhsmErratum
        $detail.Id | Should -Be $erratum.Id
        $detail.Synopsis | Should -Be $erratum.Synopsis
    }

    It 'writes a non-terminating RhsmErratumNotFound for an unknown id' {
        $null = Get-RhsmErratum -Id 'RHSA-1999:0001' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'RhsmErratumNotFound,RedHatApi.Commands.Rhsm.GetRhsmErratumCommand'
    }

    It 'lists the errata of a content set' {
        $errata = @(Get-RhsmErratum -ContentSet 'rhel-9-for-x86_64-baseos-rpms' -Arch 'x86_64' -First 5)
        $errata.Count | Should -Be 5
        $errata | ForEach-Object { $_.ContentSet | Should -Be 'rhel-9-for-x86_64-baseos-rpms' }
    }

    It 'refuses a page size over the cap' {
        { Get-RhsmErratum -PageSize 1001 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmErratumCommand'
    }
}

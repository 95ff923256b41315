BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmErratumPackage' -Tag 'Unit' {
    It 'lists the packages of an advisory with SHA-256 checksums' {
        $erratum = Get-RhsmErratum -First 1
        $packages = @($erratum | Get-RhsmErratumPackage)
        $packages.Count | Should -BeGreaterThan 0
        $packages | ForEach-Object {
            $_.ErratumId | Should -Be $erratum.Id
            $_.Checksum | Should -Match '^[0-9a-f]{64}$'
        }
    }

    It 'follows the pages of a kernel advisory past 50 packages' {
        $kernel = Get-RhsmErratum | Where-Object Synopsis -Match ' kernel ' | Select-Object -First 1
        @($kernel | Get-RhsmErratumPackage).Count | Should -BeGreaterThan 50
    }

    It 'refuses a page size over the cap of 50' {
        { Get-RhsmErratumPackage -Id 'RHSA-2026:1000' -PageSize 51 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmErratumPackageCommand'
    }
}

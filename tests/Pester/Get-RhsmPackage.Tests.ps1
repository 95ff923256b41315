BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmPackage' -Tag 'Unit' {
    It 'gets the package an advisory ships by its checksum' {
        $package = Get-RhsmErratum -First 1 | Get-RhsmErratumPackage -First 1
        $detail = $package | Get-RhsmPackage
        $detail.Checksum | Should -Be $package.Checksum
        $detail.Nevra | Should -Be $package.Nevra
    }

    It 'writes a non-terminating RhsmPackageNotFound for an unknown checksum' {
        $null = Get-RhsmPackage -Checksum ('0' * 64) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'RhsmPackageNotFound,RedHatApi.Commands.Rhsm.GetRhsmPackageCommand'
    }

    It 'lists the newest build of each name in a content set' {
        $latest = @(Get-RhsmPackage -ContentSet 'rhel-9-for-x86_64-baseos-rpms' -Arch 'x86_64' -Latest)
        $latest.Count | Should -BeGreaterThan 0
        @($latest.Name | Select-Object -Unique).Count | Should -Be $latest.Count
    }

    It 'filters on name with wildcards' {
        Get-RhsmPackage -ContentSet 'rhel-9-for-x86_64-baseos-rpms' -Arch 'x86_64' -Name 'openssl*' -First 3 |
            ForEach-Object { $_.Name | Should -BeLike 'openssl*' }
    }

    It 'refuses a page size over the cap of 100' {
        { Get-RhsmPackage -ContentSet 'x' -Arch 'x86_64' -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmPackageCommand'
    }
}

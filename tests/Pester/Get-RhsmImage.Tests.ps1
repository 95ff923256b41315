BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmImage' -Tag 'Unit' {
    It 'lists the images of a content set, all of its architecture' {
        $images = @(Get-RhsmImage -ContentSet 'rhel-9-for-x86_64-baseos-isos')
        $images.Count | Should -BeGreaterThan 3
        $images | ForEach-Object { $_.Arch | Should -Be 'x86_64' }
        $images | ForEach-Object { $_.Checksum | Should -Match '^[0-9a-f]{64}$' }
    }

    It 'pages without losing or repeating images' {
        $all = @(Get-RhsmImage -ContentSet 'rhel-9-for-x86_64-baseos-isos')
        $paged = @(Get-RhsmImage -ContentSet 'rhel-9-for-x86_64-baseos-isos' -PageSize 2)
        ($paged.Checksum -join ',') | Should -Be ($all.Checksum -join ',')
    }

    It 'lists one version and arch, the same images as its content set' {
        $byVersion = @(Get-RhsmImage -Version 9.4 -Arch aarch64)
        $cset = @(Get-RhsmImage -ContentSet 'rhel-9-for-aarch64-baseos-isos')
        $byVersion.Count | Should -Be 3
        $byVersion | ForEach-Object { $cset.Checksum | Should -Contain $_.Checksum }
    }

    It 'refuses a page size over the cap of 100' {
        { Get-RhsmImage -ContentSet 'rhel-9-for-x86_64-baseos-isos' -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmImageCommand'
    }
}

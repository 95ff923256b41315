BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmSystemPackage' -Tag 'Unit' {
    It 'lists packages with their NEVRA and system' {
        $system = Get-RhsmSystem -First 1
        $packages = @($system | Get-RhsmSystemPackage)
        $packages.Count | Should -BeGreaterThan 299
        $packages | ForEach-Object { $_.SystemUuid | Should -Be $system.Uuid }
        $packages[0].Nevra | Should -Match '^\S+-(\d+:)?\S+-\S+\.(x86_64|noarch)$'
    }

    It 'honours -First per system' {
        (Get-RhsmSystem -First 2 | Get-RhsmSystemPackage -First 5).Count | Should -Be 10
    }

    It 'refuses a page size over the cap of 1000' {
        { Get-RhsmSystemPackage -Uuid ([guid]::NewGuid()) -PageSize 1001 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmSystemPackageCommand'
    }
}

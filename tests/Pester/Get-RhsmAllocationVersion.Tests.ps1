BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RhsmAllocationVersion' -Tag 'Unit' {
    It 'lists versions with a value and a description' {
        $versions = @(Get-RhsmAllocationVersion)
        $versions.Count | Should -BeGreaterThan 0
        $versions | ForEach-Object { $_.Value | Should -Not -BeNullOrEmpty }
    }

    It 'lists values New-RhsmAllocation accepts' {
        $version = Get-RhsmAllocationVersion | Select-Object -First 1
        $created = New-RhsmAllocation -Name ('pester-version-' + [guid]::NewGuid().ToString('N').Substring(0, 8)) -Version $version.Value
        $version.Description | Should -BeLike ('*' + $created.Version)
        $created | Remove-RhsmAllocation -Confirm:$false
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedOpenShiftVersion' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'lists versions with exactly one default' {
        @(Get-AssistedOpenShiftVersion | Where-Object IsDefault).Count | Should -Be 1
    }

    It 'filters with wildcards' {
        Get-AssistedOpenShiftVersion '4.15*' | ForEach-Object { $_.Version | Should -BeLike '4.15.*' }
    }
}

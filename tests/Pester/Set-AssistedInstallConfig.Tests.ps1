BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-AssistedInstallConfig' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'merges an override into the current ones' {
        $script:ready | Set-AssistedInstallConfig -Override @{ fips = $true }
        $script:ready | Set-AssistedInstallConfig -Override @{ publish = 'Internal' }
        $overrides = ($script:ready | Get-AssistedInstallConfig).Overrides | ConvertFrom-Json
        $overrides.fips | Should -BeTrue
        $overrides.publish | Should -Be 'Internal'
    }

    It 'shows each changed field with -WhatIf and sends nothing' {
        $script:ready | Set-AssistedInstallConfig -Override @{ fips = $true } -WhatIf
        ($script:ready | Get-AssistedInstallConfig).Overrides | Should -BeNullOrEmpty
    }

    It 'throws InvalidParameter for text that is not a JSON object' {
        { $script:ready | Set-AssistedInstallConfig -Override 'fips: true' -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedInstallConfigCommand'
    }
}

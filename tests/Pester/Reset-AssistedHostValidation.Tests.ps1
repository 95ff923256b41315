BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Reset-AssistedHostValidation' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'makes a failed validation pending' {
        $failing = Get-AssistedHost -InfraEnvId 4f630ba3-0297-4d99-a7c7-f62e7bca1332 | Where-Object { $_.FailedValidations.Id -contains 'ntp-synced' } | Select-Object -First 1
        $after = $failing | Reset-AssistedHostValidation -ValidationId ntp-synced -PassThru
        ($after.Validations | Where-Object Id -eq ntp-synced).Status | Should -Be 'pending'
    }

    It 'refuses an id the host does not have' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        $host0 | Reset-AssistedHostValidation -ValidationId no-such-check -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedRequestInvalid,*'
    }
}

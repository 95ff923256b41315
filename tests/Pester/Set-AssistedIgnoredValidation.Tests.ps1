BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-AssistedIgnoredValidation' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'sets the host list and keeps the cluster list' {
        $script:ready | Set-AssistedIgnoredValidation -ClusterValidationId ntp-server-configured
        $after = $script:ready | Set-AssistedIgnoredValidation -HostValidationId ntp-synced -PassThru
        $after.ClusterValidationIds | Should -Be @('ntp-server-configured')
        $after.HostValidationIds | Should -Be @('ntp-synced')
    }

    It 'writes AssistedRequestInvalid for a validation that cannot be ignored' {
        { $script:ready | Set-AssistedIgnoredValidation -ClusterValidationId pull-secret-set -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedRequestInvalid,RedHatApi.Commands.Assisted.SetAssistedIgnoredValidationCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedIgnoredValidation' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'gives empty lists for a cluster that ignores nothing' {
        $ignored = $script:ready | Get-AssistedIgnoredValidation
        $ignored.ClusterId | Should -Be $script:ready.Id
        @($ignored.ClusterValidationIds).Count | Should -Be 0
        @($ignored.HostValidationIds).Count | Should -Be 0
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedReleaseSource' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'lists release sources and filters by version' {
        @(Get-AssistedReleaseSource).Count | Should -BeGreaterThan 1
        $source = Get-AssistedReleaseSource -OpenShiftVersion 4.17
        $source.Channels['x86_64'] | Should -Contain 'stable'
    }
}

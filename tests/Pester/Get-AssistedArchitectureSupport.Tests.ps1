BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedArchitectureSupport' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'gives one level per architecture' {
        $levels = Get-AssistedArchitectureSupport -OpenShiftVersion 4.12
        ($levels | Where-Object ArchitectureId -eq 'X86_64_ARCHITECTURE').SupportLevel | Should -Be 'supported'
        ($levels | Where-Object ArchitectureId -eq 'S390X_ARCHITECTURE').SupportLevel | Should -Be 'unavailable'
    }
}

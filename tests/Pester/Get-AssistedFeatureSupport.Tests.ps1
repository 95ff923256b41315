BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedFeatureSupport' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'says an operator that needs a newer OpenShift is unavailable, and why' {
        $ai = Get-AssistedFeatureSupport -OpenShiftVersion 4.15 -FeatureId OPENSHIFT_AI -Detailed
        $ai.SupportLevel | Should -Be 'unavailable'
        $ai.Reason | Should -Be 'openshiftVersion'
        $ai.IsAvailable | Should -BeFalse
        (Get-AssistedFeatureSupport -OpenShiftVersion 4.17 -FeatureId LVM).IsAvailable | Should -BeTrue
    }

    It 'uses the version of a cluster given by id' {
        (Get-AssistedFeatureSupport -ClusterId $script:ready.Id -FeatureId SNO).OpenShiftVersion | Should -Be $script:ready.OpenShiftVersion
    }
}

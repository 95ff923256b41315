BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-OpenShiftResource' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'pages through ConfigMaps with continue tokens' {
        $all = @(Get-OpenShiftResource v1 ConfigMap -Namespace ci -PageSize 4)
        $all.Count | Should -Be 13
        $all[0].PSObject.TypeNames[0] | Should -Be 'RedHatApi.OpenShift.ConfigMap'
        $all[0].kind | Should -Be 'ConfigMap'
    }

    It 'filters pods by field selector on the server' {
        $running = @(Get-OpenShiftResource v1 Pod -AllNamespaces -FieldSelector status.phase=Running)
        $running.Count | Should -BeGreaterThan 0
        $running | ForEach-Object { $_.status.phase | Should -Be 'Running' }
    }

    It 'finds Deployments through apps/v1 discovery' {
        @(Get-OpenShiftResource apps/v1 Deployment -Namespace test).metadata.name | Should -Be 'web'
    }

    It 'names the kinds served when the kind is unknown' {
        { Get-OpenShiftResource apps/v1 Gadget -ErrorAction Stop } | Should -Throw -ErrorId 'OpenShiftKindUnknown*'
    }
}

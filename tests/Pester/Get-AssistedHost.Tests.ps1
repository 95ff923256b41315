BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'lists the hosts of a piped cluster with their inventory parsed' {
        $hosts = Get-AssistedCluster -Name lab-ready | Get-AssistedHost
        @($hosts).Count | Should -Be 3
        $hosts | ForEach-Object { $_.CpuCount | Should -BeGreaterThan 0 }
        $hosts | ForEach-Object { @($_.Disks).Count | Should -BeGreaterThan 0 }
    }

    It 'lists the same hosts for the cluster''s infra-env' {
        $cluster = Get-AssistedCluster -Name lab-ready
        $byCluster = @($cluster | Get-AssistedHost | ForEach-Object { $_.Id } | Sort-Object)
        $byInfraEnv = @(Get-AssistedInfraEnv -ClusterId $cluster.Id | Get-AssistedHost | ForEach-Object { $_.Id } | Sort-Object)
        $byInfraEnv | Should -Be $byCluster
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Get-RunAiCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox
    }

    It 'lists the clusters with their state' {
        $cluster = Get-RunAiCluster
        $cluster.Name | Should -Be 'cluster-1'
        $cluster.State | Should -Be 'Connected'
        (Get-RunAiCluster -Uuid $cluster.Uuid).Name | Should -Be 'cluster-1'
    }

    It 'matches names with wildcards and reports an unknown literal name as RunAiClusterNotFound' {
        @(Get-RunAiCluster -Name 'cluster-*').Count | Should -Be 1
        @(Get-RunAiCluster -Name 'lab-*').Count | Should -Be 0
        { Get-RunAiCluster -Name no-such-cluster -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiClusterNotFound*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Get-RunAiNode' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox
    }

    It 'lists the nodes of piped clusters with their GPUs' {
        $nodes = @(Get-RunAiCluster | Get-RunAiNode)
        $nodes.Count | Should -Be 6
        ($nodes | Measure-Object -Property GpuCount -Sum).Sum | Should -Be 36
        $nodes[0].ClusterUuid | Should -Be (Get-RunAiCluster).Uuid
    }

    It 'ends on a short page and filters by node pool' {
        @(Get-RunAiNode -PageSize 4).Count | Should -Be 6
        @(Get-RunAiNode -NodePool a100).GpuType | Sort-Object -Unique | Should -Be 'NVIDIA-A100-SXM4-80GB'
    }

    It 'refuses a Researcher key, naming the Administrator role' {
        Connect-RunAiSandbox $script:sandbox -Role Researcher
        { Get-RunAiNode -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiPermissionDenied*'
        $Error[0].Exception.Message | Should -BeLike '*Administrator role*'
    }
}

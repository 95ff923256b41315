BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RunAiWorkloadPod' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Researcher
    }

    It 'lists the pods of piped running workloads with their nodes' {
        $running = @(Get-RunAiWorkload -Phase Running -Type Distributed)
        $pods = @($running | Get-RunAiWorkloadPod)
        $pods.Count | Should -Be (3 * $running.Count)
        $pods | ForEach-Object { $running.Id | Should -Contain $_.WorkloadId; $_.NodeName | Should -Not -BeNullOrEmpty }
    }

    It 'lists the pods a suspended workload no longer has with -Deleted' {
        $workload = Get-RunAiWorkload -Phase Running -Type Training -First 1
        $workload | Suspend-RunAiWorkload -Confirm:$false
        @($workload | Get-RunAiWorkloadPod).Count | Should -Be 0
        @($workload | Get-RunAiWorkloadPod -Deleted).Count | Should -Be 1
    }

    It 'writes RunAiWorkloadNotFound for a workload that does not exist' {
        Get-RunAiWorkloadPod -WorkloadId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiWorkloadNotFound,*'
    }
}

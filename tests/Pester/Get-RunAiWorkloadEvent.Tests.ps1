BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RunAiWorkloadEvent' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Researcher
    }

    It 'lists the events of a piped workload newest first, and oldest first on request' {
        $workload = Get-RunAiWorkload -Phase Failed -First 1
        $newest = @($workload | Get-RunAiWorkloadEvent)
        $oldest = @($workload | Get-RunAiWorkloadEvent -OldestFirst)
        $newest.Count | Should -Be 3
        $newest[0].Reason | Should -Be 'BackOff'
        $oldest[0].Reason | Should -Be 'Scheduled'
        $newest | ForEach-Object { $_.WorkloadId | Should -Be $workload.Id }
    }

    It 'shows the suspend among the events' {
        $workload = Get-RunAiWorkload -Phase Running -Type Workspace -First 1
        $workload | Suspend-RunAiWorkload -Confirm:$false
        ($workload | Get-RunAiWorkloadEvent -First 1).Reason | Should -Be 'Suspended'
    }

    It 'writes RunAiWorkloadNotFound for a workload that does not exist' {
        Get-RunAiWorkloadEvent -WorkloadId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiWorkloadNotFound,*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Resume-RunAiWorkload' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Researcher
    }

    It 'resumes stopped workloads from the pipeline' {
        $stopped = @(Get-RunAiWorkload -Phase Stopped -Type Workspace)
        $stopped.Count | Should -BeGreaterThan 0
        $stopped | Resume-RunAiWorkload
        $stopped | ForEach-Object { (Get-RunAiWorkload -Id $_.Id).Phase | Should -Be 'Running' }
    }

    It 'writes RunAiWorkloadNotFound for a workload that does not exist' {
        Resume-RunAiWorkload -Type Training -Id ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiWorkloadNotFound,*'
    }
}

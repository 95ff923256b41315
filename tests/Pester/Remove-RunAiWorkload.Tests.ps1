BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-RunAiWorkload' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Researcher
    }

    It 'deletes piped workloads, which then show only with -Deleted' {
        $failed = @(Get-RunAiWorkload -Phase Failed)
        $failed | Remove-RunAiWorkload -Confirm:$false
        @(Get-RunAiWorkload -Phase Failed).Count | Should -Be 0
        $deleted = @(Get-RunAiWorkload -Deleted)
        ($deleted.Id | Sort-Object) | Should -Be ($failed.Id | Sort-Object)
    }

    It 'shows the DELETE with -WhatIf and keeps the workload' {
        $workload = Get-RunAiWorkload -Type Inference -First 1
        $workload | Remove-RunAiWorkload -WhatIf
        (Get-RunAiWorkload -Id $workload.Id).Name | Should -Be $workload.Name
    }

    It 'writes RunAiWorkloadNotFound for a workload that does not exist' {
        Remove-RunAiWorkload -Type Training -Id ([guid]::NewGuid()) -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiWorkloadNotFound,*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Suspend-RunAiWorkload' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Researcher
    }

    It 'suspends piped workloads and -PassThru shows them Stopped' {
        $running = @(Get-RunAiWorkload -Phase Running -Type Training -First 2)
        $suspended = @($running | Suspend-RunAiWorkload -PassThru -Confirm:$false)
        $suspended.Count | Should -Be 2
        $suspended | ForEach-Object { $_.Phase | Should -Be 'Stopped' }
    }

    It 'shows the POST with -WhatIf and sends nothing' {
        $workload = Get-RunAiWorkload -Phase Running -Type Workspace -First 1
        $workload | Suspend-RunAiWorkload -WhatIf
        (Get-RunAiWorkload -Id $workload.Id).Phase | Should -Be 'Running'
        @(Invoke-SandboxControl $script:sandbox 'runai/exchanges' | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/suspend' }).Count | Should -Be 0
    }

    It 'refuses an inference workload with RunAiWorkloadActionUnsupported' {
        Get-RunAiWorkload -Type Inference -First 1 | Suspend-RunAiWorkload -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiWorkloadActionUnsupported,*'
    }
}

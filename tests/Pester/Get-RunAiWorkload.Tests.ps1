BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RunAiWorkload' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Researcher
    }

    It 'lists every workload exactly once following next across small pages' {
        $all = @(Get-RunAiWorkload -PageSize 7)
        $all.Count | Should -BeGreaterThan 14
        @($all.Id | Select-Object -Unique).Count | Should -Be $all.Count
        $all[0].PSObject.TypeNames | Should -Contain 'RedHatApi.Models.RunAi.RunAiWorkload'
    }

    It 'filters on the server by project, type and phase' {
        $found = @(Get-RunAiWorkload -Project project-0001 -Type Training)
        $found.Count | Should -BeGreaterThan 0
        $found | ForEach-Object { $_.ProjectName | Should -Be 'project-0001'; $_.Type | Should -Be 'Training' }
        Get-RunAiWorkload -Phase Running | ForEach-Object { $_.Phase | Should -Be 'Running' }
    }

    It 'reads workloads by id from the pipeline and writes RunAiWorkloadNotFound for an unknown one' {
        $first = Get-RunAiWorkload -First 1
        $read = @($first.Id, [guid]::NewGuid()) | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Get-RunAiWorkload -ErrorVariable failed -ErrorAction SilentlyContinue
        @($read).Count | Should -Be 1
        $read.Name | Should -Be $first.Name
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiWorkloadNotFound,*'
    }

    It 'stops with PagingLoopDetected when next does not advance' {
        Invoke-SandboxControl $script:sandbox 'runai' -Method PUT -Body @{ stuckNext = $true } | Out-Null
        { Get-RunAiWorkload -PageSize 5 } | Should -Throw -ErrorId 'PagingLoopDetected,*'
    }
}

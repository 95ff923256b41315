BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'New-RunAiProject' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'creates a project in the only cluster with its GPU quota in the default pool' {
        $project = New-RunAiProject -Name team-pester -GpuQuota 2.5 -Confirm:$false
        $project.Name | Should -Be 'team-pester'
        $project.GpuQuota | Should -Be 2.5
        $project.Resources[0].NodePool | Should -Be 'default'
        (Get-RunAiProject -Name team-pester).Id | Should -Be $project.Id
    }

    It 'shows the POST with -WhatIf and creates nothing' {
        New-RunAiProject -Name team-whatif -WhatIf
        { Get-RunAiProject -Name team-whatif -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiProjectNotFound*'
    }

    It 'refuses a taken name with RunAiNameConflict and a Researcher key with the Editor hint' {
        { New-RunAiProject -Name project-0001 -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiNameConflict*'
        Connect-RunAiSandbox $script:sandbox -Role Researcher
        { New-RunAiProject -Name by-researcher -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiPermissionDenied*'
        $Error[0].Exception.Message | Should -BeLike '*Editor role*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Set-RunAiProject' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'changes the quota of one pool and keeps the others' {
        $project = Get-RunAiProject -Name project-0001
        $changed = $project | Set-RunAiProject -NodePool a100 -GpuQuota 4 -PassThru
        $changed.Resources.Count | Should -Be 2
        ($changed.Resources | Where-Object NodePool -eq 'a100').Gpu | Should -Be 4
        ($changed.Resources | Where-Object NodePool -eq 'default').Gpu | Should -Be $project.Resources[0].Gpu
    }

    It 'shows the PUT with -WhatIf and changes nothing' {
        $before = (Get-RunAiProject -Name project-0002).GpuQuota
        Set-RunAiProject -Name project-0002 -GpuQuota 40 -WhatIf
        (Get-RunAiProject -Name project-0002).GpuQuota | Should -Be $before
    }

    It 'needs a quota to change' {
        { Set-RunAiProject -Name project-0001 -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidParameter*'
    }
}

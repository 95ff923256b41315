BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Remove-RunAiProject' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'removes piped projects' {
        Get-RunAiProject -Name project-0003 | Remove-RunAiProject -Confirm:$false
        { Get-RunAiProject -Name project-0003 -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiProjectNotFound*'
        @(Get-RunAiProject).Count | Should -Be 2
    }

    It 'sends nothing with -WhatIf' {
        Remove-RunAiProject -Name project-0001 -WhatIf
        (Get-RunAiProject -Name project-0001).Name | Should -Be 'project-0001'
    }

    It 'reports an unknown project as RunAiProjectNotFound' {
        { Remove-RunAiProject -Name no-such-project -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiProjectNotFound*'
    }
}

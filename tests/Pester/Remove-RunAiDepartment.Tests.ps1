BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Remove-RunAiDepartment' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'removes an empty department' {
        New-RunAiDepartment -Name to-remove | Remove-RunAiDepartment -Confirm:$false
        { Get-RunAiDepartment -Name to-remove -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiDepartmentNotFound*'
    }

    It 'passes on Run:ai refusing a department that still has projects' {
        { Remove-RunAiDepartment -Name dept-01 -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'HttpStatus400*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '6'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Get-RunAiDepartment' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'lists the departments, following next with a small page size' {
        @(Get-RunAiDepartment -PageSize 1).Name | Should -Be @('default', 'dept-01', 'dept-02')
    }

    It 'reads departments by id, piped or given' {
        $project = Get-RunAiProject -Name project-0002
        (Get-RunAiDepartment -Id $project.ParentId).Id | Should -Be $project.ParentId
        (Get-RunAiDepartment -Name dept-02 | Get-RunAiDepartment).Name | Should -Be 'dept-02'
    }

    It 'reports an unknown name as RunAiDepartmentNotFound' {
        { Get-RunAiDepartment -Name no-such-department -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiDepartmentNotFound*'
    }
}

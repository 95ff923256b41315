BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Grant-RunAiAccessRule' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Administrator
    }

    It 'gives a role in a project and writes the rule' {
        $rule = Grant-RunAiAccessRule 'L2 researcher' -User carol@example.com -Project project-0002
        $rule.RoleName | Should -Be 'L2 researcher'
        $rule.ScopeType | Should -Be 'project'
        $rule.ScopeName | Should -Be 'project-0002'
        $rule.SubjectId | Should -Be 'carol@example.com'
    }

    It 'keeps the existing rule when the subject already has the role' {
        $first = Grant-RunAiAccessRule Viewer -Group auditors -Tenant
        $again = Grant-RunAiAccessRule Viewer -Group auditors -Tenant
        $again.Id | Should -Be $first.Id
        @(Get-RunAiAccessRule -SubjectId auditors).Count | Should -Be 1
    }

    It 'shows the POST with -WhatIf and creates nothing' {
        Grant-RunAiAccessRule Editor -User dave@example.com -Cluster cluster-1 -WhatIf
        @(Get-RunAiAccessRule -SubjectId dave@example.com).Count | Should -Be 0
    }

    It 'refuses a call without a scope with InvalidParameter' {
        { Grant-RunAiAccessRule Editor -User dave@example.com -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidParameter,*'
    }
}

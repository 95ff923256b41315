BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RunAiAccessRule' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Administrator
    }

    It 'lists every rule once across pages that end short' {
        $rules = @(Get-RunAiAccessRule -PageSize 5)
        $rules.Count | Should -Be 14
        @($rules.Id | Select-Object -Unique).Count | Should -Be 14
    }

    It 'filters by scope type and role name' {
        $tenant = @(Get-RunAiAccessRule -ScopeType tenant)
        $tenant.Count | Should -Be 1
        $tenant[0].SubjectId | Should -Be 'admin@example.com'
        Get-RunAiAccessRule -Role 'L1 researcher' | ForEach-Object { $_.RoleName | Should -Be 'L1 researcher' }
    }

    It 'lists the rules of piped users' {
        $rules = @(Get-RunAiUser -UserName admin@example.com | Get-RunAiAccessRule)
        $rules.Count | Should -Be 1
        $rules[0].ScopeType | Should -Be 'tenant'
    }
}

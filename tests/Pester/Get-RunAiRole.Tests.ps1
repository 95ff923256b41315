BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RunAiRole' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Administrator
    }

    It 'lists the roles with their permissions' {
        $roles = @(Get-RunAiRole)
        $roles.Count | Should -Be 8
        ($roles | Where-Object Name -eq 'L1 researcher').Permissions | Should -Contain 'workloads: create, read, update, delete'
    }

    It 'matches names with wildcards, case-insensitively' {
        @(Get-RunAiRole -Name '*RESEARCHER*').Name | Sort-Object | Should -Be @('L1 researcher', 'L2 researcher')
    }

    It 'writes RunAiRoleNotFound listing the roles for an unknown name' {
        Get-RunAiRole -Name Researcher -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiRoleNotFound,*'
        $failed[0].Exception.Message | Should -Match 'L1 researcher'
    }
}

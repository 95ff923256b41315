BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Revoke-RunAiAccessRule' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Administrator
    }

    It 'takes a granted role away' {
        $null = Grant-RunAiAccessRule 'L1 researcher' -User erin@example.com -Department dept-01
        Revoke-RunAiAccessRule 'L1 researcher' -User erin@example.com -Department dept-01 -Confirm:$false
        @(Get-RunAiAccessRule -SubjectId erin@example.com).Count | Should -Be 0
    }

    It 'deletes piped rules by id' {
        $rules = @(Get-RunAiAccessRule -Role 'L1 researcher' -First 3)
        $rules | Revoke-RunAiAccessRule -Confirm:$false
        $left = @(Get-RunAiAccessRule -Role 'L1 researcher').Id
        $rules.Id | ForEach-Object { $left | Should -Not -Contain $_ }
    }

    It 'writes RunAiAccessRuleNotFound for a subject without the role' {
        Revoke-RunAiAccessRule Editor -User nobody@example.com -Tenant -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RunAiAccessRuleNotFound,*'
    }
}

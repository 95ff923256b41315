BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-RunAiUser' -Tag 'Unit' {
    BeforeEach { Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null }

    It 'lists every user once across pages of a bare array' {
        Connect-RunAiSandbox $script:sandbox -Role Administrator
        $users = @(Get-RunAiUser -PageSize 4)
        $users.Count | Should -Be 25
        @($users.UserName | Select-Object -Unique).Count | Should -Be 25
    }

    It 'filters by user name on the server' {
        Connect-RunAiSandbox $script:sandbox -Role Administrator
        (Get-RunAiUser -UserName admin@example.com).UserName | Should -Be 'admin@example.com'
        @(Get-RunAiUser -UserName '*user00*').Count | Should -Be 8
    }

    It 'names the Administrator role when an Editor application asks' {
        Connect-RunAiSandbox $script:sandbox -Role Editor
        { Get-RunAiUser -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiPermissionDenied,*'
        try { Get-RunAiUser -ErrorAction Stop } catch { $_.Exception.Message | Should -Match 'Administrator' }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'New-RunAiDepartment' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'creates departments from piped records, one each' {
        $created = @([pscustomobject]@{ Name = 'research'; GpuQuota = 16 }, [pscustomobject]@{ Name = 'inference'; GpuQuota = 8 } | New-RunAiDepartment)
        $created.Name | Should -Be @('research', 'inference')
        $created.GpuQuota | Should -Be @(16, 8)
    }

    It 'refuses a taken name with RunAiNameConflict' {
        { New-RunAiDepartment -Name dept-01 -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiNameConflict*'
    }
}

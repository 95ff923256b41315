BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Set-RunAiDepartment' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'changes the GPU quota and limit of a department' {
        $changed = Set-RunAiDepartment -Name dept-02 -GpuQuota 32 -GpuLimit 40 -PassThru -Confirm:$false
        $changed.GpuQuota | Should -Be 32
        $changed.Resources[0].GpuLimit | Should -Be 40
    }

    It 'reports an unknown department as RunAiDepartmentNotFound' {
        { Set-RunAiDepartment -Name no-such-department -GpuQuota 1 -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiDepartmentNotFound*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Get-RunAiNodePool' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox
    }

    It 'lists the node pools of piped clusters, the default one marked' {
        $pools = @(Get-RunAiCluster | Get-RunAiNodePool)
        $pools.Name | Should -Be @('default', 'a100')
        ($pools | Where-Object IsDefault).Name | Should -Be 'default'
    }

    It 'finds one pool by name' {
        (Get-RunAiNodePool -Name a100).LabelValue | Should -Be 'a100'
    }
}

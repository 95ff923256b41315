BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-AssistedInfraEnv' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'refuses while hosts are registered, then removes the emptied infra-env' {
        $env = Get-AssistedInfraEnv -ClusterId (Get-AssistedCluster -Name edge-sno).Id
        { $env | Remove-AssistedInfraEnv -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'AssistedInfraEnvHasHosts,RedHatApi.Commands.Assisted.RemoveAssistedInfraEnvCommand'
        $env | Get-AssistedHost | Remove-AssistedHost -Confirm:$false
        $env | Remove-AssistedInfraEnv -Confirm:$false
        Get-AssistedInfraEnv | Where-Object Id -eq $env.Id | Should -BeNullOrEmpty
    }
}

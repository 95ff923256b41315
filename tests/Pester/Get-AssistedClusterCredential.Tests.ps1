BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedClusterCredential' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'gives kubeadmin of an installed cluster as a PSCredential' {
        $login = Get-AssistedCluster -Name prod-east | Get-AssistedClusterCredential
        $login.Credential | Should -BeOfType ([System.Management.Automation.PSCredential])
        $login.UserName | Should -Be 'kubeadmin'
        $login.ConsoleUrl.Host | Should -BeLike '*prod-east*'
    }

    It 'says the cluster is not installed yet' {
        { Get-AssistedCluster -Name lab-ready | Get-AssistedClusterCredential -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedClusterCredentialsNotAvailable,RedHatApi.Commands.Assisted.GetAssistedClusterCredentialCommand'
    }
}

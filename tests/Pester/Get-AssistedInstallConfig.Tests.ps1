BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedInstallConfig' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'gives the YAML with the cluster name and base domain' {
        $yaml = $script:ready | Get-AssistedInstallConfig -Raw
        $yaml | Should -Match 'name: "?lab-ready'
        $yaml | Should -Match 'baseDomain: "?example.com'
        ($script:ready | Get-AssistedInstallConfig).Overrides | Should -BeNullOrEmpty
    }
}

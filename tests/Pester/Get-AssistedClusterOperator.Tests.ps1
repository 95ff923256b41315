BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedClusterOperator' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'lists the built-in operators and the OLM operators enabled' {
        ($script:ready | Get-AssistedClusterOperator -Type builtin).Name | Should -Contain 'console'
        $script:ready | Enable-AssistedOperator -Name lvm
        ($script:ready | Get-AssistedClusterOperator -Type olm).Name | Should -Be @('lvm')
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedPreflightRequirement' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'gives the needs of OpenShift and the operators per role' {
        $rows = $script:ready | Get-AssistedPreflightRequirement
        ($rows | Where-Object { $_.Component -eq 'ocp' -and $_.Role -eq 'master' }).CpuCores | Should -Be 4
        ($rows | Where-Object Component -eq 'odf').Dependencies | Should -Contain 'lso'
        @($script:ready | Get-AssistedPreflightRequirement -Component ocp -Role worker).Count | Should -Be 1
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedOperatorBundle' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'lists the bundles and reads one by id' {
        (Get-AssistedOperatorBundle).Id | Should -Contain 'virtualization'
        (Get-AssistedOperatorBundle -Id virtualization).Operators | Should -Contain 'cnv'
    }

    It 'writes AssistedOperatorBundleNotFound for an unknown id' {
        { Get-AssistedOperatorBundle -Id nothing -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedOperatorBundleNotFound,RedHatApi.Commands.Assisted.GetAssistedOperatorBundleCommand'
    }
}

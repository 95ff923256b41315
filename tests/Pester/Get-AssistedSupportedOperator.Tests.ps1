BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedSupportedOperator' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'lists the operators the service supports' {
        (Get-AssistedSupportedOperator).Name | Should -Contain 'lvm'
    }

    It 'gives the settings of a named operator and AssistedOperatorNotFound for an unknown one' {
        (Get-AssistedSupportedOperator -Name odf).Properties.Name | Should -Contain 'deployment_mode'
        { Get-AssistedSupportedOperator -Name no-such-operator -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedOperatorNotFound,RedHatApi.Commands.Assisted.GetAssistedSupportedOperatorCommand'
    }
}

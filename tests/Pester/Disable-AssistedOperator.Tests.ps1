BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Disable-AssistedOperator' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'takes one operator out and keeps the others' {
        $script:ready | Enable-AssistedOperator -Name lvm, mce
        $script:ready | Disable-AssistedOperator -Name lvm
        ($script:ready | Get-AssistedClusterOperator -Type olm).Name | Should -Be @('mce')
    }

    It 'writes AssistedOperatorNotEnabled for an operator the cluster does not have' {
        { $script:ready | Disable-AssistedOperator -Name odf -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedOperatorNotEnabled,RedHatApi.Commands.Assisted.DisableAssistedOperatorCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Enable-AssistedOperator' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'adds an operator and keeps those already enabled, with the dependencies the service adds' {
        $script:ready | Enable-AssistedOperator -Name lvm
        $after = $script:ready | Enable-AssistedOperator -Name cnv -PassThru
        ($after | Where-Object Type -eq olm).Name | Sort-Object | Should -Be @('cnv', 'lso', 'lvm')
    }

    It 'shows the resulting list with -WhatIf and changes nothing' {
        $script:ready | Enable-AssistedOperator -Name odf -WhatIf
        @($script:ready | Get-AssistedClusterOperator -Type olm).Count | Should -Be 0
    }

    It 'writes AssistedClusterStateConflict for an installed cluster' {
        { $script:installed | Enable-AssistedOperator -Name lvm -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedClusterStateConflict,RedHatApi.Commands.Assisted.EnableAssistedOperatorCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Stop-AssistedClusterInstallation' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'cancels a running installation' {
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 60000 } | Out-Null
        $cluster = Get-AssistedCluster -Name lab-ready
        $cluster | Start-AssistedClusterInstallation -Confirm:$false
        (Get-AssistedCluster -ClusterId $cluster.Id | Stop-AssistedClusterInstallation -Confirm:$false -PassThru).Status | Should -Be 'ready'
    }

    It '-WhatIf sends nothing' {
        Get-AssistedCluster -Name prod-east | Stop-AssistedClusterInstallation -WhatIf
        (Get-AssistedCluster -Name prod-east).Status | Should -Be 'installed'
    }
}

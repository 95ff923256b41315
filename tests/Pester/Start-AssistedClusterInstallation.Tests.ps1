BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Start-AssistedClusterInstallation' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'starts a ready cluster' {
        $cluster = Get-AssistedCluster -Name lab-ready | Start-AssistedClusterInstallation -PassThru -Confirm:$false
        $cluster.Status | Should -Be 'preparing-for-installation'
    }

    It 'writes AssistedClusterStateConflict naming the state of a cluster that is not ready' {
        Get-AssistedCluster -Name dev-insufficient | Start-AssistedClusterInstallation -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AssistedClusterStateConflict,RedHatApi.Commands.Assisted.StartAssistedClusterInstallationCommand'
        $err[0].Exception.Message | Should -Match "state 'insufficient'"
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Reset-AssistedCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'makes a failed cluster ready again' {
        $cluster = Get-AssistedCluster -Name fail-install-demo
        $cluster | Start-AssistedClusterInstallation -Confirm:$false
        $cluster | Wait-AssistedCluster -Status error -PollIntervalSec 0.2 -TimeoutSec 30 | Out-Null
        $cluster | Reset-AssistedCluster -Confirm:$false
        ($cluster | Wait-AssistedCluster -Status ready -PollIntervalSec 0.2 -TimeoutSec 30).Status | Should -Be 'ready'
    }

    It 'writes AssistedClusterStateConflict for a ready cluster' {
        Get-AssistedCluster -Name lab-ready | Reset-AssistedCluster -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AssistedClusterStateConflict,RedHatApi.Commands.Assisted.ResetAssistedClusterCommand'
    }
}

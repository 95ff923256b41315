BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Wait-AssistedCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'outputs the cluster once installed' {
        $done = Get-AssistedCluster -Name lab-ready | Start-AssistedClusterInstallation -PassThru -Confirm:$false |
            Wait-AssistedCluster -Status installed -PollIntervalSec 0.2 -TimeoutSec 60
        $done.Status | Should -Be 'installed'
        $done.ProgressPercent | Should -Be 100
    }

    It 'writes AssistedClusterFailed with the status info when the install fails' {
        Get-AssistedCluster -Name fail-install-demo | Start-AssistedClusterInstallation -PassThru -Confirm:$false |
            Wait-AssistedCluster -Status installed -PollIntervalSec 0.2 -TimeoutSec 60 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AssistedClusterFailed,RedHatApi.Commands.Assisted.WaitAssistedClusterCommand'
        $err[0].TargetObject.StatusInfo | Should -Be 'cluster has hosts in error'
    }

    It 'writes AssistedWaitTimeout naming the state reached' {
        Get-AssistedCluster -Name dev-insufficient | Wait-AssistedCluster -Status installed -TimeoutSec 1 -PollIntervalSec 0.2 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AssistedWaitTimeout,RedHatApi.Commands.Assisted.WaitAssistedClusterCommand'
        $err[0].Exception.Message | Should -Match "'insufficient'"
    }
}

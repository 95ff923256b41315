# A whole Assisted installation in the sandbox with cmdlets only, as an administrator would script it.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
    $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
    Set-Content -LiteralPath $script:secretPath -Value '{"auths":{"cloud.openshift.com":{"auth":"ZTJlOmUyZQ==","email":"e2e@example.com"}}}' -Encoding ASCII
}

AfterAll {
    Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue
    Complete-RedHatApiTestRun $script:sandbox
}

Describe 'An Assisted installation from nothing to a kubeconfig' -Tag 'Unit' {
    BeforeAll {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null

        $script:cluster = New-AssistedCluster -Name pester-e2e -OpenShiftVersion 4.16 -BaseDnsDomain example.com -PullSecretPath $script:secretPath -ControlPlaneCount 3
        $script:cluster | New-AssistedInfraEnv -Name pester-e2e-iso -PullSecretPath $script:secretPath | Save-AssistedDiscoveryIso -Path $TestDrive | Out-Null
        for ($i = 0; $i -lt 200 -and @(Get-AssistedHost -ClusterId $script:cluster.Id -Status known).Count -lt 3) { Start-Sleep -Milliseconds 50 }
        Get-AssistedHost -ClusterId $script:cluster.Id | Set-AssistedHost -HostRole master -InstallationDisk vda
        $manifest = "apiVersion: v1`nkind: ConfigMap`nmetadata:`n  name: e2e`n  namespace: openshift-config`n"
        Add-AssistedManifest -ClusterId $script:cluster.Id -Folder openshift -FileName e2e.yaml -Content $manifest | Out-Null
        Enable-AssistedOperator -ClusterId $script:cluster.Id -Name lvm | Out-Null
        $script:installed = $script:cluster | Wait-AssistedCluster -Status ready -PollIntervalSec 0.1 -TimeoutSec 60 |
            Start-AssistedClusterInstallation -PassThru | Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 120
        $script:kubeconfig = $script:cluster | Save-AssistedClusterKubeconfig -Path $TestDrive
    }

    It 'installs the cluster' {
        $script:installed.Status | Should -Be 'installed'
        $script:installed.ProgressPercent | Should -Be 100
    }

    It 'installs every host as a master on the chosen disk' {
        $hosts = @(Get-AssistedHost -ClusterId $script:cluster.Id)
        $hosts.Count | Should -Be 3
        $hosts.Role | Sort-Object -Unique | Should -Be 'master'
        $hosts.InstallationDiskPath | Sort-Object -Unique | Should -Be '/dev/vda'
        $hosts.Status | Sort-Object -Unique | Should -Be 'installed'
    }

    It 'keeps the custom manifest and the operator' {
        (Get-AssistedManifest -ClusterId $script:cluster.Id).FileName | Should -Contain 'e2e.yaml'
        (Get-AssistedClusterOperator -ClusterId $script:cluster.Id -Type olm).Name | Should -Contain 'lvm'
    }

    It 'saves a kubeconfig' {
        Get-Content -Raw $script:kubeconfig.FullName | Should -Match 'clusters:'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
    $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
    Set-Content -LiteralPath $script:secretPath -Value (Invoke-SandboxControl $script:sandbox 'credentials').pullSecret -Encoding ASCII
    Connect-RedHatApi -Sandbox $script:sandbox.Url -PullSecretPath $script:secretPath

    # Polls the sandbox state machine a bounded number of times; the stage length is set short in BeforeEach.
    function Wait-HostStatus($InfraEnvId, $HostId, $Status) {
        for ($i = 0; $i -lt 100 -and -not (Get-AssistedHost -InfraEnvId $InfraEnvId -HostId $HostId -Status $Status)) { Start-Sleep -Milliseconds 50 }
        Get-AssistedHost -InfraEnvId $InfraEnvId -HostId $HostId
    }
}

AfterAll {
    Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue
    Complete-RedHatApiTestRun $script:sandbox
}

Describe 'Start-AssistedHostInstallation' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'installs a day-2 host into its cluster' {
        $cluster = Get-AssistedCluster -Name prod-east | Enable-AssistedClusterHostAddition -PassThru
        $infraEnv = Get-AssistedInfraEnv -ClusterId $cluster.Id
        $id = [guid]::NewGuid()
        Register-AssistedHost -InfraEnvId $infraEnv.Id -HostId $id | Out-Null
        Wait-HostStatus $infraEnv.Id $id known | Out-Null
        (Start-AssistedHostInstallation -InfraEnvId $infraEnv.Id -HostId $id -PassThru).Status | Should -Be 'installing-in-progress'
        (Wait-HostStatus $infraEnv.Id $id added-to-existing-cluster).Status | Should -Be 'added-to-existing-cluster'
    }

    It 'is AssistedHostStateConflict for a host of a cluster not yet installed' {
        Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1 | Start-AssistedHostInstallation -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedHostStateConflict,*'
    }
}

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

Describe 'Enable-AssistedClusterHostAddition' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'opens an installed cluster to new hosts, which then register' {
        $cluster = Get-AssistedCluster -Name prod-east | Enable-AssistedClusterHostAddition -PassThru
        $cluster.Status | Should -Be 'adding-hosts'
        $infraEnv = Get-AssistedInfraEnv -ClusterId $cluster.Id
        $id = [guid]::NewGuid()
        Register-AssistedHost -InfraEnvId $infraEnv.Id -HostId $id | Out-Null
        (Wait-HostStatus $infraEnv.Id $id known).Status | Should -Be 'known'
    }

    It 'is AssistedClusterStateConflict for a cluster that is not installed' {
        Get-AssistedCluster -Name lab-ready | Enable-AssistedClusterHostAddition -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedClusterStateConflict,*'
    }
}

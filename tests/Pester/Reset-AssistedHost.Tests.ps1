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

Describe 'Reset-AssistedHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'sends a host whose installation failed back to discovery' {
        $cluster = Get-AssistedCluster -Name fail-install-demo
        $cluster | Start-AssistedClusterInstallation
        for ($i = 0; $i -lt 100 -and (Get-AssistedCluster -ClusterId $cluster.Id).Status -ne 'error') { Start-Sleep -Milliseconds 50 }
        $failed = $cluster | Get-AssistedHost -Status error | Select-Object -First 1
        ($failed | Reset-AssistedHost -Confirm:$false -PassThru).Status | Should -Be 'resetting'
        (Wait-HostStatus $failed.InfraEnvId $failed.Id known).Status | Should -Be 'known'
    }

    It 'is AssistedHostStateConflict for a known host' {
        Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1 | Reset-AssistedHost -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedHostStateConflict,*'
    }
}

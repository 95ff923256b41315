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

Describe 'Add-AssistedClusterHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'binds a host of a late-binding infra-env to a cluster' {
        $cluster = New-AssistedCluster -Name pester-late -OpenShiftVersion 4.16 -PullSecretPath $script:secretPath -ControlPlaneCount 1
        $infraEnv = New-AssistedInfraEnv -Name pester-pool -PullSecretPath $script:secretPath
        $id = [guid]::NewGuid()
        Register-AssistedHost -InfraEnvId $infraEnv.Id -HostId $id | Out-Null
        $waiting = Wait-HostStatus $infraEnv.Id $id known-unbound
        $waiting.ClusterId | Should -BeNullOrEmpty
        ($waiting | Add-AssistedClusterHost -ClusterId $cluster.Id -PassThru).ClusterId | Should -Be $cluster.Id
        (Wait-HostStatus $infraEnv.Id $id known).ClusterId | Should -Be $cluster.Id
    }

    It 'is AssistedHostStateConflict for a host already in a cluster' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        $host0 | Add-AssistedClusterHost -ClusterId $host0.ClusterId -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedHostStateConflict,*'
    }
}

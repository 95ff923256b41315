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

Describe 'Remove-AssistedClusterHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'unbinds a late-bound host, which stays in its infra-env' {
        $cluster = New-AssistedCluster -Name pester-unbind -OpenShiftVersion 4.16 -PullSecretPath $script:secretPath -ControlPlaneCount 1
        $infraEnv = New-AssistedInfraEnv -Name pester-pool -PullSecretPath $script:secretPath
        $id = [guid]::NewGuid()
        Register-AssistedHost -InfraEnvId $infraEnv.Id -HostId $id | Out-Null
        Wait-HostStatus $infraEnv.Id $id known-unbound | Add-AssistedClusterHost -ClusterId $cluster.Id
        $unbound = Get-AssistedHost -InfraEnvId $infraEnv.Id -HostId $id | Remove-AssistedClusterHost -Confirm:$false -PassThru
        $unbound.ClusterId | Should -BeNullOrEmpty
        Get-AssistedHost -ClusterId $cluster.Id | Should -BeNullOrEmpty
        (Wait-HostStatus $infraEnv.Id $id known-unbound).Status | Should -Be 'known-unbound'
    }

    It 'is AssistedRequestInvalid for a host of an infra-env bound to a cluster' {
        Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1 | Remove-AssistedClusterHost -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedRequestInvalid,*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-AssistedInfraEnvFile' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'saves the discovery ignition with the SSH key' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        $infraEnv | Set-AssistedInfraEnv -SshAuthorizedKey 'ssh-ed25519 AAAAPesterKey pester@example.com'
        $file = $infraEnv | Save-AssistedInfraEnvFile -FileName discovery.ign -Path $TestDrive
        $file.Name | Should -Be "$($infraEnv.Id)-discovery.ign"
        Get-Content -Raw $file.FullName | Should -Match 'AAAAPesterKey'
    }

    It 'is AssistedInfraEnvFileNotAvailable for a file the infra-env lacks' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        $infraEnv | Save-AssistedInfraEnvFile -FileName static-network-config -Path $TestDrive -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedInfraEnvFileNotAvailable,*'
    }
}

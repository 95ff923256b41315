BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedHostIgnition' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'reads back the override Set-AssistedHost -Ignition set' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        ($host0 | Get-AssistedHostIgnition).IsSet | Should -BeFalse
        $host0 | Set-AssistedHost -Ignition '{"ignition":{"version":"3.2.0"},"storage":{"files":[{"path":"/etc/motd"}]}}'
        $ignition = $host0 | Get-AssistedHostIgnition
        $ignition.IsSet | Should -BeTrue
        ($ignition.Config | ConvertFrom-Json).storage.files[0].path | Should -Be '/etc/motd'
    }

    It 'is AssistedHostNotFound for an unknown host' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        Get-AssistedHostIgnition -InfraEnvId $host0.InfraEnvId -HostId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedHostNotFound,*'
    }
}

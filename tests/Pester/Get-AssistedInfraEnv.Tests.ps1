BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedInfraEnv' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'lists one bound infra-env per seeded cluster' {
        $cluster = Get-AssistedCluster -Name lab-ready
        $env = Get-AssistedInfraEnv -ClusterId $cluster.Id
        @($env).Count | Should -Be 1
        $env.ClusterId | Should -Be $cluster.Id
    }

    It 'gets piped ids and writes AssistedInfraEnvNotFound for an unknown one' {
        $env = Get-AssistedInfraEnv | Select-Object -First 1
        $got = @([guid]::NewGuid(), $env.Id) | Get-AssistedInfraEnv -ErrorVariable failures -ErrorAction SilentlyContinue
        $got.Id | Should -Be $env.Id
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AssistedInfraEnvNotFound,*'
    }
}

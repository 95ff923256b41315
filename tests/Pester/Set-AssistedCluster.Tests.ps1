BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-AssistedCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'sends only the bound parameters' {
        Get-AssistedCluster -Name lab-ready | Set-AssistedCluster -BaseDnsDomain lab.example.org
        $body = (Invoke-SandboxControl $script:sandbox 'assisted/bodies' | Select-Object -Last 1).body | ConvertFrom-Json
        @($body.PSObject.Properties.Name) | Should -Be @('base_dns_domain')
        (Get-AssistedCluster -Name lab-ready).BaseDnsDomain | Should -Be 'lab.example.org'
    }

    It 'writes AssistedClusterStateConflict for an installed cluster' {
        Get-AssistedCluster -Name prod-east | Set-AssistedCluster -Name other -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AssistedClusterStateConflict,RedHatApi.Commands.Assisted.SetAssistedClusterCommand'
        $err[0].Exception.Message | Should -Match "state 'installed'"
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'New-AssistedInfraEnv' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    BeforeAll {
        $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
        Set-Content -LiteralPath $script:secretPath -Value '{"auths":{"cloud.openshift.com":{"auth":"c2FuZGJveA==","email":"a@example.com"}}}'
    }

    AfterAll { Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue }

    It 'creates an infra-env bound to a piped cluster' {
        $cluster = Get-AssistedCluster -Name dev-insufficient
        $env = $cluster | New-AssistedInfraEnv -Name pester-iso -PullSecretPath $script:secretPath -ImageType full-iso
        $env.ClusterId | Should -Be $cluster.Id
        $env.ImageType | Should -Be 'full-iso'
    }

    It '-WhatIf creates nothing' {
        New-AssistedInfraEnv -Name pester-what -PullSecretPath $script:secretPath -WhatIf
        Get-AssistedInfraEnv | Where-Object Name -eq 'pester-what' | Should -BeNullOrEmpty
    }
}

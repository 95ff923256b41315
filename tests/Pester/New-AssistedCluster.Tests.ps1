BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'New-AssistedCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    BeforeAll {
        $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
        Set-Content -LiteralPath $script:secretPath -Value '{"auths":{"cloud.openshift.com":{"auth":"c2FuZGJveA==","email":"a@example.com"}}}'
    }

    AfterAll { Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue }

    It 'registers a cluster from a pull secret file' {
        $cluster = New-AssistedCluster -Name pester-one -OpenShiftVersion 4.16 -PullSecretPath $script:secretPath -BaseDnsDomain example.com
        $cluster.OpenShiftVersion | Should -Be '4.16.21'
        $cluster.PullSecretSet | Should -BeTrue
        (Get-AssistedCluster -ClusterId $cluster.Id).Name | Should -Be 'pester-one'
    }

    It '-WhatIf registers nothing' {
        New-AssistedCluster -Name pester-what -OpenShiftVersion 4.16 -PullSecretPath $script:secretPath -WhatIf
        Get-AssistedCluster -Name 'pester-what*' | Should -BeNullOrEmpty
    }

    It 'refuses a pull secret that is not the console document' {
        $bad = ConvertTo-SecureString 'not-json' -AsPlainText -Force
        { New-AssistedCluster -Name pester-bad -OpenShiftVersion 4.16 -PullSecret $bad -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidPullSecret,RedHatApi.Commands.Assisted.NewAssistedClusterCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedDiscoveryIsoUrl' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'returns a link on the image host that expires in about four hours, shown masked' {
        $link = Get-AssistedInfraEnv -ClusterId (Get-AssistedCluster -Name lab-ready).Id | Get-AssistedDiscoveryIsoUrl
        $link.Url.AbsolutePath | Should -BeLike '/api/assisted-images/images/*'
        $link.ExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddHours(3))
        $link.ToString() | Should -BeLike '*image_token=`*`*`**'
    }
}

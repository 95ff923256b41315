BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedClusterFileUrl' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'gives a link whose key is masked in its text' {
        $link = $script:installed | Get-AssistedClusterFileUrl -FileName metadata.json
        $link.Url.Query | Should -Match 'api_key=ey'
        $link.ToString() | Should -Not -Match 'api_key=ey'
        (Invoke-WebRequest -Uri $link.Url -UseBasicParsing).RawContent | Should -Match 'prod-east'
    }

    It 'writes AssistedClusterFileNotAvailable before the installation' {
        { $script:ready | Get-AssistedClusterFileUrl -FileName worker.ign -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedClusterFileNotAvailable,RedHatApi.Commands.Assisted.GetAssistedClusterFileUrlCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '12'
    $script:ironic = [uri]::new([uri]$script:sandbox.Url, 'ironic/')
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-IronicApiVersion' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-Ironic -Url $script:ironic
    }

    It 'reports the range the server serves' {
        $version = Get-IronicApiVersion
        $version.MinVersion | Should -Be '1.1'
        $version.MaxVersion | Should -Be '1.82'
        $version.PinnedVersion | Should -BeNullOrEmpty
    }

    It 'shows the pinned version' {
        Connect-Ironic -Url $script:ironic -ApiVersion 1.68
        (Get-IronicApiVersion).PinnedVersion | Should -Be '1.68'
    }
}

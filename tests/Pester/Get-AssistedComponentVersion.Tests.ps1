BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedComponentVersion' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'lists the service components with their versions' {
        $versions = Get-AssistedComponentVersion
        $versions.Component | Should -Contain 'discovery-agent'
        $versions | ForEach-Object { $_.Version | Should -Not -BeNullOrEmpty }
    }
}

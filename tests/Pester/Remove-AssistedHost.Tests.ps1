BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-AssistedHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'removes a piped host' {
        Get-AssistedCluster -Name edge-sno | Get-AssistedHost | Remove-AssistedHost -Confirm:$false
        Get-AssistedCluster -Name edge-sno | Get-AssistedHost | Should -BeNullOrEmpty
    }

    It '-WhatIf removes nothing' {
        Get-AssistedCluster -Name edge-sno | Get-AssistedHost | Remove-AssistedHost -WhatIf
        Get-AssistedCluster -Name edge-sno | Get-AssistedHost | Should -Not -BeNullOrEmpty
    }
}

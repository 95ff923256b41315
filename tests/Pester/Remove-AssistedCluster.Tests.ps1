BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-AssistedCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It '-WhatIf removes nothing' {
        Get-AssistedCluster -Name dev-insufficient | Remove-AssistedCluster -WhatIf
        Get-AssistedCluster -Name dev-insufficient | Should -Not -BeNullOrEmpty
    }

    It 'removes a piped cluster' {
        Get-AssistedCluster -Name dev-insufficient | Remove-AssistedCluster -Confirm:$false
        Get-AssistedCluster -Name 'dev-insufficient*' | Should -BeNullOrEmpty
    }
}

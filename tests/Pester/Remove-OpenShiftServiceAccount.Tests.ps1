BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-OpenShiftServiceAccount' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It '-WhatIf removes nothing' {
        Get-OpenShiftServiceAccount -Namespace test -Name default | Remove-OpenShiftServiceAccount -WhatIf
        Get-OpenShiftServiceAccount -Namespace test -Name default | Should -Not -BeNullOrEmpty
    }

    It 'removes a piped account' {
        New-OpenShiftServiceAccount -Namespace test -Name gone | Remove-OpenShiftServiceAccount -Confirm:$false
        Get-OpenShiftServiceAccount -Namespace test -Name 'gone*' | Should -BeNullOrEmpty
    }
}

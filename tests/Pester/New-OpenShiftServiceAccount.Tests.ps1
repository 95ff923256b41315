BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'New-OpenShiftServiceAccount' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'creates an account with labels' {
        $sa = New-OpenShiftServiceAccount -Namespace test -Name robot -Label @{ team = 'infra' }
        $sa.UserName | Should -Be 'system:serviceaccount:test:robot'
        (Get-OpenShiftServiceAccount -Namespace test -Name robot).Labels['team'] | Should -Be 'infra'
    }

    It 'reports a taken name as OpenShiftAlreadyExists' {
        New-OpenShiftServiceAccount -Namespace test -Name default -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OpenShiftAlreadyExists,*'
    }

    It '-WhatIf creates nothing' {
        New-OpenShiftServiceAccount -Namespace test -Name ghost -WhatIf
        Get-OpenShiftServiceAccount -Namespace test -Name 'ghost*' | Should -BeNullOrEmpty
    }
}

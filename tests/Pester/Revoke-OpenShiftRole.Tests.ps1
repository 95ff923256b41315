BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Revoke-OpenShiftRole' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'removes one subject and keeps the binding for the others' {
        $null = Grant-OpenShiftRole view -User alice, bob -Namespace test
        Revoke-OpenShiftRole view -User alice -Namespace test
        $left = Grant-OpenShiftRole view -User bob -Namespace test
        @($left.Subjects.Name) | Should -Be @('bob')
    }

    It 'deletes the binding with its last subject' {
        $null = Grant-OpenShiftRole view -User alice -Namespace test
        Revoke-OpenShiftRole view -User alice -Namespace test
        $deletes = @(Invoke-SandboxControl $script:sandbox 'requests' | Where-Object { $_.method -eq 'DELETE' -and $_.pathAndQuery -like '*rolebindings/view' })
        $deletes.Count | Should -Be 1
    }

    It 'reports a role that was not granted' {
        Revoke-OpenShiftRole view -User nobody -Namespace test -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OpenShiftRoleNotBound,*'
    }
}

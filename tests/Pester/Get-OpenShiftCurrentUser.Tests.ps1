BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-OpenShiftCurrentUser' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'names the admin the token belongs to' {
        $user = Get-OpenShiftCurrentUser
        $user.Name | Should -Be 'kube:admin'
        $user.Source | Should -Be 'User'
    }

    It 'falls back to a SelfSubjectReview on plain Kubernetes' {
        Invoke-SandboxControl $script:sandbox 'cluster/settings' -Method PUT -Body @{ flavor = 'Kubernetes' } | Out-Null
        $user = Get-OpenShiftCurrentUser
        $user.Source | Should -Be 'SelfSubjectReview'
        $user.Name | Should -Be 'kubernetes-admin'
    }

    It 'fails with OpenShiftClusterNotConnected for an unknown -Cluster' {
        { Get-OpenShiftCurrentUser -Cluster nowhere -ErrorAction Stop } | Should -Throw -ErrorId 'OpenShiftClusterNotConnected*'
    }
}

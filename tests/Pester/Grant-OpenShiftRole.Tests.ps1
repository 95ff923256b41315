BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Grant-OpenShiftRole' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'creates a RoleBinding named after the role' {
        $binding = Grant-OpenShiftRole view -User alice -Namespace test
        $binding.Kind | Should -Be 'RoleBinding'
        $binding.Name | Should -Be 'view'
        $binding.Subjects[0].Name | Should -Be 'alice'
    }

    It 'adds a second subject to the same binding' {
        $first = Grant-OpenShiftRole view -User alice -Namespace test
        $second = Grant-OpenShiftRole view -User bob -Namespace test
        $second.Uid | Should -Be $first.Uid
        @($second.Subjects).Count | Should -Be 2
    }

    It 'lets a service account token do what the role allows' {
        $null = New-OpenShiftServiceAccount -Namespace test -Name robot
        $token = New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount robot
        $robot = Connect-RedHatApi -ClusterUrl $script:sandbox.ClusterUrl -AccessToken $token.Token -CertificateAuthority $script:sandbox.ClusterCaPath -NewSession -ClusterName robot
        { Get-OpenShiftServiceAccount -Session $robot -Namespace test -ErrorAction Stop } | Should -Throw
        $null = Grant-OpenShiftRole edit -ServiceAccount robot -Namespace test
        @(Get-OpenShiftServiceAccount -Session $robot -Namespace test).Count | Should -BeGreaterThan 0
    }

    It 'refuses a namespaced Role cluster-wide' {
        { Grant-OpenShiftRole reader -RoleKind Role -User alice -ClusterWide -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidParameter*'
    }
}

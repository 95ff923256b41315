BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Connect-OpenShiftCluster' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'adds the cluster as a named connection and makes it the current cluster' {
        $session = Connect-OpenShiftCluster $script:sandbox.ClusterUrl -AccessToken $script:sandbox.AdminToken `
            -CertificateAuthority $script:sandbox.ClusterCaPath -Name lab -NewSession
        try {
            $connection = $session.Connections | Where-Object Name -eq 'cluster:lab'
            $connection.Family | Should -Be 'OpenShift'
            $connection.AuthKind | Should -Be 'Bearer'
            $connection.IsDefault | Should -BeTrue
            ($session.Clusters | Where-Object IsCurrent).Name | Should -Be 'lab'
            (Get-OpenShiftCurrentUser -Session $session).Name | Should -Be 'kube:admin'
        }
        finally {
            $session | Disconnect-RedHatApi
        }
    }

    It 'reaches the cluster through Invoke-RedHatApiRequest -Connection and returns its token' {
        $session = Connect-OpenShiftCluster $script:sandbox.ClusterUrl -AccessToken $script:sandbox.AdminToken `
            -CertificateAuthority $script:sandbox.ClusterCaPath -Name lab -NewSession
        try {
            $list = Invoke-RedHatApiRequest -Session $session -Connection cluster:lab -Path api/v1/serviceaccounts
            $list.kind | Should -Be 'ServiceAccountList'
            $plain = [System.Net.NetworkCredential]::new('', $script:sandbox.AdminToken).Password
            Get-RedHatApiToken -Session $session -Connection lab -AsPlainText | Should -Be $plain
        }
        finally {
            $session | Disconnect-RedHatApi
        }
    }

    It 'drops the cluster with Disconnect-RedHatApi -Connection' {
        $session = Connect-OpenShiftCluster $script:sandbox.ClusterUrl -AccessToken $script:sandbox.AdminToken `
            -CertificateAuthority $script:sandbox.ClusterCaPath -Name lab -NewSession
        try {
            Disconnect-RedHatApi -Session $session -Connection cluster:lab
            $session.Connections.Name | Should -Not -Contain 'cluster:lab'
            { Get-OpenShiftCurrentUser -Session $session -ErrorAction Stop } | Should -Throw -ErrorId 'OpenShiftClusterNotConnected*'
        }
        finally {
            $session | Disconnect-RedHatApi
        }
    }

    It 'fails with AuthenticationFailed for a token the cluster refuses and adds nothing' {
        $bad = ConvertTo-SecureString 'sha256~not-a-token' -AsPlainText -Force
        { Connect-OpenShiftCluster $script:sandbox.ClusterUrl -AccessToken $bad -CertificateAuthority $script:sandbox.ClusterCaPath -Name bad -ErrorAction Stop } |
            Should -Throw -ErrorId 'AuthenticationFailed*'
        (Get-RedHatApiSession).Connections.Name | Should -Not -Contain 'cluster:bad'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'New-OpenShiftServiceAccountToken' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'returns a SecureString token and the granted expiry' {
        $t = New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default -Duration '02:00:00'
        $t.Token | Should -BeOfType [System.Security.SecureString]
        $t.GrantedDuration | Should -Be ([TimeSpan]::FromHours(2))
    }

    It 'refuses a duration under ten minutes before sending anything' {
        { New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default -Duration '00:05:00' -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'mints a token that connects as the service account' {
        $t = New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default
        $s = Connect-RedHatApi -ClusterUrl $script:sandbox.ClusterUrl -AccessToken $t.Token -CertificateAuthority $script:sandbox.ClusterCaPath -NewSession
        (Get-OpenShiftCurrentUser -Session $s).Name | Should -Be 'system:serviceaccount:ci:default'
        Disconnect-RedHatApi -InputObject $s
    }
}

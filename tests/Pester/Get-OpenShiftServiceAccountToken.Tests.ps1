BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-OpenShiftServiceAccountToken' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'reads the token of a legacy token secret' {
        $null = New-OpenShiftServiceAccount -Namespace test -Name legacy
        $t = Get-OpenShiftServiceAccountToken -Namespace test -ServiceAccount legacy -AsPlainText
        $t.SecretName | Should -BeLike 'legacy-token-*'
        Get-JwtClaim $t.Token 'sub' | Should -Be 'system:serviceaccount:test:legacy'
    }

    It 'names New-OpenShiftServiceAccountToken where no token secrets exist' {
        Invoke-SandboxControl $script:sandbox 'cluster/settings' -Method PUT -Body @{ legacyTokenSecrets = $false } | Out-Null
        $null = New-OpenShiftServiceAccount -Namespace test -Name modern
        Get-OpenShiftServiceAccountToken -Namespace test -ServiceAccount modern -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'LegacyTokenUnavailable,*'
        $errs[0].Exception.Message | Should -BeLike '*New-OpenShiftServiceAccountToken*'
    }
}

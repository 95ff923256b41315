BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedCluster' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'lists the seeded clusters, the sample one included' {
        $clusters = Get-AssistedCluster
        @($clusters).Count | Should -BeGreaterOrEqual 6
        ($clusters | Where-Object Name -eq 'testcluster').Status | Should -Be 'pending-for-input'
    }

    It 'parses validations_info into objects' {
        $sample = Get-AssistedCluster -Name testcluster
        ($sample.Validations | Where-Object Id -eq 'api-vip-defined').Category | Should -Be 'network'
        $sample.FailedValidations.Count | Should -BeGreaterThan 0
    }

    It 'gets piped clusters by id and writes AssistedClusterNotFound for an unknown one' {
        $ids = @([guid]::NewGuid(), (Get-AssistedCluster -Name lab-ready).Id)
        $found = $ids | Get-AssistedCluster -ErrorVariable err -ErrorAction SilentlyContinue
        $found.Name | Should -Be 'lab-ready'
        $err[0].FullyQualifiedErrorId | Should -Be 'AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedClusterCommand'
    }
}

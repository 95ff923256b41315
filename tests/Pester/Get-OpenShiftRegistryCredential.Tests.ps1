BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-OpenShiftRegistryCredential' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'gives a PSCredential for the published registry host with the session token as password' {
        $credential = Get-OpenShiftRegistryCredential
        $credential | Should -BeOfType ([System.Management.Automation.PSCredential])
        $credential.UserName | Should -Be 'kubeadmin'
        $credential.Registry | Should -BeLike 'default-route-openshift-image-registry.apps.*'
        $plain = $credential.GetNetworkCredential().Password
        $admin = (Invoke-SandboxControl $script:sandbox 'credentials').cluster.adminToken
        $plain | Should -Be $admin
    }

    It 'gives a docker config JSON with -AsDockerConfigJson' {
        $json = Get-OpenShiftRegistryCredential -Registry 'registry.example.com:5000' -AsDockerConfigJson | ConvertFrom-Json
        $auth = $json.auths.'registry.example.com:5000'.auth
        $auth | Should -Not -BeNullOrEmpty
        [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($auth)) | Should -BeLike 'kubeadmin:sha256~*'
    }

    It 'fails with OpenShiftRegistryNotExposed when the registry has no route' {
        Invoke-SandboxControl $script:sandbox 'cluster/oauth' -Method PUT -Body @{ registryDefaultRoute = $false } | Out-Null
        { Get-OpenShiftRegistryCredential -ErrorAction Stop } | Should -Throw -ErrorId 'OpenShiftRegistryNotExposed*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Remove-AssistedManifest' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'removes a manifest piped from Get-AssistedManifest' {
        $script:ready | Add-AssistedManifest -Content 'a: 1' -FileName a.yaml | Out-Null
        $script:ready | Get-AssistedManifest | Remove-AssistedManifest -Confirm:$false
        @($script:ready | Get-AssistedManifest).Count | Should -Be 0
    }

    It 'refuses once the cluster is installed, with AssistedManifestConflict' {
        { Remove-AssistedManifest -ClusterId $script:installed.Id -FileName a.yaml -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedManifestConflict,RedHatApi.Commands.Assisted.RemoveAssistedManifestCommand'
    }
}

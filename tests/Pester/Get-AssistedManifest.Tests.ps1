BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedManifest' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'lists the manifests added, with the system ones on request and the content when asked' {
        $script:ready | Add-AssistedManifest -Content "kind: Namespace`n" -FileName 50-ns.yaml | Out-Null
        @($script:ready | Get-AssistedManifest).FileName | Should -Be @('50-ns.yaml')
        @($script:ready | Get-AssistedManifest -IncludeSystemGenerated | Where-Object Source -eq 'system').Count | Should -BeGreaterThan 0
        ($script:ready | Get-AssistedManifest -FileName 50-* -IncludeContent).Content | Should -Be "kind: Namespace`n"
    }

    It 'writes AssistedClusterNotFound for an unknown cluster' {
        { Get-AssistedManifest -ClusterId ([guid]::NewGuid()) -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedManifestCommand'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-AssistedManifest' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'renames a manifest piped from Get-AssistedManifest' {
        $script:ready | Add-AssistedManifest -Content 'a: 1' -FileName a.yaml | Out-Null
        $renamed = $script:ready | Get-AssistedManifest | Set-AssistedManifest -NewFileName b.yaml -PassThru
        $renamed.FileName | Should -Be 'b.yaml'
        @($script:ready | Get-AssistedManifest).FileName | Should -Be @('b.yaml')
    }

    It 'writes AssistedManifestNotFound for a manifest that is not there' {
        { Set-AssistedManifest -ClusterId $script:ready.Id -FileName none.yaml -Content 'x: 1' -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedManifestNotFound,RedHatApi.Commands.Assisted.SetAssistedManifestCommand'
    }
}

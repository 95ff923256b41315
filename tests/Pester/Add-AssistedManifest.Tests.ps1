BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Add-AssistedManifest' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'uploads a file under its own name and the bytes come back unchanged' {
        $file = Join-Path $TestDrive '99-chrony.yaml'
        [System.IO.File]::WriteAllText($file, "apiVersion: v1`nkind: ConfigMap`n")
        $manifest = $script:ready | Add-AssistedManifest -Path $file -Folder openshift
        $manifest.Path | Should -Be 'openshift/99-chrony.yaml'
        ($script:ready | Get-AssistedManifest -IncludeContent).Content | Should -Be "apiVersion: v1`nkind: ConfigMap`n"
    }

    It 'refuses a second manifest of the same name with AssistedManifestConflict' {
        $script:ready | Add-AssistedManifest -Content 'a: 1' -FileName a.yaml | Out-Null
        { $script:ready | Add-AssistedManifest -Content 'a: 2' -FileName a.yaml -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedManifestConflict,RedHatApi.Commands.Assisted.AddAssistedManifestCommand'
    }

    It 'sends nothing with -WhatIf' {
        $script:ready | Add-AssistedManifest -Content 'a: 1' -FileName a.yaml -WhatIf
        @($script:ready | Get-AssistedManifest).Count | Should -Be 0
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-AssistedClusterLog' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'saves a tar of the logs of an installed cluster' {
        $file = $script:installed | Save-AssistedClusterLog -Path $TestDrive
        $file.Name | Should -Be 'prod-east-logs-all.tar'
        $bytes = [System.IO.File]::ReadAllBytes($file.FullName)
        [System.Text.Encoding]::ASCII.GetString($bytes, 257, 5) | Should -Be 'ustar'
    }

    It 'writes AssistedClusterFileNotAvailable before any log exists' {
        { $script:ready | Save-AssistedClusterLog -Path $TestDrive -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedClusterFileNotAvailable,RedHatApi.Commands.Assisted.SaveAssistedClusterLogCommand'
    }
}

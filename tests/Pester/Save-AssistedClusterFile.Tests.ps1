BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-AssistedClusterFile' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
        $script:ready = Get-AssistedCluster -Name lab-ready
        $script:installed = Get-AssistedCluster -Name prod-east
    }

    It 'saves the install-config of an installed cluster' {
        $file = $script:installed | Save-AssistedClusterFile -FileName install-config.yaml -Path $TestDrive
        $file.Name | Should -Be 'prod-east-install-config.yaml'
        Get-Content $file.FullName -Raw | Should -Match 'prod-east'
    }

    It 'writes AssistedFileExists without -Force' {
        $target = Join-Path $TestDrive 'm.json'
        Set-Content $target 'old'
        { $script:installed | Save-AssistedClusterFile -FileName metadata.json -Path $target -ErrorAction Stop } |
            Should -Throw -ErrorId 'AssistedFileExists,RedHatApi.Commands.Assisted.SaveAssistedClusterFileCommand'
        Get-Content $target | Should -Be 'old'
    }
}

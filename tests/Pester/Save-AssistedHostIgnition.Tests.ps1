BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-AssistedHostIgnition' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'saves the pointer ignition of each host, named by host id' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        $file = $host0 | Save-AssistedHostIgnition -Path $TestDrive
        $file.Name | Should -Be "$($host0.Id).ign"
        (Get-Content -Raw $file.FullName | ConvertFrom-Json).ignition.version | Should -Be '3.2.0'
    }

    It 'needs -Force to overwrite and -WhatIf writes nothing' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        $target = Join-Path $TestDrive 'node.ign'
        $host0 | Save-AssistedHostIgnition -Path $target -WhatIf
        Test-Path $target | Should -BeFalse
        $host0 | Save-AssistedHostIgnition -Path $target | Out-Null
        $host0 | Save-AssistedHostIgnition -Path $target -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedFileExists,*'
    }
}

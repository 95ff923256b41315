BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-AssistedClusterKubeconfig' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    BeforeEach {
        $script:dir = Join-Path ([System.IO.Path]::GetTempPath()) ('assisted-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $script:dir
    }

    AfterEach { Remove-Item -LiteralPath $script:dir -Recurse -Force }

    It 'saves the kubeconfig of an installed cluster under its name' {
        $file = Get-AssistedCluster -Name prod-east | Save-AssistedClusterKubeconfig -Path $script:dir
        $file.Name | Should -Be 'kubeconfig-prod-east'
        Get-Content -LiteralPath $file.FullName -Raw | Should -Match 'server: https://api\.prod-east\.example\.com:6443'
    }

    It '-WhatIf writes nothing' {
        Get-AssistedCluster -Name prod-east | Save-AssistedClusterKubeconfig -Path $script:dir -WhatIf
        Get-ChildItem -LiteralPath $script:dir | Should -BeNullOrEmpty
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-AssistedDiscoveryIso' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    BeforeEach {
        $script:dir = Join-Path ([System.IO.Path]::GetTempPath()) ('assisted-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $script:dir
    }

    AfterEach { Remove-Item -LiteralPath $script:dir -Recurse -Force }

    It 'saves the ISO of a piped infra-env under the infra-env name' {
        $file = Get-AssistedInfraEnv -ClusterId (Get-AssistedCluster -Name lab-ready).Id | Save-AssistedDiscoveryIso -Path $script:dir
        $file.Name | Should -Be 'discovery_image_lab-ready_infra-env.iso'
        $file.Length | Should -BeGreaterThan 32774
    }

    It 'resumes a download cut part-way with a Range request' {
        $env = Get-AssistedInfraEnv -ClusterId (Get-AssistedCluster -Name lab-ready).Id
        Invoke-SandboxControl $script:sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/api/assisted-images/'; cutAfterBytes = 200000 }
        Invoke-SandboxControl $script:sandbox 'requests' -Method DELETE
        $null = Save-AssistedDiscoveryIso -InfraEnvId $env.Id -Path $script:dir
        $statuses = @(Invoke-SandboxControl $script:sandbox 'requests' | Where-Object { $_.pathAndQuery -like '/api/assisted-images/*' } | ForEach-Object { $_.status })
        $statuses | Should -Contain 206
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedInfraEnvFileUrl' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'gives a link that serves the iPXE script without a token, shown masked' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        $link = $infraEnv | Get-AssistedInfraEnvFileUrl
        $link.FileName | Should -Be 'ipxe-script'
        $link.ToString() | Should -Not -Match 'eyJ'
        $script = Join-Path $TestDrive 'boot.ipxe'
        Invoke-WebRequest -Uri $link.Url -UseBasicParsing -OutFile $script
        Get-Content -Raw $script | Should -Match '^#!ipxe'
    }

    It 'is AssistedInfraEnvNotFound for an unknown id' {
        Get-AssistedInfraEnvFileUrl -InfraEnvId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedInfraEnvNotFound,*'
    }
}

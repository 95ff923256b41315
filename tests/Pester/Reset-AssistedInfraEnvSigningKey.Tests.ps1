BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Reset-AssistedInfraEnvSigningKey' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'makes links handed out before stop working' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        $link = $infraEnv | Get-AssistedInfraEnvFileUrl
        (Invoke-WebRequest -Uri $link.Url -UseBasicParsing).StatusCode | Should -Be 200
        $infraEnv | Reset-AssistedInfraEnvSigningKey -Confirm:$false
        { Invoke-WebRequest -Uri $link.Url -UseBasicParsing } | Should -Throw
        (Invoke-WebRequest -Uri ($infraEnv | Get-AssistedInfraEnvFileUrl).Url -UseBasicParsing).StatusCode | Should -Be 200
    }

    It '-WhatIf sends nothing' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        $link = $infraEnv | Get-AssistedInfraEnvFileUrl
        $infraEnv | Reset-AssistedInfraEnvSigningKey -WhatIf
        (Invoke-WebRequest -Uri $link.Url -UseBasicParsing).StatusCode | Should -Be 200
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
    $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
    Set-Content -LiteralPath $script:secretPath -Value (Invoke-SandboxControl $script:sandbox 'credentials').pullSecret -Encoding ASCII
    Connect-RedHatApi -Sandbox $script:sandbox.Url -PullSecretPath $script:secretPath
}

AfterAll {
    Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue
    Complete-RedHatApiTestRun $script:sandbox
}

Describe 'Send-AssistedHostProgress' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        $script:infraEnv = New-AssistedInfraEnv -Name ('pester-progress-' + [guid]::NewGuid().ToString('N').Substring(0, 6)) -PullSecretPath $script:secretPath
        $script:agentHost = Register-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId ([guid]::NewGuid())
    }

    It 'reports a stage that Get-AssistedHost then shows' {
        $script:agentHost | Send-AssistedHostProgress -Stage 'Writing image to disk' -ProgressInfo '40%'
        (Get-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId $script:agentHost.Id).InstallStage | Should -Be 'Writing image to disk'
    }

    It '-WhatIf reports nothing' {
        $script:agentHost | Send-AssistedHostProgress -Stage Rebooting -WhatIf
        (Get-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId $script:agentHost.Id).InstallStage | Should -Not -Be 'Rebooting'
    }

    It 'refuses a stage the service does not know' {
        { $script:agentHost | Send-AssistedHostProgress -Stage 'Almost there' } | Should -Throw
    }
}

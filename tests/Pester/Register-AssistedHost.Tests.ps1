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

Describe 'Register-AssistedHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        $script:infraEnv = New-AssistedInfraEnv -Name ('pester-agent-' + [guid]::NewGuid().ToString('N').Substring(0, 6)) -PullSecretPath $script:secretPath
    }

    It 'registers a host with the pull secret and the user sees it' {
        $id = [guid]::NewGuid()
        $host1 = Register-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId $id
        $host1.Id | Should -Be $id
        $host1.Status | Should -Be 'discovering'
        (Get-AssistedHost -InfraEnvId $script:infraEnv.Id).Id | Should -Contain $id
    }

    It 'sends the agent key, not a bearer' {
        Register-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId ([guid]::NewGuid()) | Out-Null
        $post = Invoke-SandboxControl $script:sandbox 'requests' | Where-Object { $_.method -eq 'POST' -and $_.pathAndQuery -like '*/hosts' }
        $post.hadSecretKey | Should -BeTrue
        $post.hadBearer | Should -BeFalse
    }

    It '-WhatIf registers nothing' {
        Register-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId ([guid]::NewGuid()) -WhatIf
        Get-AssistedHost -InfraEnvId $script:infraEnv.Id | Should -BeNullOrEmpty
    }
}

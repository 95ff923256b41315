BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '12'
    $script:ironic = [uri]::new([uri]$script:sandbox.Url, 'ironic/')
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Send-IronicHeartbeat' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-Ironic -Url $script:ironic
    }

    It 'heartbeats with the token kept from the lookup' {
        $node = Find-IronicNode -MacAddress '52:54:00:00:00:02'
        { $node | Send-IronicHeartbeat -CallbackUrl 'http://192.0.2.5:9999' -AgentVersion '9.4.0' -ErrorAction Stop } | Should -Not -Throw
    }

    It 'shows the request with -WhatIf and sends nothing' {
        $node = Find-IronicNode -MacAddress '52:54:00:00:00:03'
        Invoke-SandboxControl $script:sandbox 'requests' -Method DELETE | Out-Null
        $node | Send-IronicHeartbeat -CallbackUrl 'http://192.0.2.5:9999' -WhatIf
        @(Invoke-SandboxControl $script:sandbox 'requests' | Where-Object method -eq 'POST').Count | Should -Be 0
    }

    It 'fails with IronicAgentTokenInvalid for a wrong token' {
        $node = Find-IronicNode -MacAddress '52:54:00:00:00:04'
        $wrong = ConvertTo-SecureString 'not-the-token' -AsPlainText -Force
        { Send-IronicHeartbeat -Node $node.Uuid -CallbackUrl 'http://192.0.2.5:9999' -AgentToken $wrong -ErrorAction Stop } | Should -Throw -ErrorId 'IronicAgentTokenInvalid*'
    }

    It 'keeps heartbeating until -TimeoutSec, one Verbose line per beat' {
        $node = Find-IronicNode -MacAddress '52:54:00:00:00:05'
        $lines = $node | Send-IronicHeartbeat -CallbackUrl 'http://192.0.2.5:9999' -Continuous -IntervalSec 0.2 -TimeoutSec 2 -Verbose 4>&1
        @($lines | Where-Object { $_ -like 'Heartbeat * accepted*' }).Count | Should -BeGreaterThan 1
    }
}

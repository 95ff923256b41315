BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '12'
    $script:ironic = [uri]::new([uri]$script:sandbox.Url, 'ironic/')
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-IronicPort' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-Ironic -Url $script:ironic
    }

    It 'lists the ports of a piped node with their MAC addresses' {
        $ports = Get-IronicNode -Name 'node-0002' | Get-IronicPort
        $ports.Address | Should -Be '52:54:00:00:00:02'
        $ports.NodeUuid | Should -Be (Get-IronicNode -Name 'node-0002').Uuid
    }

    It 'finds the port of one MAC address' {
        (Get-IronicPort -Address '52-54-00-00-00-03').Address | Should -Be '52:54:00:00:00:03'
    }

    It 'pages through every port' {
        @(Get-IronicPort -PageSize 5).Count | Should -Be 12
    }
}

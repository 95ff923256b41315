BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '12'
    $script:ironic = [uri]::new([uri]$script:sandbox.Url, 'ironic/')
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Find-IronicNode' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-Ironic -Url $script:ironic
    }

    It 'finds a node by MAC with its token on the first lookup and keeps it for the next' {
        $first = Find-IronicNode -MacAddress '52:54:00:00:00:01'
        $second = Find-IronicNode -NodeUuid $first.Uuid
        $first.AgentTokenIssued | Should -BeTrue
        $second.AgentTokenIssued | Should -BeFalse
        [System.Net.NetworkCredential]::new('', $second.AgentToken).Password | Should -Be ([System.Net.NetworkCredential]::new('', $first.AgentToken).Password)
        $first.Config['agent_token'] | Should -Be '******'
    }

    It 'fails with IronicNodeNotFound and the restrict_lookup hint when nothing matches' {
        { Find-IronicNode -MacAddress '52:54:00:ff:ff:ff' -ErrorAction Stop } | Should -Throw -ErrorId 'IronicNodeNotFound*'
        $Error[0].Exception.Message | Should -BeLike '*restrict_lookup*fast_track*'
    }

    It 'refuses a connection pinned below 1.22 before sending' {
        Connect-Ironic -Url $script:ironic -ApiVersion 1.21
        { Find-IronicNode -MacAddress '52:54:00:00:00:01' -ErrorAction Stop } | Should -Throw -ErrorId 'IronicApiVersionUnsupported*'
    }
}

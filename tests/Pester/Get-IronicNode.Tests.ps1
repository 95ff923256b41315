BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '12'
    $script:ironic = [uri]::new([uri]$script:sandbox.Url, 'ironic/')
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-IronicNode' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-Ironic -Url $script:ironic
    }

    It 'lists every seeded node exactly once across small pages' {
        $nodes = Get-IronicNode -PageSize 5
        $nodes.Count | Should -Be 12
        @($nodes.Uuid | Select-Object -Unique).Count | Should -Be 12
        $nodes[0].Driver | Should -Be 'fake-hardware'
    }

    It 'filters on the server' {
        Get-IronicNode -ProvisionState active | ForEach-Object { $_.ProvisionState | Should -Be 'active' }
    }

    It 'reads a node by name and writes IronicNodeNotFound for an unknown one' {
        $found = Get-IronicNode -Name 'node-0001', 'no-such-node' -ErrorVariable failed -ErrorAction SilentlyContinue
        $found.Name | Should -Be 'node-0001'
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'IronicNodeNotFound*'
    }
}

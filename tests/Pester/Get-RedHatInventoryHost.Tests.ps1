BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    $commandId = 'RedHatApi.Commands.Console.GetRedHatInventoryHostCommand'

    function Get-HostsRequest {
        @(Invoke-SandboxControl $sandbox 'requests' | Where-Object { $_.pathAndQuery -like '/api/inventory/v1/hosts*' })
    }
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Get-RedHatInventoryHost' -Tag 'Unit' {
    BeforeAll {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $sandbox.Url
    }

    BeforeEach {
        Invoke-SandboxControl $sandbox 'reset' -Method POST
    }

    It 'lists every host once as InventoryHost objects, in display-name order' {
        $hosts = @(Get-RedHatInventoryHost)
        $hosts.Count | Should -BeGreaterThan 150
        $hosts[0].GetType().FullName | Should -Be 'RedHatApi.Models.Console.InventoryHost'
        @($hosts.Id | Sort-Object -Unique).Count | Should -Be $hosts.Count
        Get-HostsRequest | ForEach-Object { $_.pathAndQuery | Should -BeLike '*order_by=display_name&order_how=ASC*per_page=100*' }
    }

    It 'returns each host exactly once while hosts check in and get renamed during the listing' {
        $expected = @(Get-RedHatInventoryHost).Id | Sort-Object
        Invoke-SandboxControl $sandbox 'console' -Method PUT -Body @{ drift = 3; renameEvery = 3 }
        $hosts = @(Get-RedHatInventoryHost -PageSize 20 -WarningVariable warnings)
        $warnings | Should -BeNullOrEmpty
        @($hosts.Id | Sort-Object -Unique).Count | Should -Be $hosts.Count
        ($hosts.Id | Sort-Object) -join ',' | Should -Be ($expected -join ',')
    }

    It 'joins RHSM systems piped in by their UUID' {
        $system = Get-RhsmSystem -First 20 | Where-Object { Get-RedHatInventoryHost -SubscriptionManagerId $_.Uuid } | Select-Object -First 1
        $found = @($system | Get-RedHatInventoryHost)
        $found.Count | Should -Be 1
        $found[0].SubscriptionManagerId | Should -Be $system.Uuid
        $found[0].Fqdn | Should -Be $system.Hostname
    }

    It 'honours -First, -Skip and -IncludeTotalCount' {
        $all = @(Get-RedHatInventoryHost)
        $out = @(Get-RedHatInventoryHost -Skip 3 -First 2 -IncludeTotalCount)
        $out[0].ToString() | Should -Be "Total count: $($all.Count)"
        $out[1].Id | Should -Be $all[3].Id
        $out[2].Id | Should -Be $all[4].Id
    }

    It 'writes InventoryHostNotFound for an unknown id and goes on' {
        $known = Get-RedHatInventoryHost -First 1
        $got = @($known.Id, [guid]::NewGuid()) | Get-RedHatInventoryHost -ErrorVariable failed -ErrorAction SilentlyContinue
        @($got).Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be "InventoryHostNotFound,$commandId"
    }

    It 'formats hosts in a table that fits 120 columns' {
        $lines = Get-RedHatInventoryHost -First 3 | Format-Table | Out-String -Width 120 -Stream | Where-Object { $_ }
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $lines[0] | Should -Match 'DisplayName\s+Id\s+RHSM\s+Staleness\s+LastCheckIn\s+Reporters'
    }
}

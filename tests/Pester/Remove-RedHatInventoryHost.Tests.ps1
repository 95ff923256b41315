BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '100'
    $removeId = 'RedHatApi.Commands.Console.RemoveRedHatInventoryHostCommand'
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Remove-RedHatInventoryHost' -Tag 'Unit' {
    BeforeAll {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $sandbox.Url
    }

    BeforeEach {
        Invoke-SandboxControl $sandbox 'reset' -Method POST
    }

    It 'asks for confirmation by default (ConfirmImpact High)' {
        (Get-Command Remove-RedHatInventoryHost).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact |
            Should -Be 'High'
    }

    It 'shows the DELETE with -WhatIf and sends nothing' {
        $target = Get-RedHatInventoryHost -First 1
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
        $target | Remove-RedHatInventoryHost -WhatIf
        @(Invoke-SandboxControl $sandbox 'requests' | Where-Object method -eq 'DELETE').Count | Should -Be 0
        Get-RedHatInventoryHost -Id $target.Id | Should -Not -BeNullOrEmpty
    }

    It 'deletes piped hosts by id' {
        $targets = Get-RedHatInventoryHost -First 2
        $before = @(Get-RedHatInventoryHost).Count
        $targets | Remove-RedHatInventoryHost -Confirm:$false
        @(Get-RedHatInventoryHost).Count | Should -Be ($before - 2)
        $deletes = @(Invoke-SandboxControl $sandbox 'requests' | Where-Object method -eq 'DELETE')
        $deletes.pathAndQuery | Should -Be ($targets | ForEach-Object { "/api/inventory/v1/hosts/$($_.Id)" })
    }

    It 'writes InventoryHostNotFound for an unknown id and goes on with the next' {
        $target = Get-RedHatInventoryHost -First 1
        Remove-RedHatInventoryHost -Id ([guid]::NewGuid()), $target.Id -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be "InventoryHostNotFound,$removeId"
        Get-RedHatInventoryHost -Id $target.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

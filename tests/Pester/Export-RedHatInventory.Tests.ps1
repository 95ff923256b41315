BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '100', '--export-seconds', '1.5'
    $exportId = 'RedHatApi.Commands.Console.ExportRedHatInventoryCommand'
    $folder = Join-Path ([IO.Path]::GetTempPath()) ('redhatapi-export-pester-' + [guid]::NewGuid())
    $null = New-Item -ItemType Directory -Path $folder
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
}

Describe 'Export-RedHatInventory' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $sandbox 'reset' -Method POST
        Disconnect-RedHatApi
    }

    It 'writes the pending export at once without -Wait' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $export = Export-RedHatInventory -Format Csv -Name nightly
        $export.GetType().FullName | Should -Be 'RedHatApi.Models.Console.InventoryExport'
        $export.Status | Should -Be 'pending'
        $export.Format | Should -Be 'csv'
        ($export.Expires - $export.Created).TotalDays | Should -Be 7
    }

    It 'waits, downloads and writes the same hosts a listing gives, with tokens expiring during the wait' {
        Invoke-SandboxControl $sandbox 'settings' -Method PUT -Body @{ accessTokenLifetimeSeconds = 1 }
        Connect-RedHatApi -Sandbox $sandbox.Url
        $listed = @(Get-RedHatInventoryHost)
        $refreshes = (Get-RedHatApiSession).Statistics.TokenRefreshes
        $exported = @(Export-RedHatInventory -Wait -PollIntervalSec 0.25)
        ($exported.Id | Sort-Object) -join ',' | Should -Be (($listed.Id | Sort-Object) -join ',')
        $exported[0].GetType().FullName | Should -Be 'RedHatApi.Models.Console.InventoryHost'
        (Get-RedHatApiSession).Statistics.TokenRefreshes | Should -BeGreaterThan $refreshes
    }

    It 'saves a zip with -Path and refuses to overwrite it without -Force' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $target = Join-Path $folder 'inventory.zip'
        $file = Export-RedHatInventory -Format Csv -Path $target -PollIntervalSec 0.25
        $file.FullName | Should -Be $target
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [IO.Compression.ZipFile]::OpenRead($target)
        try { $zip.Entries.Name | Where-Object { $_ -like '*.csv' } | Should -Not -BeNullOrEmpty }
        finally { $zip.Dispose() }
        { Export-RedHatInventory -Path $target -PollIntervalSec 0.25 -ErrorAction Stop } | Should -Throw -ErrorId "InventoryExportFileExists,$exportId"
    }

    It 'shows the POST with -WhatIf and starts nothing' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
        Export-RedHatInventory -Wait -WhatIf
        @(Invoke-SandboxControl $sandbox 'requests' | Where-Object { $_.pathAndQuery -like '/api/export/*' }).Count | Should -Be 0
    }

    It 'fails with InventoryExportFailed when the service fails the export' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        Invoke-SandboxControl $sandbox 'console' -Method PUT -Body @{ failExports = $true; exportSeconds = 0.5 }
        { Export-RedHatInventory -Wait -PollIntervalSec 0.25 -ErrorAction Stop } | Should -Throw -ErrorId "InventoryExportFailed,$exportId"
    }

    It 'fails with InventoryExportNotFound for an export older than 7 days' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $export = Export-RedHatInventory
        Invoke-SandboxControl $sandbox 'console/exports/age' -Method POST -Body @{ days = 8 }
        { $export | Export-RedHatInventory -ErrorAction Stop } | Should -Throw -ErrorId "InventoryExportNotFound,$exportId"
    }
}

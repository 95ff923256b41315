BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
    Add-Type -AssemblyName System.IO.Compression.FileSystem
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Export-RhsmAllocationManifest' -Tag 'Unit' {
    BeforeEach {
        $script:dir = New-Item -ItemType Directory -Path (Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid()))
    }

    AfterEach { Remove-Item -LiteralPath $script:dir -Recurse -Force }

    It 'saves a manifest Satellite can import' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        $file = $allocation | Export-RhsmAllocationManifest -Path $script:dir -PollIntervalSec 1
        $file.Name | Should -Be "manifest_$($allocation.Uuid).zip"
        $zip = [System.IO.Compression.ZipFile]::OpenRead($file.FullName)
        try { $zip.Entries.FullName | Should -Be @('consumer_export.zip', 'signature') } finally { $zip.Dispose() }
    }

    It 'keeps an existing file without -Force' {
        $allocation = Get-RhsmAllocation | Select-Object -First 1
        Set-Content -LiteralPath (Join-Path $script:dir "manifest_$($allocation.Uuid).zip") -Value 'old'
        $allocation | Export-RhsmAllocationManifest -Path $script:dir -PollIntervalSec 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmManifestFileExists,RedHatApi.Commands.Rhsm.ExportRhsmAllocationManifestCommand'
    }

    It '-WhatIf writes no file' {
        Get-RhsmAllocation | Select-Object -First 1 | Export-RhsmAllocationManifest -Path $script:dir -WhatIf
        @(Get-ChildItem -LiteralPath $script:dir).Count | Should -Be 0
    }
}

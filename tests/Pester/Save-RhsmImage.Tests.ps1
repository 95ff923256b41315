BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect

    function Get-Sha256 {
        param([string] $Path)
        # Get-FileHash is missing from some Windows PowerShell 5.1 images; SHA256 from .NET is everywhere.
        $sha = [System.Security.Cryptography.SHA256]::Create()
        $stream = [System.IO.File]::OpenRead($Path)
        try { (($sha.ComputeHash($stream) | ForEach-Object { $_.ToString('x2') }) -join '') }
        finally { $stream.Dispose(); $sha.Dispose() }
    }
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Save-RhsmImage' -Tag 'Unit' {
    BeforeEach {
        $script:dir = Join-Path ([System.IO.Path]::GetTempPath()) ('rhsm-images-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $script:dir
        $script:image = Get-RhsmImage -Version 9.4 -Arch x86_64 | Where-Object Filename -like '*boot.iso'
    }

    AfterEach { Remove-Item -LiteralPath $script:dir -Recurse -Force }

    It 'saves a piped image under its own name with the listed SHA-256' {
        $file = $script:image | Save-RhsmImage -Path $script:dir
        $file.Name | Should -Be $script:image.Filename
        Get-Sha256 $file.FullName | Should -Be $script:image.Checksum
    }

    It 'resumes a download cut part-way with a Range request' {
        Invoke-SandboxControl $script:sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/content/origin/files/'; cutAfterBytes = 200000 }
        Invoke-SandboxControl $script:sandbox 'requests' -Method DELETE
        $file = Save-RhsmImage -Checksum $script:image.Checksum -Path $script:dir
        Get-Sha256 $file.FullName | Should -Be $script:image.Checksum
        $statuses = @(Invoke-SandboxControl $script:sandbox 'requests' | Where-Object { $_.pathAndQuery -like '/content/origin/files/*' } | ForEach-Object { $_.status })
        $statuses | Should -Contain 206
    }

    It 'deletes a download whose checksum does not match' {
        Invoke-SandboxControl $script:sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/content/origin/files/'; corrupt = $true }
        Save-RhsmImage -Checksum $script:image.Checksum -Path $script:dir -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'RhsmImageChecksumMismatch,RedHatApi.Commands.Rhsm.SaveRhsmImageCommand'
        @(Get-ChildItem -LiteralPath $script:dir).Count | Should -Be 0
    }

    It '-WhatIf writes nothing' {
        $script:image | Save-RhsmImage -Path $script:dir -WhatIf
        @(Get-ChildItem -LiteralPath $script:dir).Count | Should -Be 0
    }
}

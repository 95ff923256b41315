BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'ConvertTo-RedHatApiRecord' -Tag 'Unit' {
    It 'writes ISO 8601 UTC times and provenance columns last' {
        $record = Get-RhsmSystem -First 1 | ConvertTo-RedHatApiRecord
        $record.LastCheckin | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$'
        $names = @($record.PSObject.Properties.Name)
        $names[-2] | Should -Be 'SourceApi'
        $names[-1] | Should -Be 'RetrievedAt'
        $record.SourceApi | Should -Be 'RHSM'
    }

    It 'gives every record of a type the same columns' {
        $headers = Get-RhsmSystem -First 5 | ConvertTo-RedHatApiRecord | ForEach-Object { $_.PSObject.Properties.Name -join ',' }
        @($headers | Sort-Object -Unique).Count | Should -Be 1
    }

    It 'flattens nested hashtables and joins lists' {
        $record = @{ name = 'x'; tags = @('a', 'b'); nested = @{ inner = 1 } } | ConvertTo-RedHatApiRecord -ArraySeparator '|'
        $record.tags | Should -Be 'a|b'
        $record.'nested.inner' | Should -Be 1
    }
}

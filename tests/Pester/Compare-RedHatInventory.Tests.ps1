BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Compare-RedHatInventory' -Tag 'Unit' {
    BeforeAll {
        $script:systems = @(Get-RhsmSystem)
        $script:hosts = @($script:systems.Hostname | Sort-Object -Unique)
        $script:cmdb = @($script:hosts | Select-Object -Skip 1 | ForEach-Object { [pscustomobject]@{ hostname = $_; seen = $null } }) +
            [pscustomobject]@{ hostname = 'retired-01.example.com'; seen = (Get-Date).AddDays(-90).ToString('o') } +
            [pscustomobject]@{ hostname = 'rebuilt-01.example.com'; seen = (Get-Date).AddDays(-3).ToString('o') }
    }

    It 'tells a host RHSM likely auto-deleted from a decommissioned one' {
        $rows = $script:cmdb | Compare-RedHatInventory -Property hostname -LastSeenProperty seen -Source Rhsm
        ($rows | Where-Object HostName -eq 'rebuilt-01.example.com').Status | Should -Be 'LikelyAutoDeletedByRhsm'
        ($rows | Where-Object HostName -eq 'retired-01.example.com').Status | Should -Be 'Decommissioned'
        ($rows | Where-Object HostName -eq $script:hosts[0]).Status | Should -BeIn 'MissingInCmdb', 'Duplicate'
    }

    It 'gives every host exactly one row' {
        $rows = Compare-RedHatInventory -ReferenceObject $script:cmdb -Property hostname -Source Rhsm
        @($rows).Count | Should -Be ($script:hosts.Count + 2)
    }

    It 'writes CSV-ready records through ConvertTo-RedHatApiRecord' {
        $csv = Compare-RedHatInventory -ReferenceObject $script:cmdb -Property hostname -Source Rhsm |
            ConvertTo-RedHatApiRecord | ConvertTo-Csv -NoTypeInformation
        $csv[0] | Should -Match '^"HostName","Status","Reason",'
        $csv[0] | Should -Match '"RhsmId","RhsmLastSeen","RhsmStatus"'
    }

    It 'refuses a source the session is not connected to' {
        { Compare-RedHatInventory -ReferenceObject $script:cmdb -Property hostname -Source Ironic -ErrorAction Stop } |
            Should -Throw -ErrorId 'InventorySourceNotConnected,RedHatApi.Commands.Reconciliation.CompareRedHatInventoryCommand'
    }

    It 'names the columns when -Property is wrong' {
        { Compare-RedHatInventory -ReferenceObject $script:cmdb -Property fqdn -ErrorAction Stop } |
            Should -Throw -ErrorId 'InventoryPropertyNotFound,RedHatApi.Commands.Reconciliation.CompareRedHatInventoryCommand'
    }
}

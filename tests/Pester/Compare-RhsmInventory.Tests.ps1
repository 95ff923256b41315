BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Compare-RhsmInventory' -Tag 'Unit' {
    BeforeAll {
        $script:systems = @(Get-RhsmSystem -First 20)
        $script:cmdb = @($script:systems | Select-Object -Skip 1 | ForEach-Object { [pscustomobject]@{ hostname = $_.Hostname } }) +
            [pscustomobject]@{ hostname = 'retired-01.example.com' }
    }

    It 'reports a host missing from the CMDB and one missing from RHSM' {
        $rows = $script:systems | Compare-RhsmInventory -ReferenceObject $script:cmdb -Property hostname
        ($rows | Where-Object HostName -eq $script:systems[0].Hostname).Status | Should -Be 'MissingInCmdb'
        ($rows | Where-Object HostName -eq 'retired-01.example.com').Status | Should -Be 'MissingInRhsm'
    }

    It 'gives every host exactly one row' {
        $rows = $script:systems | Compare-RhsmInventory -ReferenceObject $script:cmdb -Property hostname
        @($rows).Count | Should -Be (@($script:systems.Hostname | Sort-Object -Unique).Count + 1)
    }

    It 'names the columns when -Property is wrong' {
        { Compare-RhsmInventory -ReferenceObject $script:cmdb -Property fqdn -ErrorAction Stop } |
            Should -Throw -ErrorId 'InventoryPropertyNotFound,RedHatApi.Commands.Rhsm.CompareRhsmInventoryCommand'
    }
}

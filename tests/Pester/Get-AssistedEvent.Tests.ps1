BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-AssistedEvent' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'pages through every event of a cluster and reports the Event-Count total' {
        $all = Get-AssistedEvent -ClusterId 948b8ba9-798f-4310-bb08-67a6b56ebdcc -PageSize 20 -IncludeTotalCount
        $total = $all | Where-Object { $_ -isnot [RedHatApi.Models.Assisted.AssistedEvent] }
        $events = $all | Where-Object { $_ -is [RedHatApi.Models.Assisted.AssistedEvent] }
        [int]$total | Should -Be @($events).Count
    }

    It 'honours -First and -Skip' {
        $all = Get-AssistedEvent -ClusterId 948b8ba9-798f-4310-bb08-67a6b56ebdcc
        $page = Get-AssistedEvent -ClusterId 948b8ba9-798f-4310-bb08-67a6b56ebdcc -Skip 10 -First 5 -PageSize 3
        @($page.RequestId) | Should -Be @($all[10..14].RequestId)
    }

    It 'filters by severity' {
        Get-AssistedEvent -ClusterId 948b8ba9-798f-4310-bb08-67a6b56ebdcc -Severity critical |
            ForEach-Object { $_.Severity | Should -Be 'critical' }
    }
}

BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    $systemId = 'RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'

    # The /systems requests the sandbox saw since its request log was last cleared.
    function Get-SystemsRequest {
        @(Invoke-SandboxControl $sandbox 'requests' | Where-Object { $_.pathAndQuery -like '/management/v1/systems*' })
    }
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Get-RhsmSystem' -Tag 'Unit' {
    BeforeAll {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $sandbox.Url
    }

    BeforeEach {
        Invoke-SandboxControl $sandbox 'faults' -Method DELETE
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
    }

    It 'lists every system of the account as RhsmSystem objects' {
        $systems = @(Get-RhsmSystem)
        $systems.Count | Should -Be 250
        $systems[0].GetType().FullName | Should -Be 'RedHatApi.Models.Rhsm.RhsmSystem'
        @($systems.Uuid | Sort-Object -Unique).Count | Should -Be 250
        $systems | Where-Object { [string]::IsNullOrEmpty($_.Name) } | Should -BeNullOrEmpty
    }

    It 'asks for 100 systems per page by default, the API maximum' {
        $null = Get-RhsmSystem
        $requests = Get-SystemsRequest
        $requests | ForEach-Object { $_.pathAndQuery | Should -BeLike '*limit=100*' }
        $requests.pathAndQuery | Should -Contain '/management/v1/systems?limit=100&offset=200'
    }

    It 'honours -First and asks the server for no more than that' {
        $systems = @(Get-RhsmSystem -First 5)
        $systems.Count | Should -Be 5
        $requests = Get-SystemsRequest
        $requests.Count | Should -Be 1
        $requests[0].pathAndQuery | Should -Be '/management/v1/systems?limit=5&offset=0'
    }

    It 'honours -Skip and -First together, paging on the server' {
        $all = @(Get-RhsmSystem)
        $page = @(Get-RhsmSystem -Skip 240 -First 20)
        $page.Count | Should -Be 10
        $page[0].Uuid | Should -Be $all[240].Uuid
        $page[9].Uuid | Should -Be $all[249].Uuid
    }

    It 'writes an unknown total first with -IncludeTotalCount (RHSM does not report totals)' {
        $output = @(Get-RhsmSystem -First 2 -IncludeTotalCount)
        $output.Count | Should -Be 3
        $output[0] | Should -BeOfType ([uint64])
        $output[0].Accuracy | Should -Be 0.0
        # What the console shows: PowerShell's own text for an unknown total. String expansion ("$x") skips the
        # ToString that PagingParameters.NewTotalCount adds and gives the bare 0, so assert on what Out-String prints.
        ($output[0] | Out-String).Trim() | Should -Be 'Unknown total count'
        $output[0].ToString() | Should -Be 'Unknown total count'
        $output[1].GetType().FullName | Should -Be 'RedHatApi.Models.Rhsm.RhsmSystem'
    }

    It 'uses the page size given with -PageSize' {
        @(Get-RhsmSystem -PageSize 50).Count | Should -Be 250
        $requests = Get-SystemsRequest
        $requests | ForEach-Object { $_.pathAndQuery | Should -BeLike '*limit=50&*' }
        $requests.pathAndQuery | Should -Contain '/management/v1/systems?limit=50&offset=200'
    }

    It 'refuses a -PageSize over the API maximum of 100 before sending anything' {
        { Get-RhsmSystem -PageSize 101 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$systemId"
        { Get-RhsmSystem -PageSize 0 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$systemId"
        Get-SystemsRequest | Should -BeNullOrEmpty
    }

    It 'filters by name on the server with -Name' {
        $expected = @(Get-RhsmSystem | Where-Object { $_.Name -like '*web-prod*' })
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
        $systems = @(Get-RhsmSystem -Name 'web-prod')
        $systems.Count | Should -Be $expected.Count
        $systems.Count | Should -BeGreaterThan 0
        $systems | ForEach-Object { $_.Name | Should -BeLike '*web-prod*' }
        (Get-SystemsRequest)[0].pathAndQuery | Should -BeLike '*filter=web-prod*'
    }

    It 'takes a name filter as the first positional argument' {
        @(Get-RhsmSystem 'web-prod').Count | Should -Be @(Get-RhsmSystem -Name 'web-prod').Count
    }

    It 'filters by the registering user with -Username' {
        $systems = @(Get-RhsmSystem -Username 'automation')
        $systems.Count | Should -BeGreaterThan 0
        $systems | ForEach-Object { $_.Username | Should -Be 'automation' }
    }

    It 'finds systems that have not checked in for 30 days, as a CMDB job does' {
        $cutoff = (Get-Date).AddDays(-30)
        $stale = @(Get-RhsmSystem | Where-Object { $_.LastCheckin -lt $cutoff })
        $stale.Count | Should -BeGreaterThan 0
        $stale.Count | Should -BeLessThan 250
        $stale | ForEach-Object { $_.SinceLastCheckin.TotalDays | Should -BeGreaterThan 30 }
    }

    It 'exports to CSV with the properties a report needs' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) ("rhsm-systems-{0}.csv" -f [guid]::NewGuid())
        try {
            Get-RhsmSystem -First 10 | Select-Object Name, Uuid, Type, LastCheckin, EntitlementStatus, SecurityErrataCount |
                Export-Csv -Path $path -NoTypeInformation
            $rows = @(Import-Csv -Path $path)
            $rows.Count | Should -Be 10
            $rows[0].Uuid | Should -Match '^[0-9a-f]{8}-[0-9a-f]{4}-'
            $rows[0].Name | Should -Not -BeNullOrEmpty
        }
        finally { Remove-Item -LiteralPath $path -ErrorAction SilentlyContinue }
    }

    It 'gets systems by UUID from the pipeline' {
        $listed = @(Get-RhsmSystem -First 3)
        $fetched = @($listed | Get-RhsmSystem)
        $fetched.Count | Should -Be 3
        $fetched.Uuid | Should -Be $listed.Uuid
        (Get-SystemsRequest | Where-Object { $_.pathAndQuery -like '/management/v1/systems/*' }).Count | Should -Be 3
    }

    It 'gets a system by -Uuid, and by a GUID given positionally' {
        $system = Get-RhsmSystem -First 1
        (Get-RhsmSystem -Uuid $system.Uuid).Name | Should -Be $system.Name
        (Get-RhsmSystem -Uuid "$($system.Uuid)").Name | Should -Be $system.Name
        (Get-RhsmSystem $system.Uuid).Name | Should -Be $system.Name
    }

    It 'binds SystemId or ConsumerUuid columns of a CMDB export by property name' {
        $system = Get-RhsmSystem -First 1
        ([pscustomobject]@{ ConsumerUuid = "$($system.Uuid)" } | Get-RhsmSystem).Name | Should -Be $system.Name
        ([pscustomobject]@{ SystemId = "$($system.Uuid)" } | Get-RhsmSystem).Name | Should -Be $system.Name
    }

    It 'writes RhsmSystemNotFound for an unknown UUID' {
        $unknown = [guid]::NewGuid()
        Get-RhsmSystem -Uuid $unknown -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "RhsmSystemNotFound,$systemId"
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be $unknown
    }

    It 'goes on with the next UUID after an unknown one' {
        $known = @(Get-RhsmSystem -First 2)
        $found = @($known[0].Uuid, [guid]::NewGuid(), $known[1].Uuid | Get-RhsmSystem -ErrorVariable err -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found.Uuid | Should -Be $known.Uuid
        $err.Count | Should -Be 1
    }

    It 'refuses a UUID that is not a GUID before sending anything' {
        { Get-RhsmSystem -Uuid 'not-a-guid' } | Should -Throw -ErrorId "CannotConvertArgumentNoMessage,$systemId"
        Get-SystemsRequest | Should -BeNullOrEmpty
    }

    It 'stops when the pipeline has enough' {
        @(Get-RhsmSystem | Select-Object -First 3).Count | Should -Be 3
    }

    It 'waits out 429 answers and writes one verbose line per retry' {
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; status = 429; count = 2; retryAfterSeconds = 0.2 }
        $verbose = @(Get-RhsmSystem -First 5 -Verbose 4>&1)
        @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like '*429*retry 1 of*' }).Count | Should -Be 1
        @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like '*/systems*-> 200*' }).Count | Should -Be 1
        @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 5
    }

    It 'retries a 502 on a GET' {
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; status = 502; count = 1 }
        @(Get-RhsmSystem -First 5).Count | Should -Be 5
        (Get-SystemsRequest).status | Should -Be @(502, 200)
    }

    It 'fails with ServiceUnavailable when 503s outlast the retries' {
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -MaxRetries 1 -NewSession
        try {
            Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; status = 503; count = 2; retryAfterSeconds = 0.1 }
            { Get-RhsmSystem -Session $session -First 1 -ErrorAction Stop } | Should -Throw -ErrorId "ServiceUnavailable,$systemId"
            (Get-SystemsRequest).Count | Should -Be 2
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'never ends a listing quietly: a failed page is ListingIncomplete with the -Skip to resume' {
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; queryContains = 'offset=100'; status = 500; count = 1 }
        $written = New-Object System.Collections.Generic.List[object]
        $err = { Get-RhsmSystem -ErrorAction Stop | ForEach-Object { $written.Add($_) } } |
            Should -Throw -ErrorId "ListingIncomplete,$systemId" -PassThru
        $written.Count | Should -Be 100
        $err.Exception.Written | Should -Be 100
        $err.Exception.ResumeOffset | Should -Be 100
        $err.Exception.Message | Should -BeLike '*-Skip 100*'
        @(Get-RhsmSystem -Skip $err.Exception.ResumeOffset).Count | Should -Be 150
    }

    It 'fails with CredentialNotFound when the session has no rhsm-api credential' {
        $creds = Get-SandboxCredential $sandbox
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.ConsoleOfflineToken -NewSession
        try {
            $err = { Get-RhsmSystem -Session $session -ErrorAction Stop } | Should -Throw -ErrorId "CredentialNotFound,$systemId" -PassThru
            $err.Exception.Message | Should -BeLike '*https://access.redhat.com/management/api*'
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'fails with NotConnected before Connect-RedHatApi' {
        Disconnect-RedHatApi
        try {
            { Get-RhsmSystem -ErrorAction Stop } | Should -Throw -ErrorId "NotConnected,$systemId"
        }
        finally { Connect-RedHatApi -Sandbox $sandbox.Url }
    }
}

Describe 'Get-RhsmSystem against Red Hat' -Tag 'Live' -Skip:(-not $env:REDHAT_OFFLINE_TOKEN) {
    BeforeAll {
        $live = Connect-RedHatApi -NewSession
    }

    AfterAll {
        Disconnect-RedHatApi -InputObject $live
    }

    It 'lists systems of the account and gets one back by UUID' {
        if ($live.Apis -notcontains 'Rhsm') {
            Set-ItResult -Skipped -Because 'REDHAT_OFFLINE_TOKEN is not an rhsm-api token (https://access.redhat.com/management/api)'
            return
        }

        $systems = @(Get-RhsmSystem -Session $live -First 5)
        $systems.Count | Should -BeLessOrEqual 5
        if ($systems.Count -gt 0) {
            $systems[0].GetType().FullName | Should -Be 'RedHatApi.Models.Rhsm.RhsmSystem'
            (Get-RhsmSystem -Session $live -Uuid $systems[0].Uuid).Uuid | Should -Be $systems[0].Uuid
        }
    }
}

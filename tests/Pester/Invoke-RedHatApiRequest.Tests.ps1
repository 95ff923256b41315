BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    $invokeId = 'RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand'

    # The requests the sandbox saw (API and SSO, not its control API) since its request log was last cleared.
    function Get-SandboxRequest {
        @(Invoke-SandboxControl $sandbox 'requests')
    }
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Invoke-RedHatApiRequest' -Tag 'Unit' {
    BeforeAll {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $sandbox.Url
        $system = Get-RhsmSystem -First 1
    }

    BeforeEach {
        Invoke-SandboxControl $sandbox 'faults' -Method DELETE
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
    }

    It 'follows limit/offset paging with -All and honours -First' {
        $items = @(Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -First 10)
        $items.Count | Should -Be 10
    }

    It 'writes the items of every page with -All as objects with the API''s properties' {
        $items = @(Invoke-RedHatApiRequest -Api Rhsm -Path systems -All)
        $items.Count | Should -Be 250
        $items[0].uuid | Should -Be "$($system.Uuid)"
        $items[0].name | Should -Be $system.Name
    }

    It 'uses -PageSize for each page with -All' {
        @(Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -PageSize 50 -First 120).Count | Should -Be 120
        (Get-SandboxRequest).pathAndQuery | Should -Contain '/management/v1/systems?limit=50&offset=0'
    }

    It 'returns the whole response as one object without -All' {
        $response = Invoke-RedHatApiRequest -Api Rhsm -Path systems -Query @{ limit = 5 }
        @($response).Count | Should -Be 1
        $response.pagination.limit | Should -Be 5
        @($response.body).Count | Should -Be 5
        (Get-SandboxRequest)[0].pathAndQuery | Should -Be '/management/v1/systems?limit=5'
    }

    It 'takes paths relative to the API base or copied from Red Hat''s documentation' {
        (Invoke-RedHatApiRequest -Api Rhsm -Path "systems/$($system.Uuid)").body.name | Should -Be $system.Name
        (Invoke-RedHatApiRequest Rhsm "/management/v1/systems/$($system.Uuid)").body.name | Should -Be $system.Name
    }

    It 'takes -Path from the pipeline by property name' {
        $response = [pscustomobject]@{ Path = "systems/$($system.Uuid)" } | Invoke-RedHatApiRequest -Api Rhsm
        $response.body.uuid | Should -Be "$($system.Uuid)"
    }

    It 'takes an absolute -Uri on an API host and picks the API from it' {
        $uri = "$($sandbox.Url)management/v1/systems/$($system.Uuid)"
        (Invoke-RedHatApiRequest -Uri $uri).body.name | Should -Be $system.Name
        (Get-SandboxRequest)[0].tokenClient | Should -Be 'rhsm-api'
    }

    It 'refuses a -Uri on another host, so no token leaves the API hosts' {
        { Invoke-RedHatApiRequest -Uri 'https://www.example.com/management/v1/systems' -ErrorAction Stop } |
            Should -Throw -ErrorId "InvalidParameter,$invokeId"
        Get-SandboxRequest | Should -BeNullOrEmpty
    }

    It 'returns the body as a string with -Raw' {
        $raw = Invoke-RedHatApiRequest -Api Rhsm -Path "systems/$($system.Uuid)" -Raw
        $raw | Should -BeOfType ([string])
        (ConvertFrom-Json -InputObject $raw).body.uuid | Should -Be "$($system.Uuid)"
    }

    It 'sends a DELETE only when confirmed: -WhatIf sends nothing' {
        Invoke-RedHatApiRequest -Api Rhsm -Path "systems/$($system.Uuid)" -Method DELETE -WhatIf
        @(Get-SandboxRequest | Where-Object method -eq 'DELETE').Count | Should -Be 0
        (Get-RhsmSystem -Uuid $system.Uuid).Uuid | Should -Be $system.Uuid
    }

    It 'sends a DELETE and writes nothing for an empty answer' {
        $victim = @(Get-RhsmSystem -Skip 10 -First 1)[0]
        try {
            Invoke-RedHatApiRequest -Api Rhsm -Path "systems/$($victim.Uuid)" -Method DELETE -Confirm:$false | Should -BeNullOrEmpty
            Get-RhsmSystem -Uuid $victim.Uuid -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be 'RhsmSystemNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'
        }
        finally { Invoke-SandboxControl $sandbox 'reset' -Method POST }
    }

    It 'writes HttpStatus<code> for a status without a more specific error id' {
        $err = { Invoke-RedHatApiRequest -Api Rhsm -Path 'no-such-endpoint' -ErrorAction Stop } |
            Should -Throw -ErrorId "HttpStatus404,$invokeId" -PassThru
        "$($err.CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        $err.Exception.StatusCode | Should -Be 404
    }

    It 'retries a 503 for a POST but not a 502' {
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; method = 'POST'; status = 502; count = 1 }
        { Invoke-RedHatApiRequest -Api Rhsm -Path systems -Method POST -Body @{ name = 'new' } -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId "ServiceUnavailable,$invokeId"
        @(Get-SandboxRequest | Where-Object { $_.method -eq 'POST' -and $_.pathAndQuery -like '/management/*' }).Count | Should -Be 1

        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; method = 'POST'; status = 503; count = 1; retryAfterSeconds = 0.1 }
        # The sandbox has no POST /systems, so the retried request ends in its 405.
        { Invoke-RedHatApiRequest -Api Rhsm -Path systems -Method POST -Body @{ name = 'new' } -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId "HttpStatus405,$invokeId"
        (Get-SandboxRequest | Where-Object { $_.method -eq 'POST' -and $_.pathAndQuery -like '/management/*' }).status | Should -Be @(503, 405)
    }

    It 'stops a listing with ListingIncomplete when a later page fails' {
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; queryContains = 'offset=100'; status = 500; count = 1 }
        $err = { Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -ErrorAction Stop | Out-Null } |
            Should -Throw -ErrorId "ListingIncomplete,$invokeId" -PassThru
        $err.Exception.ResumeOffset | Should -Be 100
    }

    It 'validates -Method and -PageSize' {
        { Invoke-RedHatApiRequest -Api Rhsm -Path systems -Method OPTIONS } | Should -Throw -ErrorId "ParameterArgumentValidationError,$invokeId"
        { Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -PageSize 0 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$invokeId"
    }

    It 'fails with CredentialNotFound for an API the session has no credential for' {
        $creds = Get-SandboxCredential $sandbox
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken -NewSession
        try {
            { Invoke-RedHatApiRequest -Session $session -Api Assisted -Path clusters -ErrorAction Stop } |
                Should -Throw -ErrorId "CredentialNotFound,$invokeId"
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'fails with NotConnected before Connect-RedHatApi' {
        Disconnect-RedHatApi
        try {
            { Invoke-RedHatApiRequest -Api Rhsm -Path systems -ErrorAction Stop } | Should -Throw -ErrorId "NotConnected,$invokeId"
        }
        finally { Connect-RedHatApi -Sandbox $sandbox.Url }
    }
}

Describe 'Invoke-RedHatApiRequest against Red Hat' -Tag 'Live' -Skip:(-not $env:REDHAT_OFFLINE_TOKEN) {
    BeforeAll {
        $live = Connect-RedHatApi -NewSession
    }

    AfterAll {
        Disconnect-RedHatApi -InputObject $live
    }

    It 'reads the RHSM organization' {
        if ($live.Apis -notcontains 'Rhsm') {
            Set-ItResult -Skipped -Because 'REDHAT_OFFLINE_TOKEN is not an rhsm-api token (https://access.redhat.com/management/api)'
            return
        }

        $organization = Invoke-RedHatApiRequest -Session $live -Api Rhsm -Path organization
        $organization.body | Should -Not -BeNullOrEmpty
    }
}

BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Get-RedHatApiSession' -Tag 'Unit' {
    BeforeEach {
        Disconnect-RedHatApi
        Invoke-SandboxControl $sandbox 'reset' -Method POST
    }

    It 'fails with NotConnected before Connect-RedHatApi' {
        { Get-RedHatApiSession -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,RedHatApi.Commands.Session.GetRedHatApiSessionCommand'
    }

    It 'shows the rhsm-api and cloud-services credentials of a sandbox connection' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $session = Get-RedHatApiSession
        $session.GetType().FullName | Should -Be 'RedHatApi.Session.RedHatApiSession'
        $session.IsDisconnected | Should -BeFalse
        $rhsm = $session.Credentials | Where-Object ClientId -eq 'rhsm-api'
        $console = $session.Credentials | Where-Object ClientId -eq 'cloud-services'
        "$($rhsm.Kind)" | Should -Be 'OfflineToken'
        $rhsm.Apis -join ',' | Should -Be 'Rhsm,Console'
        "$($console.Kind)" | Should -Be 'OfflineToken'
        $console.Apis -join ',' | Should -Be 'Assisted,Console'
        $rhsm.AccessTokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        $rhsm.LastError | Should -BeNullOrEmpty
    }

    It 'shows the endpoints the session talks to' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $endpoints = (Get-RedHatApiSession).Endpoints
        $endpoints.RhsmUrl.AbsoluteUri | Should -Be "$($sandbox.Url)management/v1/"
        $endpoints.TokenUrl.AbsoluteUri | Should -Be "$($sandbox.Url)auth/realms/redhat-external/protocol/openid-connect/token"
    }

    It 'never shows a secret, in the default view, in every property or as JSON' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $null = Get-RhsmSystem -First 1
        $creds = Get-SandboxCredential $sandbox
        $accessToken = Get-RedHatApiToken -Api Rhsm -AsPlainText
        $session = Get-RedHatApiSession
        $shown = ($session | Out-String) + ($session | Format-List * | Out-String) +
            ($session.Credentials | Format-List * | Out-String) + (ConvertTo-Json -InputObject $session -Depth 4)
        $shown | Should -Match 'rhsm-api'
        foreach ($secret in $creds.RhsmOfflineTokenText, $creds.ConsoleOfflineTokenText, $accessToken) {
            $shown | Should -Not -Match ([regex]::Escape($secret))
        }
        $shown | Should -Not -Match 'eyJ[\w-]+\.[\w-]+\.'
    }

    It 'counts one token grant per credential when connecting' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        (Get-RedHatApiSession).Statistics.TokenRefreshes | Should -Be 2
    }

    It 'counts requests, retries, throttled responses and the time waited' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $before = (Get-RedHatApiSession).Statistics
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; status = 429; count = 2; retryAfterSeconds = 0.2 }
        @(Get-RhsmSystem -First 5).Count | Should -Be 5
        $after = (Get-RedHatApiSession).Statistics
        $after.Requests | Should -BeGreaterThan $before.Requests
        ($after.Retries - $before.Retries) | Should -Be 2
        ($after.ThrottledResponses - $before.ThrottledResponses) | Should -Be 2
        $after.SecondsWaited | Should -BeGreaterOrEqual ($before.SecondsWaited + 0.3)
    }

    It 'counts the refresh and the retry after a 401' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $before = (Get-RedHatApiSession).Statistics
        Invoke-SandboxControl $sandbox 'faults/rules' -Method POST -Body @{ pathContains = '/systems'; status = 401; count = 1 }
        @(Get-RhsmSystem -First 2).Count | Should -Be 2
        $after = (Get-RedHatApiSession).Statistics
        ($after.TokenRefreshes - $before.TokenRefreshes) | Should -Be 1
        ((Get-RedHatApiSession).Credentials | Where-Object ClientId -eq 'rhsm-api').RefreshCount | Should -Be 2
    }

    It 'returns the session given with -Session instead of the default' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $other = Connect-RedHatApi -Sandbox $sandbox.Url -NewSession
        try {
            (Get-RedHatApiSession -Session $other).Id | Should -Be $other.Id
            (Get-RedHatApiSession).Id | Should -Not -Be $other.Id
        }
        finally { Disconnect-RedHatApi -InputObject $other }
    }

    It 'shows a closed session passed with -Session as disconnected' {
        $other = Connect-RedHatApi -Sandbox $sandbox.Url -NewSession
        Disconnect-RedHatApi -InputObject $other
        (Get-RedHatApiSession -Session $other).IsDisconnected | Should -BeTrue
    }
}

BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    $tokenId = 'RedHatApi.Commands.Session.GetRedHatApiTokenCommand'
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Get-RedHatApiToken' -Tag 'Unit' {
    BeforeEach {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $sandbox.Url
    }

    It 'returns a SecureString by default' {
        $token = Get-RedHatApiToken
        $token | Should -BeOfType ([securestring])
        $token.Length | Should -BeGreaterThan 0
    }

    It 'returns the access token as a string with -AsPlainText' {
        $token = Get-RedHatApiToken -AsPlainText
        $token | Should -BeOfType ([string])
        $token | Should -Match '^eyJ[\w-]+\.[\w-]+\.[\w-]*$'
    }

    It 'defaults to the RHSM credential when the session has one' {
        Get-JwtClaim (Get-RedHatApiToken -AsPlainText) 'azp' | Should -Be 'rhsm-api'
    }

    It 'returns the token of the credential that serves -Api' {
        Get-JwtClaim (Get-RedHatApiToken -Api Rhsm -AsPlainText) 'azp' | Should -Be 'rhsm-api'
        Get-JwtClaim (Get-RedHatApiToken Assisted -AsPlainText) 'azp' | Should -Be 'cloud-services'
    }

    It 'defaults to the Assisted credential when the session has no RHSM one' {
        $creds = Get-SandboxCredential $sandbox
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.ConsoleOfflineToken -NewSession
        try {
            Get-JwtClaim (Get-RedHatApiToken -Session $session -AsPlainText) 'azp' | Should -Be 'cloud-services'
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'gives a token other tools can send as a bearer, like ocm token' {
        $token = Get-RedHatApiToken -Api Rhsm -AsPlainText
        $uri = "$($sandbox.Url)management/v1/systems?limit=3"
        $response = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Bearer $token" }
        @($response.body).Count | Should -Be 3
    }

    It 'returns the cached token while it is valid' {
        $first = Get-RedHatApiToken -AsPlainText
        Get-RedHatApiToken -AsPlainText | Should -Be $first
    }

    It 'obtains a new token with -ForceRefresh' {
        $first = Get-RedHatApiToken -AsPlainText
        $before = (Get-RedHatApiSession).Statistics.TokenRefreshes
        $fresh = Get-RedHatApiToken -AsPlainText -ForceRefresh
        $fresh | Should -Not -Be $first
        (Get-RedHatApiSession).Statistics.TokenRefreshes | Should -Be ($before + 1)
        Get-RedHatApiToken -AsPlainText | Should -Be $fresh
    }

    It 'returns a static -AccessToken unchanged, even with -ForceRefresh' {
        $plain = Get-RedHatApiToken -Api Rhsm -AsPlainText
        $static = ConvertTo-SecureString $plain -AsPlainText -Force
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -AccessToken $static -NewSession
        try {
            Get-RedHatApiToken -Session $session -AsPlainText -ForceRefresh | Should -Be $plain
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'fails with CredentialNotFound for an API the session has no credential for' {
        $creds = Get-SandboxCredential $sandbox
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.ConsoleOfflineToken -NewSession
        try {
            $err = { Get-RedHatApiToken -Session $session -Api Rhsm -ErrorAction Stop } |
                Should -Throw -ErrorId "CredentialNotFound,$tokenId" -PassThru
            $err.Exception.Message | Should -BeLike '*rhsm-api*'
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'fails with NotConnected before Connect-RedHatApi' {
        Disconnect-RedHatApi
        { Get-RedHatApiToken -ErrorAction Stop } | Should -Throw -ErrorId "NotConnected,$tokenId"
    }

    It 'accepts only the API names the module knows' {
        { Get-RedHatApiToken -Api 'Insights' } | Should -Throw -ErrorId "CannotConvertArgumentNoMessage,$tokenId"
    }
}

Describe 'Get-RedHatApiToken against Red Hat' -Tag 'Live' -Skip:(-not $env:REDHAT_OFFLINE_TOKEN) {
    It 'returns a current access token for the REDHAT_OFFLINE_TOKEN credential' {
        $session = Connect-RedHatApi -NewSession
        try {
            $token = Get-RedHatApiToken -Session $session -AsPlainText
            $token | Should -Match '^eyJ'
            Get-JwtClaim $token 'azp' | Should -Be $session.Credentials[0].ClientId
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }
}

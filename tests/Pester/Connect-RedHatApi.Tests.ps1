BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
    $connectId = 'RedHatApi.Commands.Session.ConnectRedHatApiCommand'

    # Runs a script block with the REDHAT_* variables set as given (absent when not given), then restores them.
    function Invoke-WithRedHatEnvironment {
        param([hashtable] $Variables, [scriptblock] $Script)
        $names = 'REDHAT_OFFLINE_TOKEN', 'REDHAT_CLIENT_ID', 'REDHAT_CLIENT_SECRET'
        $saved = @{}
        foreach ($name in $names) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            $value = $null
            if ($Variables.ContainsKey($name)) { $value = $Variables[$name] }
            [Environment]::SetEnvironmentVariable($name, $value)
        }
        try { & $Script }
        finally {
            foreach ($name in $names) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
    }
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Connect-RedHatApi' -Tag 'Unit' {
    BeforeEach { Disconnect-RedHatApi }

    It 'connects to the sandbox with its advertised tokens, one credential per client, and writes nothing' {
        $output = Connect-RedHatApi -Sandbox $sandbox.Url
        $output | Should -BeNullOrEmpty
        $session = Get-RedHatApiSession
        $session.Credentials.ClientId | Should -Contain 'rhsm-api'
        $session.Credentials.ClientId | Should -Contain 'cloud-services'
        $session.Apis -join ',' | Should -Be 'Rhsm,Assisted,Console'
        $session.Endpoints.RhsmUrl.AbsoluteUri | Should -Be "$($sandbox.Url)management/v1/"
    }

    It 'adds a credential when connecting again with a token of another client' {
        $creds = Get-SandboxCredential $sandbox
        Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken
        $first = Get-RedHatApiSession
        @($first.Credentials).Count | Should -Be 1

        Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.ConsoleOfflineToken
        $second = Get-RedHatApiSession
        $second.Id | Should -Be $first.Id
        $second.Credentials.ClientId | Should -Be @('rhsm-api', 'cloud-services')
        ($second.Credentials | Where-Object ClientId -eq 'rhsm-api').Apis -join ',' | Should -Be 'Rhsm,Console'
        ($second.Credentials | Where-Object ClientId -eq 'cloud-services').Apis -join ',' | Should -Be 'Assisted,Console'
    }

    It 'replaces the credential of the same client instead of adding a second one' {
        $creds = Get-SandboxCredential $sandbox
        Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken
        Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken
        @((Get-RedHatApiSession).Credentials).Count | Should -Be 1
    }

    It 'checks the credential before returning: the access token is already there' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        foreach ($credential in (Get-RedHatApiSession).Credentials) {
            $credential.RefreshCount | Should -Be 1
            $credential.AccessTokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        }
    }

    It 'returns the default session with -PassThru' {
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -PassThru
        $session.GetType().FullName | Should -Be 'RedHatApi.Session.RedHatApiSession'
        $session.Id | Should -Be (Get-RedHatApiSession).Id
    }

    It 'returns a separate session with -NewSession and leaves the default alone' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $default = Get-RedHatApiSession
        $other = Connect-RedHatApi -Sandbox $sandbox.Url -NewSession
        try {
            $other.Id | Should -Not -Be $default.Id
            (Get-RedHatApiSession).Id | Should -Be $default.Id
            @(Get-RhsmSystem -Session $other -First 2).Count | Should -Be 2
        }
        finally { Disconnect-RedHatApi -InputObject $other }
    }

    It 'does not create a default session with -NewSession' {
        $other = Connect-RedHatApi -Sandbox $sandbox.Url -NewSession
        try {
            { Get-RedHatApiSession -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,RedHatApi.Commands.Session.GetRedHatApiSessionCommand'
        }
        finally { Disconnect-RedHatApi -InputObject $other }
    }

    It 'writes no secret to any stream, even with -Verbose and debug output' {
        $creds = Get-SandboxCredential $sandbox
        $DebugPreference = 'Continue'
        try {
            $log = Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken -Verbose 4>&1 5>&1 | Out-String
        }
        finally { $DebugPreference = 'SilentlyContinue' }
        $log | Should -Match 'openid-connect/token'
        $log | Should -Not -Match ([regex]::Escape($creds.RhsmOfflineTokenText))
        $log | Should -Not -Match 'eyJ[\w-]+\.[\w-]+\.'
    }

    It 'refuses a -ClientId that contradicts the token, before sending anything' {
        $creds = Get-SandboxCredential $sandbox
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
        { Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken -ClientId 'cloud-services' -ErrorAction Stop } |
            Should -Throw -ErrorId "TokenClientMismatch,$connectId"
        @(Invoke-SandboxControl $sandbox 'requests' | Where-Object { $_.pathAndQuery -like '*openid-connect/token*' }).Count | Should -Be 0
        { Get-RedHatApiSession -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,*'
    }

    It 'reports a revoked offline token as InvalidOfflineToken and names the page for a new one' {
        $creds = Get-SandboxCredential $sandbox
        Invoke-SandboxControl $sandbox 'revoke' -Method POST -Body @{ token = $creds.RhsmOfflineTokenText }
        try {
            $err = { Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.RhsmOfflineToken -ErrorAction Stop } |
                Should -Throw -ErrorId "InvalidOfflineToken,$connectId" -PassThru
            $err.Exception.Message | Should -BeLike '*30 days*'
            $err.Exception.Message | Should -BeLike '*https://access.redhat.com/management/api*'
        }
        finally { Invoke-SandboxControl $sandbox 'reset' -Method POST }
    }

    It 'connects a service account given as -Credential' {
        $creds = Get-SandboxCredential $sandbox
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -Credential $creds.ServiceAccount -NewSession
        try {
            $credential = @($session.Credentials)
            $credential.Count | Should -Be 1
            $credential[0].ClientId | Should -Be $creds.ServiceAccount.UserName
            "$($credential[0].Kind)" | Should -Be 'ClientCredentials'
            $credential[0].Apis -join ',' | Should -Be 'Assisted,Console'
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'sends the service account secret as HTTP Basic with -BasicAuth' {
        $creds = Get-SandboxCredential $sandbox
        Invoke-SandboxControl $sandbox 'requests' -Method DELETE
        $secret = $creds.ServiceAccount.Password
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -ClientId $creds.ServiceAccount.UserName -ClientSecret $secret -BasicAuth -NewSession
        try {
            $grants = @(Invoke-SandboxControl $sandbox 'requests' | Where-Object { $_.pathAndQuery -like '*openid-connect/token*' })
            $grants.Count | Should -Be 1
            $grants[0].authScheme | Should -Be 'Basic'
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'reports a wrong service account secret as InvalidClientCredential' {
        $creds = Get-SandboxCredential $sandbox
        $wrong = ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force
        { Connect-RedHatApi -Sandbox $sandbox.Url -ClientId $creds.ServiceAccount.UserName -ClientSecret $wrong -ErrorAction Stop } |
            Should -Throw -ErrorId "InvalidClientCredential,$connectId"
    }

    It 'uses an -AccessToken as is, for every API' {
        Connect-RedHatApi -Sandbox $sandbox.Url
        $token = Get-RedHatApiToken -Api Rhsm
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -AccessToken $token -NewSession
        try {
            "$($session.Credentials[0].Kind)" | Should -Be 'AccessToken'
            $session.Apis -join ',' | Should -Be 'Rhsm,Assisted,Console'
            @(Get-RhsmSystem -Session $session -First 3).Count | Should -Be 3
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'gives a console token forced onto RHSM with -Api the 403 RHSM answers' {
        $creds = Get-SandboxCredential $sandbox
        $session = Connect-RedHatApi -Sandbox $sandbox.Url -OfflineToken $creds.ConsoleOfflineToken -Api Rhsm -NewSession
        try {
            $session.Apis -join ',' | Should -Be 'Rhsm'
            { Get-RhsmSystem -Session $session -First 1 -ErrorAction Stop } |
                Should -Throw -ErrorId 'PermissionDenied,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }

    It 'reads REDHAT_OFFLINE_TOKEN for unattended runs' {
        $creds = Get-SandboxCredential $sandbox
        Invoke-WithRedHatEnvironment @{ REDHAT_OFFLINE_TOKEN = $creds.RhsmOfflineTokenText } {
            $session = Connect-RedHatApi -TokenUrl $creds.TokenUrl -RhsmUrl "$($sandbox.Url)management/v1/" -NewSession
            try {
                $session.Credentials.ClientId | Should -Be 'rhsm-api'
                @(Get-RhsmSystem -Session $session -First 2).Count | Should -Be 2
            }
            finally { Disconnect-RedHatApi -InputObject $session }
        }
    }

    It 'reads REDHAT_CLIENT_ID and REDHAT_CLIENT_SECRET for a service account' {
        $creds = Get-SandboxCredential $sandbox
        $variables = @{ REDHAT_CLIENT_ID = $creds.ServiceAccount.UserName; REDHAT_CLIENT_SECRET = $creds.ServiceAccountSecretText }
        Invoke-WithRedHatEnvironment $variables {
            $session = Connect-RedHatApi -TokenUrl $creds.TokenUrl -NewSession
            try {
                $session.Credentials.ClientId | Should -Be $creds.ServiceAccount.UserName
                "$($session.Credentials[0].Kind)" | Should -Be 'ClientCredentials'
            }
            finally { Disconnect-RedHatApi -InputObject $session }
        }
    }

    It 'fails with CredentialMissing when there is no credential and no REDHAT_* variable' {
        Invoke-WithRedHatEnvironment @{} {
            $err = { Connect-RedHatApi -ErrorAction Stop } | Should -Throw -ErrorId "CredentialMissing,$connectId" -PassThru
            $err.Exception.Message | Should -BeLike '*REDHAT_OFFLINE_TOKEN*'
        }
    }

    It 'fails with NetworkError when the host cannot be reached' {
        $port = Get-FreeLoopbackPort
        { Connect-RedHatApi -Sandbox "http://127.0.0.1:$port/" -MaxRetries 0 -ErrorAction Stop } |
            Should -Throw -ErrorId "NetworkError,$connectId"
    }

    It 'validates -MaxRetries and -TimeoutSec' {
        { Connect-RedHatApi -Sandbox $sandbox.Url -MaxRetries 11 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$connectId"
        { Connect-RedHatApi -Sandbox $sandbox.Url -TimeoutSec 0 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$connectId"
    }

    Context 'TLS with a private CA' {
        BeforeAll {
            $tls = Start-RedHatApiSandbox -ArgumentList '--systems', '20', '--tls'
        }

        AfterAll {
            Stop-RedHatApiSandbox $tls
        }

        It 'reports an untrusted certificate as TlsError that points to -CertificateAuthority' {
            $tls.TlsUrl | Should -Not -BeNullOrEmpty
            $err = { Connect-RedHatApi -Sandbox $tls.TlsUrl -MaxRetries 0 -ErrorAction Stop } |
                Should -Throw -ErrorId "TlsError,$connectId" -PassThru
            $err.Exception.Message | Should -BeLike '*-CertificateAuthority*'
        }

        It 'trusts the CA given with -CertificateAuthority, for SSO and the API' {
            $session = Connect-RedHatApi -Sandbox $tls.TlsUrl -CertificateAuthority $tls.CaPath -NewSession -WarningVariable warnings
            try {
                @(Get-RhsmSystem -Session $session -First 3).Count | Should -Be 3
                $warnings | Should -BeNullOrEmpty
            }
            finally { Disconnect-RedHatApi -InputObject $session }
        }

        It 'connects with -SkipCertificateCheck and warns about it' {
            $session = Connect-RedHatApi -Sandbox $tls.TlsUrl -SkipCertificateCheck -NewSession -WarningVariable warnings -WarningAction SilentlyContinue
            try {
                @($warnings).Count | Should -Be 1
                "$($warnings[0])" | Should -BeLike '*-SkipCertificateCheck*'
                @(Get-RhsmSystem -Session $session -First 1).Count | Should -Be 1
            }
            finally { Disconnect-RedHatApi -InputObject $session }
        }
    }
}

Describe 'Connect-RedHatApi against Red Hat' -Tag 'Live' -Skip:(-not $env:REDHAT_OFFLINE_TOKEN) {
    It 'connects with REDHAT_OFFLINE_TOKEN and checks the token at once' {
        $session = Connect-RedHatApi -NewSession
        try {
            $credential = @($session.Credentials)
            $credential.Count | Should -Be 1
            "$($credential[0].Kind)" | Should -Be 'OfflineToken'
            $credential[0].ClientId | Should -BeIn @('rhsm-api', 'cloud-services')
            $credential[0].AccessTokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        }
        finally { Disconnect-RedHatApi -InputObject $session }
    }
}

Describe 'Connect-RedHatApi to a cluster' -Tag 'Unit' {
    BeforeAll {
        $clusterSandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '20', '--cluster'
        $cluster = (Invoke-SandboxControl $clusterSandbox 'credentials').cluster
        $clusterToken = ConvertTo-SecureString $cluster.adminToken -AsPlainText -Force
    }

    AfterAll { Stop-RedHatApiSandbox $clusterSandbox }

    It 'adds the cluster to the session with -ClusterUrl and -AccessToken' {
        $s = Connect-RedHatApi -ClusterUrl ([uri]$cluster.url) -AccessToken $clusterToken -CertificateAuthority $cluster.certificateAuthority -ClusterName lab -NewSession
        $s.Clusters[0].Name | Should -Be 'lab'
        $s.Clusters[0].User | Should -Be 'kube:admin'
        Disconnect-RedHatApi -InputObject $s
    }

    It 'fails with TlsError without the cluster CA' {
        { Connect-RedHatApi -ClusterUrl ([uri]$cluster.url) -AccessToken $clusterToken -NewSession -MaxRetries 0 -ErrorAction Stop } |
            Should -Throw -ErrorId "TlsError,$connectId"
    }

    It 'logs in with -ClusterUrl and -Credential at the cluster OAuth server' {
        $user = $cluster.oauthUsers | Where-Object name -eq 'developer'
        $login = New-Object System.Management.Automation.PSCredential -ArgumentList 'developer', (ConvertTo-SecureString $user.password -AsPlainText -Force)
        $s = Connect-RedHatApi -ClusterUrl ([uri]$cluster.url) -Credential $login -CertificateAuthority $cluster.certificateAuthority -NewSession
        $s.Clusters[0].User | Should -Be 'developer'
        $s.Clusters[0].Kind | Should -Be 'Password'
        Disconnect-RedHatApi -InputObject $s
    }

    It 'fails with OpenShiftLoginFailed for a wrong password' {
        $login = New-Object System.Management.Automation.PSCredential -ArgumentList 'developer', (ConvertTo-SecureString 'wrong-password' -AsPlainText -Force)
        { Connect-RedHatApi -ClusterUrl ([uri]$cluster.url) -Credential $login -CertificateAuthority $cluster.certificateAuthority -NewSession -ErrorAction Stop } |
            Should -Throw -ErrorId "OpenShiftLoginFailed,$connectId"
    }

    It 'reads a kubeconfig context' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) ("kubeconfig-" + [guid]::NewGuid().ToString('N'))
        @(
            'clusters:'
            '- name: sandbox'
            '  cluster:'
            "    server: $($cluster.url)"
            "    certificate-authority: $($cluster.certificateAuthority)"
            'users:'
            '- name: admin'
            '  user:'
            "    token: $($cluster.adminToken)"
            'contexts:'
            '- name: admin/sandbox'
            '  context: {cluster: sandbox, user: admin, namespace: ci}'
            'current-context: admin/sandbox'
        ) | Set-Content -LiteralPath $path
        try {
            $s = Connect-RedHatApi -Kubeconfig $path -NewSession
            $s.Clusters[0].DefaultNamespace | Should -Be 'ci'
            (Get-OpenShiftServiceAccount -Session $s -Name default).Namespace | Should -Be 'ci'
            Disconnect-RedHatApi -InputObject $s
        }
        finally { Remove-Item -LiteralPath $path }
    }
}

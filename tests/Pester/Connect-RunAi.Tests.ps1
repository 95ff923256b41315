BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '3'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Connect-RunAi' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Disconnect-RedHatApi
        $script:app = Get-RunAiSandboxApplication $script:sandbox -Role Editor
    }

    It 'adds the tenant as a runai connection of the session, with a v2 token' {
        Connect-RunAi -Url $script:app.Url -Credential $script:app.Credential
        $connection = (Get-RedHatApiSession).Connections | Where-Object Family -eq 'RunAi'
        $connection.Name | Should -Be ('runai:' + $script:app.Url.Authority)
        (Invoke-SandboxControl $script:sandbox 'runai/grants').v2 | Should -Be 1
    }

    It 'falls back to /api/v1/token when the tenant answers 404 on v2' {
        Invoke-SandboxControl $script:sandbox 'runai' -Method PUT -Body @{ v2Token = $false } | Out-Null
        Connect-RunAi -Url $script:app.Url -ClientId $script:app.Credential.UserName -ClientSecret $script:app.Credential.Password
        (Invoke-SandboxControl $script:sandbox 'runai/grants').v1 | Should -Be 1
    }

    It 'uses the Keycloak realm with -Realm' {
        Connect-RunAi -Url $script:app.Url -Credential $script:app.Credential -Realm $script:app.Realm
        (Invoke-SandboxControl $script:sandbox 'runai/grants').realm | Should -Be 1
    }

    It 'reads RUNAI_URL, RUNAI_CLIENT_ID and RUNAI_CLIENT_SECRET when no parameter is given' {
        $env:RUNAI_URL = [string]$script:app.Url
        $env:RUNAI_CLIENT_ID = $script:app.Credential.UserName
        $env:RUNAI_CLIENT_SECRET = $script:app.SecretText
        try {
            Connect-RunAi
            @((Get-RedHatApiSession).Connections | Where-Object Family -eq 'RunAi').Count | Should -Be 1
        }
        finally {
            $env:RUNAI_URL = $null; $env:RUNAI_CLIENT_ID = $null; $env:RUNAI_CLIENT_SECRET = $null
        }
    }

    It 'refuses a bad secret with RunAiCredentialInvalid, the fix in the message and no secret in it' {
        $wrong = ConvertTo-SecureString 'wrong-secret-42' -AsPlainText -Force
        { Connect-RunAi -Url $script:app.Url -ClientId $script:app.Credential.UserName -ClientSecret $wrong -ErrorAction Stop } |
            Should -Throw -ErrorId 'RunAiCredentialInvalid*'
        $Error[0].Exception.Message | Should -BeLike '*RUNAI_CLIENT_SECRET*'
        $Error[0].Exception.Message | Should -Not -BeLike '*wrong-secret-42*'
    }
}

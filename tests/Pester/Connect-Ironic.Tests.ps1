BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '12'
    $script:ironic = [uri]::new([uri]$script:sandbox.Url, 'ironic/')
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Connect-Ironic' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-Ironic -Url $script:ironic
    }

    It 'adds the Ironic as a connection of the session' {
        $connection = (Get-RedHatApiSession).Connections | Where-Object Family -eq 'Ironic'
        $connection.Name | Should -Be ('ironic:' + $script:ironic.Authority + '/ironic')
        $connection.AuthKind | Should -Be 'None'
    }

    It 'refuses a pinned version the server does not serve, naming the range' {
        { Connect-Ironic -Url $script:ironic -ApiVersion 1.999 -ErrorAction Stop } | Should -Throw -ErrorId 'IronicApiVersionUnsupported*'
        $Error[0].Exception.Message | Should -BeLike '*1.1 to 1.82*'
    }

    It 'refuses a wrong HTTP Basic password with AuthenticationFailed' {
        Invoke-SandboxControl $script:sandbox 'ironic' -Method PUT -Body @{ httpBasic = $true } | Out-Null
        $cred = New-Object System.Management.Automation.PSCredential -ArgumentList 'ironic-user', (ConvertTo-SecureString 'wrong' -AsPlainText -Force)
        { Connect-Ironic -Url $script:ironic -Credential $cred -ErrorAction Stop } | Should -Throw -ErrorId 'AuthenticationFailed*'
    }
}

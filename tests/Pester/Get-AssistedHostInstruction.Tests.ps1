BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
    $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
    Set-Content -LiteralPath $script:secretPath -Value (Invoke-SandboxControl $script:sandbox 'credentials').pullSecret -Encoding ASCII
    Connect-RedHatApi -Sandbox $script:sandbox.Url -PullSecretPath $script:secretPath
}

AfterAll {
    Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue
    Complete-RedHatApiTestRun $script:sandbox
}

Describe 'Get-AssistedHostInstruction' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        $script:infraEnv = New-AssistedInfraEnv -Name ('pester-steps-' + [guid]::NewGuid().ToString('N').Substring(0, 6)) -PullSecretPath $script:secretPath
        $script:agentHost = Register-AssistedHost -InfraEnvId $script:infraEnv.Id -HostId ([guid]::NewGuid())
    }

    It 'gets the next steps of a piped host' {
        $steps = $script:agentHost | Get-AssistedHostInstruction
        $steps.HostId | Should -Be $script:agentHost.Id
        $steps.PostStepAction | Should -Be 'continue'
        $steps.StepTypes | Should -Contain 'inventory'
    }

    It 'writes AssistedHostNotFound for an unknown host' {
        $null = Get-AssistedHostInstruction -InfraEnvId $script:infraEnv.Id -HostId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AssistedHostNotFound,*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-AssistedInfraEnv' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 100 } | Out-Null
    }

    It 'sets the proxy, NTP and kernel arguments and masks the proxy password' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        $updated = $infraEnv | Set-AssistedInfraEnv -HttpProxy 'http://user:S3cret@proxy.example.com:3128' -NtpSource ntp1.example.com -KernelArgument quiet -PassThru
        $updated.HttpProxy | Should -Be 'http://user:****@proxy.example.com:3128'
        $updated.NtpSources | Should -Be @('ntp1.example.com')
        $updated.KernelArguments | Should -Be @('append quiet')
        ($updated | Out-String) | Should -Not -Match 'S3cret'
    }

    It 'refuses a call with nothing to change' {
        $infraEnv = Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedInfraEnv -ClusterId $_.Id }
        { $infraEnv | Set-AssistedInfraEnv -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidParameter,*'
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiTestRun -Connect
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Set-AssistedHost' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 200 } | Out-Null
    }

    It 'a worker role makes a three-master cluster insufficient' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        $host0 | Set-AssistedHost -HostRole worker
        (Get-AssistedCluster -Name lab-ready).Status | Should -Be 'insufficient'
    }

    It '-WhatIf changes nothing' {
        $host0 = Get-AssistedCluster -Name lab-ready | Get-AssistedHost | Select-Object -First 1
        $host0 | Set-AssistedHost -HostName renamed -WhatIf
        (Get-AssistedHost -InfraEnvId $host0.InfraEnvId -HostId $host0.Id).HostName | Should -Be $host0.HostName
    }
}

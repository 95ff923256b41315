BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Watch-OpenShiftResource' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'sends the current objects as ADDED and stops at -TimeoutSec' {
        $events = @(Watch-OpenShiftResource v1 ConfigMap -Namespace test -TimeoutSec 2)
        $events.Count | Should -Be 1
        $events[0].Type | Should -Be 'ADDED'
        $events[0].Name | Should -Be 'kube-root-ca.crt'
    }

    It 'goes on across streams the server ends' {
        $events = @(Watch-OpenShiftResource v1 Pod -Namespace test -StreamTimeoutSec 1 -TimeoutSec 3)
        # Only the first stream sends the current objects; the later ones resume from the last resourceVersion.
        $names = @($events.Name)
        $names.Count | Should -Be (@($names | Select-Object -Unique)).Count
    }

    It 'warns and re-lists when the resourceVersion is too old' {
        Invoke-SandboxControl $script:sandbox 'cluster/compact' -Method POST
        $null = Watch-OpenShiftResource v1 ConfigMap -Namespace test -ResourceVersion 5 -TimeoutSec 2 -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings[0] | Should -BeLike '*410*'
    }
}

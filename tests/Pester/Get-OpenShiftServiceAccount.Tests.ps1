BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    $script:sandbox = Initialize-RedHatApiClusterTestRun
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Get-OpenShiftServiceAccount' -Tag 'Unit' {
    BeforeEach { Reset-RedHatApiClusterTestRun $script:sandbox }

    It 'pages through a namespace with continue tokens' {
        $all = @(Get-OpenShiftServiceAccount -Namespace ci -PageSize 4)
        $all.Count | Should -Be 23
        ($all | Select-Object -ExpandProperty Name | Sort-Object -CaseSensitive) -join ',' | Should -Be (($all.Name) -join ',')
    }

    It 'honours -First and -Skip' {
        $all = @(Get-OpenShiftServiceAccount -Namespace ci)
        $some = @(Get-OpenShiftServiceAccount -Namespace ci -PageSize 5 -Skip 3 -First 6)
        ($some.Name -join ',') | Should -Be ((($all | Select-Object -Skip 3 -First 6).Name) -join ',')
    }

    It 'writes a per-name error for a missing account and goes on' {
        $found = @(Get-OpenShiftServiceAccount -Namespace ci -Name nobody, default -ErrorVariable errs -ErrorAction SilentlyContinue)
        $found.Name | Should -Be 'default'
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OpenShiftObjectNotFound,*'
    }
}

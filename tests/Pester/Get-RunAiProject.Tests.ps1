BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '5', '--ironic-nodes', '0', '--runai-projects', '620'
}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }


Describe 'Get-RunAiProject' -Tag 'Unit' {
    BeforeEach {
        Invoke-SandboxControl $script:sandbox 'reset' -Method POST | Out-Null
        Connect-RunAiSandbox $script:sandbox -Role Editor
    }

    It 'lists every project once, following next past the first 500' {
        $projects = @(Get-RunAiProject)
        $projects.Count | Should -Be 620
        @($projects.Id | Sort-Object -Unique).Count | Should -Be 620
        $projects[0].PSObject.TypeNames[0] | Should -Be 'RedHatApi.Models.RunAi.RunAiProject'
    }

    It 'passes -Filter and -Sort to Run:ai and finds names exactly' {
        @(Get-RunAiProject -Filter 'name=^project-000' -Sort '-name' -First 2).Name | Should -Be @('project-0009', 'project-0008')
        (Get-RunAiProject -Name project-0042).Name | Should -Be 'project-0042'
    }

    It 'reads projects by id from the pipeline and reports an unknown name as RunAiProjectNotFound' {
        $first = Get-RunAiProject -First 1
        ($first | Get-RunAiProject).Id | Should -Be $first.Id
        { Get-RunAiProject -Name no-such-project -ErrorAction Stop } | Should -Throw -ErrorId 'RunAiProjectNotFound*'
    }

    It 'stops with PagingLoopDetected when next does not advance' {
        Invoke-SandboxControl $script:sandbox 'runai' -Method PUT -Body @{ stuckNext = $true } | Out-Null
        { Get-RunAiProject -ErrorAction Stop } | Should -Throw -ErrorId 'PagingLoopDetected*'
    }
}

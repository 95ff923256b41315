BeforeAll {
    Import-Module $PSScriptRoot/RedHatApi.TestHelpers.psm1 -Force
    Import-RedHatApiBuild
    $sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250'
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $sandbox
}

Describe 'Disconnect-RedHatApi' -Tag 'Unit' {
    BeforeEach {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $sandbox.Url
    }

    It '-WhatIf leaves the session connected' {
        Disconnect-RedHatApi -WhatIf
        (Get-RedHatApiSession).IsDisconnected | Should -BeFalse
        @(Get-RhsmSystem -First 1).Count | Should -Be 1
    }

    It 'closes the default session and writes nothing' {
        $session = Get-RedHatApiSession
        $output = Disconnect-RedHatApi
        $output | Should -BeNullOrEmpty
        $session.IsDisconnected | Should -BeTrue
        "$session" | Should -BeLike '*(disconnected)'
    }

    It 'clears the credentials from the closed session' {
        $session = Get-RedHatApiSession
        Disconnect-RedHatApi
        @($session.Credentials).Count | Should -Be 0
    }

    It 'makes later calls fail with NotConnected until Connect-RedHatApi runs again' {
        Disconnect-RedHatApi
        { Get-RhsmSystem -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand'
        { Get-RedHatApiSession -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,RedHatApi.Commands.Session.GetRedHatApiSessionCommand'
        Connect-RedHatApi -Sandbox $sandbox.Url
        @(Get-RhsmSystem -First 1).Count | Should -Be 1
    }

    It 'makes a closed session passed with -Session fail with NotConnected, saying it was closed' {
        $session = Get-RedHatApiSession
        Disconnect-RedHatApi
        $err = { Get-RhsmSystem -Session $session -ErrorAction Stop } |
            Should -Throw -ErrorId 'NotConnected,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand' -PassThru
        $err.Exception.Message | Should -BeLike '*Disconnect-RedHatApi*'
    }

    It 'is quiet when there is nothing to close, so cleanup code can always call it' {
        Disconnect-RedHatApi
        { Disconnect-RedHatApi -ErrorAction Stop } | Should -Not -Throw
        Disconnect-RedHatApi | Should -BeNullOrEmpty
    }

    It 'closes a session from the pipeline and keeps the default' {
        $other = Connect-RedHatApi -Sandbox $sandbox.Url -NewSession
        $other | Disconnect-RedHatApi
        $other.IsDisconnected | Should -BeTrue
        (Get-RedHatApiSession).IsDisconnected | Should -BeFalse
        @(Get-RhsmSystem -First 1).Count | Should -Be 1
    }

    It 'closes the session given with -Session' {
        $other = Connect-RedHatApi -Sandbox $sandbox.Url -NewSession
        Disconnect-RedHatApi -Session $other
        $other.IsDisconnected | Should -BeTrue
        (Get-RedHatApiSession).IsDisconnected | Should -BeFalse
    }

    It 'closes the session that Get-RedHatApiSession pipes to it' {
        Get-RedHatApiSession | Disconnect-RedHatApi
        { Get-RedHatApiSession -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,*'
    }
}

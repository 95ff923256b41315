# Get-Help as a user sees it: the MAML and about topic the build lays out from docs/en-US, read by the real
# Get-Help of this PowerShell, checked against the cmdlets themselves (Get-Command), not against the markdown.
# Also checks every PowerShell example (docs, README, examples/) for parse errors and for commands or parameters
# that do not exist.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../..'))
    $cmdlets = @(Get-Command -Module RedHatApi -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })

    # Every ```powershell block of the markdown, named after the file and the heading above it; examples/*.ps1 whole.
    $examples = [System.Collections.Generic.List[hashtable]]::new()
    $markdown = @(Get-ChildItem (Join-Path $root 'docs/en-US') -Filter '*.md') + @(Get-Item (Join-Path $root 'README.md'))
    foreach ($file in $markdown) {
        $text = [System.IO.File]::ReadAllText($file.FullName) -replace "`r`n", "`n"
        foreach ($block in [regex]::Matches($text, '(?ms)^```(?<lang>[\w-]*)[ \t]*\n(?<code>.*?)^```')) {
            if ($block.Groups['lang'].Value -notin 'powershell', 'pwsh', 'ps1') { continue }
            $before = $text.Substring(0, $block.Index)
            $heading = [regex]::Matches($before, '(?m)^#{1,4} (.+)$') | Select-Object -Last 1
            $line = ($before -split "`n").Count
            $where = if ($heading) { $heading.Groups[1].Value.Trim() } else { "line $line" }
            $examples.Add(@{ Source = "$($file.Name): $where (line $line)"; Code = $block.Groups['code'].Value })
        }
    }
    foreach ($file in Get-ChildItem (Join-Path $root 'examples') -Filter '*.ps1') {
        $examples.Add(@{ Source = "examples/$($file.Name)"; Code = [System.IO.File]::ReadAllText($file.FullName) })
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../..'))
    $script:common = [System.Management.Automation.PSCmdlet]::CommonParameters

    # The parameters a user can pass: the cmdlet's own, -WhatIf/-Confirm and the paging ones, not the common ones.
    function Get-OwnParameter([string] $Name) {
        (Get-Command $Name).Parameters.Values | Where-Object { $_.Name -notin $script:common } | Sort-Object Name
    }

    # The type name help files use: System.Guid[], System.Nullable`1[System.Guid] (FullName would add assembly names).
    function Get-HelpTypeName([type] $Type) {
        if (-not $Type.IsGenericType) { return $Type.FullName }
        $arguments = $Type.GetGenericArguments() | ForEach-Object { Get-HelpTypeName $_ }
        $Type.Namespace + '.' + $Type.Name + '[' + ($arguments -join ',') + ']'
    }

    # Help text is an array of objects with a Text property (maml:para); this joins them.
    function Get-HelpText($Value) {
        (@($Value) | ForEach-Object { if ($_ -is [string]) { $_ } else { $_.Text } }) -join "`n"
    }

    # Commands the examples may name that exist only on Windows or in other products' modules: they cannot be
    # resolved here, and their parameters are not checked.
    $script:foreignCommands = @(
        'Register-ScheduledTask', 'New-ScheduledTaskAction', 'New-ScheduledTaskTrigger', 'New-ScheduledTaskPrincipal',
        'New-ScheduledTaskSettingsSet', 'Get-ScheduledTask', 'Start-ScheduledTask', 'Write-EventLog', 'New-EventLog',
        'Get-CimInstance', 'Invoke-Sqlcmd', 'Write-SqlTableData', 'Get-ADComputer', 'Get-Secret', 'Set-Secret',
        'Get-SecretInfo', 'Register-SecretVault', 'Install-PSResource', 'Install-Module', 'Get-WinEvent',
        'oc', 'kubectl', 'openshift-install', 'podman', 'ocm', 'powershell.exe', 'pwsh.exe', 'schtasks', 'schtasks.exe',
        'certutil', 'dotnet', 'skopeo', 'curl', 'curl.exe'
    )
}

Describe 'Get-Help <Name>' -Tag 'Unit' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
        $command = Get-Command -Name $Name
        $full = $help | Out-String -Width 200
    }

    It 'comes from the MAML the build lays out, not from the syntax alone' {
        # Without a help file, PowerShell fills Synopsis with the syntax and Description with nothing.
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match ('^' + [regex]::Escape($Name) + '\s')
        $help.Synopsis | Should -Not -Match '\[<CommonParameters>\]'
    }

    It 'has a description' {
        Get-HelpText $help.description | Should -Match '\w{3}'
    }

    It 'has at least two examples, each with a title, code and remarks' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.title | Should -Match 'Example \d+'
            $example.code | Should -Not -BeNullOrEmpty
            Get-HelpText $example.remarks | Should -Match '\w{3}' -Because "$($example.title) needs an explanation"
        }
    }

    It 'describes every parameter the cmdlet has, with its type, aliases and pipeline input' {
        foreach ($parameter in Get-OwnParameter $Name) {
            $entry = Get-Help -Name $Name -Parameter $parameter.Name
            Get-HelpText $entry.description | Should -Match '\w{3}' -Because "-$($parameter.Name) needs a description"
            $type = Get-HelpTypeName $parameter.ParameterType
            $entry.type.name | Should -Be $type -Because "-$($parameter.Name) is a $type"

            $aliases = if ($entry.aliases -eq 'none') { @() } else { @($entry.aliases -split ',\s*') }
            ($aliases | Sort-Object) -join ',' | Should -Be (($parameter.Aliases | Sort-Object) -join ',') -Because "the aliases of -$($parameter.Name)"

            $attributes = @($parameter.ParameterSets.Values)
            $byValue = @($attributes | Where-Object ValueFromPipeline).Count -gt 0
            $byName = @($attributes | Where-Object ValueFromPipelineByPropertyName).Count -gt 0
            $entry.pipelineInput -like '*ByValue*' | Should -Be $byValue -Because "-$($parameter.Name) binds from the pipeline by value: $byValue"
            $entry.pipelineInput -like '*ByPropertyName*' | Should -Be $byName -Because "-$($parameter.Name) binds by property name: $byName"
            $required = @($attributes | Where-Object IsMandatory).Count -gt 0
            $entry.required | Should -Be ([string]$required).ToLowerInvariant() -Because "-$($parameter.Name) mandatory: $required"
        }
    }

    It 'shows one syntax line per parameter set' {
        @($help.syntax.syntaxItem).Count | Should -Be @($command.ParameterSets).Count
    }

    It 'documents exactly the parameters of the cmdlet in its markdown, -WhatIf and -Confirm included where supported' {
        $text = [System.IO.File]::ReadAllText((Join-Path $root "docs/en-US/$Name.md"))
        $documented = [regex]::Matches($text, '(?m)^### -(\w+)\s*$') | ForEach-Object { $_.Groups[1].Value } | Sort-Object
        ($documented -join ', ') | Should -Be ((Get-OwnParameter $Name).Name -join ', ')
        $text | Should -Match '(?m)^### CommonParameters\s*$'
        $supportsShouldProcess = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].SupportsShouldProcess
        $supportsShouldProcess | Should -Be ($documented -contains 'WhatIf')
    }

    It 'names every [OutputType] in its outputs and has related links' {
        $outputs = @($help.returnValues.returnValue | ForEach-Object { $_.type.name })
        foreach ($type in $command.OutputType) {
            # [OutputType([void])]: the help says None, as PowerShell's own help does.
            $expected = if ($type.Name -eq 'System.Void') { 'None' } else { $type.Name }
            $outputs -join ' ' | Should -Match ([regex]::Escape($expected)) -Because "$Name declares [OutputType($($type.Name))]"
        }

        @($help.relatedLinks.navigationLink).Count | Should -BeGreaterThan 0
    }

    It 'contains no PlatyPS placeholder text' {
        $full | Should -Not -Match '\{\{'
        $full | Should -Not -Match 'Fill in'
    }
}

Describe 'Get-Help about_RedHatApi' -Tag 'Unit' {
    It 'shows the about topic the build lays out' {
        $topic = Get-Help about_RedHatApi | Out-String
        $topic | Should -Match 'about_RedHatApi'
        $topic | Should -Match 'SHORT DESCRIPTION'
        $topic | Should -Match 'Connect-RedHatApi'
        $topic | Should -Not -Match '\{\{'
    }

    It 'is wrapped for an 80-column console and keeps code lines whole' {
        $path = Join-Path $root 'out/RedHatApi/en-US/about_RedHatApi.help.txt'
        $long = @(Get-Content -LiteralPath $path | Where-Object { $_.Length -gt 80 -and $_ -notmatch '^ {8}' -and $_ -notmatch '^\s*\S+$' })
        $long | Should -BeNullOrEmpty
    }
}

Describe 'Example <Source>' -Tag 'Unit' -ForEach $examples {
    BeforeAll {
        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref] $tokens, [ref] $errors)
        # Functions the example defines itself are fine to call.
        $defined = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true) | ForEach-Object Name)
        $calls = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true))
    }

    It 'parses' {
        ($errors | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Message)" }) -join '; ' | Should -BeNullOrEmpty
    }

    It 'names only commands and parameters that exist' {
        $problems = foreach ($call in $calls) {
            $name = $call.GetCommandName()
            if (-not $name -or $name -in $defined -or $name -in $foreignCommands -or $name -match '[\\/]') { continue }

            $resolved = Get-Command -Name $name -ErrorAction Ignore | Select-Object -First 1
            if ($resolved -and $resolved.CommandType -eq 'Alias') { $resolved = $resolved.ResolvedCommand }
            if (-not $resolved) { "unknown command $name"; continue }
            if ($resolved.CommandType -notin 'Cmdlet', 'Function') { continue }

            foreach ($element in $call.CommandElements) {
                if ($element -isnot [System.Management.Automation.Language.CommandParameterAst]) { continue }
                $given = $element.ParameterName
                $names = foreach ($p in $resolved.Parameters.Values) { $p.Name; $p.Aliases }
                # PowerShell accepts any unambiguous prefix; examples should, and do, use whole names.
                $found = @($names | Where-Object { $_ -eq $given })
                if ($found.Count -eq 0) { $found = @($names | Where-Object { $_ -like "$given*" }) }
                if ($found.Count -ne 1 -and -not ($names -contains $given)) { "$name has no parameter -$given" }
            }
        }

        $problems -join '; ' | Should -BeNullOrEmpty
    }
}

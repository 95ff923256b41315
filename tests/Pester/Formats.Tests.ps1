# The format views as a person sees them: every [OutputType] of every cmdlet that has a view is rendered with
# Format-Table and Format-List at 120 columns, from real objects the cmdlets get from the sandbox. The key columns
# (names, ids, UUIDs, status) must show whole: a table that cuts "satellite-prod-eu" to "satellite-pr…" is useless.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $module = Split-Path (Get-Module RedHatApi).Path

    # Type → kinds of view (Table, List) in the module's format files.
    $views = @{}
    foreach ($file in Get-ChildItem $module -Filter '*.Format.ps1xml') {
        foreach ($view in ([xml][System.IO.File]::ReadAllText($file.FullName)).Configuration.ViewDefinitions.View) {
            $kind = if ($view.TableControl) { 'Table' } elseif ($view.ListControl) { 'List' } else { 'Other' }
            $views[$view.ViewSelectedBy.TypeName] = @($views[$view.ViewSelectedBy.TypeName]) + $kind | Where-Object { $_ }
        }
    }

    $types = @(Get-Command -Module RedHatApi | ForEach-Object OutputType | ForEach-Object Name | Sort-Object -Unique |
        Where-Object { $views.ContainsKey($_) } |
        ForEach-Object { @{ TypeName = $_; HasTable = $views[$_] -contains 'Table' } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '40', '--cluster'
    $credentials = Invoke-SandboxControl $script:sandbox 'credentials'
    Invoke-SandboxControl $script:sandbox 'assisted/settings' -Method PUT -Body @{ stepMilliseconds = 50 } | Out-Null

    # One session with every family: RHSM and console tokens, a pull secret (agent calls) and the cluster.
    Connect-RedHatApi -Sandbox $script:sandbox.Url
    $script:secretPath = Join-Path ([System.IO.Path]::GetTempPath()) ('pull-secret-' + [guid]::NewGuid() + '.txt')
    Set-Content -LiteralPath $script:secretPath -Value $credentials.pullSecret -Encoding ASCII
    Connect-RedHatApi -Sandbox $script:sandbox.Url -PullSecretPath $script:secretPath
    $token = ConvertTo-SecureString $credentials.cluster.adminToken -AsPlainText -Force
    Connect-RedHatApi -ClusterUrl ([uri]$credentials.cluster.url) -AccessToken $token -CertificateAuthority $credentials.cluster.certificateAuthority
    Connect-Ironic -Url ([uri]::new([uri]$script:sandbox.Url, 'ironic/'))
    Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
    Connect-RunAiSandbox $script:sandbox -Role Administrator | Out-Null

    # Each type with a view: the properties a person looks for (they must show whole) and how the sandbox makes some.
    $script:samples = @{
        'RedHatApi.Models.Rhsm.RhsmSystem'                = @{ Keys = 'Name', 'Uuid', 'EntitlementStatus'; Get = { Get-RhsmSystem -First 10 } }
        'RedHatApi.Models.Rhsm.RhsmErratum'               = @{ Keys = 'Id', 'Type', 'Severity'; Get = { Get-RhsmSystem -First 3 | Get-RhsmSystemErratum -First 4 } }
        'RedHatApi.Models.Rhsm.RhsmPackage'               = @{ Keys = 'Name', 'Version', 'Release', 'Arch'; Get = { Get-RhsmSystem -First 1 | Get-RhsmSystemPackage -First 10 } }
        'RedHatApi.Models.Rhsm.RhsmSystemEntitlement'     = @{ Keys = 'EntitlementId', 'SubscriptionNumber', 'SubscriptionName'; Get = { Get-RhsmSystem | Get-RhsmSystemEntitlement -First 2 | Select-Object -First 10 } }
        'RedHatApi.Models.Rhsm.RhsmEntitlementAttachment' = @{ Keys = 'SystemName', 'SystemUuid', 'PoolId', 'EntitlementStatus'; Get = {
                $subscription = @(Get-RhsmSubscription | Where-Object { $_.Status -eq 'Active' -and $_.Pools.Count -eq 1 -and $_.Available -ge 1 })[0]
                $holders = @($subscription | Get-RhsmSubscriptionSystem).Uuid
                $system = @(Get-RhsmSystem | Where-Object { $holders -notcontains $_.Uuid })[0]
                $system | Add-RhsmSystemEntitlement -PoolId $subscription.Pools[0].PoolId -Confirm:$false
            }
        }
        'RedHatApi.Models.Rhsm.RhsmErratumSummary'        = @{ Keys = 'Id', 'Type', 'Severity'; Get = { Get-RhsmErratum -First 10 } }
        'RedHatApi.Models.Rhsm.RhsmErratumDetail'         = @{ Keys = 'Id', 'Type', 'Severity'; Get = { Get-RhsmErratum -First 2 | Get-RhsmErratum } }
        'RedHatApi.Models.Rhsm.RhsmErratumSystem'         = @{ Keys = 'Name', 'Uuid', 'EntitlementStatus'; Get = { Get-RhsmErratum -First 2 | Get-RhsmErratumSystem -First 5 } }
        'RedHatApi.Models.Rhsm.RhsmErratumPackage'        = @{ Keys = 'Name', 'Version', 'Release', 'Checksum'; Get = { Get-RhsmErratum -First 2 | Get-RhsmErratumPackage -First 5 } }
        'RedHatApi.Models.Rhsm.RhsmPackageDetail'         = @{ Keys = 'Name', 'Version', 'Release', 'Checksum'; Get = { Get-RhsmErratum -First 2 | Get-RhsmErratumPackage -First 2 | Get-RhsmPackage } }
        'RedHatApi.Models.Rhsm.RhsmSubscription'          = @{ Keys = 'SubscriptionNumber', 'SubscriptionName', 'Sku', 'Status'; Get = { Get-RhsmSubscription } }
        'RedHatApi.Models.Rhsm.RhsmSubscriptionSystem'    = @{ Keys = 'SystemName', 'Uuid', 'ComplianceStatus'; Get = { Get-RhsmSubscription | Get-RhsmSubscriptionSystem -First 3 | Select-Object -First 10 } }
        'RedHatApi.Models.Rhsm.RhsmContentSet'            = @{ Keys = 'Label', 'Arch', 'Type'; Get = { Get-RhsmSubscription -First 2 | Get-RhsmSubscriptionContentSet -First 5 } }
        'RedHatApi.Models.Rhsm.RhsmAllocation'            = @{ Keys = 'Name', 'Uuid', 'Type'; Get = { Get-RhsmAllocation } }
        'RedHatApi.Models.Rhsm.RhsmAllocationPool'        = @{ Keys = 'PoolId', 'Sku', 'SubscriptionName'; Get = { Get-RhsmAllocation -First 1 | Get-RhsmAllocationPool -First 10 } }
        'RedHatApi.Models.Rhsm.RhsmAllocationEntitlement' = @{ Keys = 'EntitlementId', 'Sku', 'SubscriptionName'; Get = {
                $pool = Get-RhsmAllocation -First 1 | Get-RhsmAllocationPool | Where-Object EntitlementsAvailable -ge 1 | Select-Object -First 1
                $pool | Add-RhsmAllocationSubscription -Quantity 1 -Confirm:$false
            }
        }
        'RedHatApi.Models.Rhsm.RhsmAllocationVersion'     = @{ Keys = 'Value'; Get = { Get-RhsmAllocationVersion } }
        'RedHatApi.Models.Rhsm.RhsmImage'                 = @{ Keys = 'Filename', 'Arch', 'ImageName'; Get = { Get-RhsmImage -Version 9.4 -Arch x86_64 } }
        'RedHatApi.Models.Rhsm.RhsmInventoryComparison'   = @{ Keys = 'HostName', 'Status'; Get = {
                $systems = @(Get-RhsmSystem -First 10)
                $cmdb = @($systems | Select-Object -Skip 1 | ForEach-Object { [pscustomobject]@{ hostname = $_.Hostname } }) +
                    [pscustomobject]@{ hostname = 'cmdb-only-host-with-a-long-name.corp.example.com' }
                $systems | Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname
            }
        }
        'RedHatApi.Models.Reconciliation.RedHatInventoryComparison' = @{ Keys = 'HostName', 'Status'; Get = {
                $cmdb = @(Get-RhsmSystem -First 10 | Select-Object -Skip 1 | ForEach-Object { [pscustomobject]@{ hostname = $_.Hostname } }) +
                    [pscustomobject]@{ hostname = 'cmdb-only-host-with-a-long-name.corp.example.com' }
                Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname -Source Rhsm, Inventory | Select-Object -First 25
            }
        }
        'RedHatApi.Session.RedHatApiSession'              = @{ Keys = 'Id'; Get = { Get-RedHatApiSession } }
        'RedHatApi.Models.Assisted.AssistedCluster'       = @{ Keys = 'Name', 'Id', 'Status'; Get = { Get-AssistedCluster } }
        'RedHatApi.Models.Assisted.AssistedClusterCredential' = @{ Keys = 'ClusterId', 'UserName', 'ConsoleUrl'; Get = {
                Get-AssistedCluster -Name lab-ready | Start-AssistedClusterInstallation -PassThru -Confirm:$false |
                    Wait-AssistedCluster -Status installed -PollIntervalSec 0.2 -TimeoutSec 120 | Get-AssistedClusterCredential
            }
        }
        'RedHatApi.Models.Assisted.AssistedDiscoveryIsoUrl' = @{ Keys = 'InfraEnvId'; Get = { Get-AssistedInfraEnv | Get-AssistedDiscoveryIsoUrl } }
        'RedHatApi.Models.Assisted.AssistedEvent'         = @{ Keys = 'Name', 'Severity'; Get = { Get-AssistedCluster -Name lab-ready | ForEach-Object { Get-AssistedEvent -ClusterId $_.Id -First 10 } } }
        'RedHatApi.Models.Assisted.AssistedHost'          = @{ Keys = 'HostName', 'Id', 'Role', 'Status'; Get = { Get-AssistedInfraEnv | ForEach-Object { Get-AssistedHost -InfraEnvId $_.Id } } }
        'RedHatApi.Models.Assisted.AssistedHostInstructions' = @{ Keys = 'HostId', 'PostStepAction'; Get = {
                $infraEnv = New-AssistedInfraEnv -Name ('formats-' + [guid]::NewGuid().ToString('N').Substring(0, 6)) -PullSecretPath $script:secretPath
                Register-AssistedHost -InfraEnvId $infraEnv.Id -HostId ([guid]::NewGuid()) | Get-AssistedHostInstruction
            }
        }
        'RedHatApi.Models.Assisted.AssistedInfraEnv'      = @{ Keys = 'Name', 'Id', 'ClusterId'; Get = { Get-AssistedInfraEnv } }
        'RedHatApi.Models.Assisted.AssistedInfraEnvFileUrl' = @{ Keys = 'InfraEnvId', 'FileName'; Get = { Get-AssistedInfraEnv | Get-AssistedInfraEnvFileUrl } }
        'RedHatApi.Models.Assisted.AssistedHostIgnition'  = @{ Keys = 'HostId', 'IsSet'; Get = {
                $hosts = Get-AssistedCluster -Name lab-ready | Get-AssistedHost
                $hosts | Select-Object -First 1 | Set-AssistedHost -Ignition '{"ignition":{"version":"3.2.0"}}'
                $hosts | Get-AssistedHostIgnition
            } }
        'RedHatApi.Models.Assisted.AssistedOpenShiftVersion' = @{ Keys = 'Version', 'SupportLevel'; Get = { Get-AssistedOpenShiftVersion } }
        'RedHatApi.Models.Assisted.AssistedManifest'      = @{ Keys = 'Folder', 'FileName'; Get = {
                Get-AssistedCluster -Name lab-ready | Add-AssistedManifest -Content 'a: 1' -FileName 50-format-sample.yaml
                Get-AssistedCluster -Name lab-ready | Get-AssistedManifest -IncludeSystemGenerated
            }
        }
        'RedHatApi.Models.Assisted.AssistedSupportedOperator' = @{ Keys = 'Name'; Get = { Get-AssistedSupportedOperator -Name odf, lvm, cnv } }
        'RedHatApi.Models.Assisted.AssistedOperatorProperty' = @{ Keys = 'OperatorName', 'Name', 'DataType'; Get = { (Get-AssistedSupportedOperator -Name odf, lvm).Properties } }
        'RedHatApi.Models.Assisted.AssistedOperatorBundle' = @{ Keys = 'Id', 'Title'; Get = { Get-AssistedOperatorBundle } }
        'RedHatApi.Models.Assisted.AssistedClusterOperator' = @{ Keys = 'Name', 'Type'; Get = { Get-AssistedCluster -Name edge-sno | Enable-AssistedOperator -Name lvm, cnv -PassThru -Confirm:$false } }
        'RedHatApi.Models.Assisted.AssistedFeatureSupport' = @{ Keys = 'FeatureId', 'SupportLevel'; Get = { Get-AssistedFeatureSupport -OpenShiftVersion 4.15 -Detailed } }
        'RedHatApi.Models.Assisted.AssistedArchitectureSupport' = @{ Keys = 'ArchitectureId', 'SupportLevel'; Get = { Get-AssistedArchitectureSupport -OpenShiftVersion 4.17 } }
        'RedHatApi.Models.Assisted.AssistedInstallConfig' = @{ Keys = 'ClusterId'; Get = { Get-AssistedCluster -Name lab-ready | Get-AssistedInstallConfig } }
        'RedHatApi.Models.Assisted.AssistedIgnoredValidation' = @{ Keys = 'ClusterId'; Get = { Get-AssistedCluster | Get-AssistedIgnoredValidation } }
        'RedHatApi.Models.Assisted.AssistedPreflightRequirement' = @{ Keys = 'Component', 'Role'; Get = { Get-AssistedCluster -Name lab-ready | Get-AssistedPreflightRequirement } }
        'RedHatApi.Models.Assisted.AssistedComponentVersion' = @{ Keys = 'Component', 'Version'; Get = { Get-AssistedComponentVersion } }
        'RedHatApi.Models.Assisted.AssistedReleaseSource' = @{ Keys = 'OpenShiftVersion'; Get = { Get-AssistedReleaseSource } }
        'RedHatApi.Models.Assisted.AssistedManagedDomain' = @{ Keys = 'Domain', 'Provider'; Get = { Get-AssistedManagedDomain } }
        'RedHatApi.Models.Assisted.AssistedClusterFileUrl' = @{ Keys = 'FileName'; Get = { Get-AssistedCluster -Name prod-east | Get-AssistedClusterFileUrl -FileName metadata.json } }
        'RedHatApi.Models.OpenShift.OpenShiftUser'        = @{ Keys = 'Name'; Get = { Get-OpenShiftCurrentUser } }
        'RedHatApi.OpenShift.Resource'                    = @{ Keys = 'Kind', 'Namespace', 'Name'; Get = { Get-OpenShiftResource v1 ServiceAccount -AllNamespaces } }
        'RedHatApi.Models.OpenShift.OpenShiftServiceAccount' = @{ Keys = 'Namespace', 'Name'; Get = { Get-OpenShiftServiceAccount -AllNamespaces } }
        'RedHatApi.Models.OpenShift.OpenShiftServiceAccountToken' = @{ Keys = 'Namespace', 'ServiceAccount', 'Source'; Get = {
                New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount deployer
                $null = New-OpenShiftServiceAccount -Namespace test -Name legacy-token-account
                Get-OpenShiftServiceAccountToken -Namespace test -ServiceAccount legacy-token-account
            }
        }
        'RedHatApi.Models.OpenShift.OpenShiftRoleBinding' = @{ Keys = 'Kind', 'Namespace', 'Name'; Get = {
                Grant-OpenShiftRole view -ServiceAccount deployer -Namespace test -Confirm:$false
                Grant-OpenShiftRole cluster-reader -User reporting-automation@corp.example.com -Confirm:$false
            }
        }
        'RedHatApi.Models.Ironic.IronicNode'              = @{ Keys = 'Uuid', 'Name', 'ProvisionState'; Get = { Get-IronicNode } }
        'RedHatApi.Models.Ironic.IronicPort'              = @{ Keys = 'Address', 'NodeUuid'; Get = { Get-IronicPort } }
        'RedHatApi.Models.Ironic.IronicAgentNode'         = @{ Keys = 'Uuid'; Get = { Find-IronicNode -MacAddress 52:54:00:00:00:05 } }
        'RedHatApi.Models.Ironic.IronicApiVersion'        = @{ Keys = 'Url', 'MinVersion', 'MaxVersion'; Get = { Get-IronicApiVersion } }
        'RedHatApi.Commands.OpenShift.OpenShiftWatchEvent' = @{ Keys = 'Type', 'Kind', 'Namespace', 'Name'; Get = { Watch-OpenShiftResource v1 ServiceAccount -Namespace test -TimeoutSec 2 } }
        'RedHatApi.Models.RunAi.RunAiProject'             = @{ Keys = 'Id', 'Name', 'ClusterId'; Get = { Get-RunAiProject -First 10 } }
        'RedHatApi.Models.RunAi.RunAiDepartment'          = @{ Keys = 'Id', 'Name', 'ClusterId'; Get = { Get-RunAiDepartment } }
        'RedHatApi.Models.RunAi.RunAiCluster'             = @{ Keys = 'Name', 'State', 'Uuid'; Get = { Get-RunAiCluster } }
        'RedHatApi.Models.RunAi.RunAiNode'                = @{ Keys = 'Name', 'Status', 'GpuType', 'ClusterUuid'; Get = { Get-RunAiNode } }
        'RedHatApi.Models.RunAi.RunAiNodePool'            = @{ Keys = 'Id', 'Name', 'ClusterName'; Get = { Get-RunAiNodePool } }
        'RedHatApi.Models.RunAi.RunAiWorkload'            = @{ Keys = 'Name', 'Type', 'Phase', 'ProjectName', 'Id'; Get = { Get-RunAiWorkload -First 12 } }
        'RedHatApi.Models.RunAi.RunAiWorkloadPod'         = @{ Keys = 'Name', 'Phase', 'NodeName', 'WorkloadName'; Get = { Get-RunAiWorkload -Type Distributed -Phase Running | Get-RunAiWorkloadPod } }
        'RedHatApi.Models.RunAi.RunAiWorkloadEvent'       = @{ Keys = 'Type', 'Reason', 'ObjectName'; Get = { Get-RunAiWorkload -Phase Failed -First 2 | Get-RunAiWorkloadEvent } }
        'RedHatApi.Models.RunAi.RunAiUser'                = @{ Keys = 'UserName', 'Id'; Get = { Get-RunAiUser -First 10 } }
        'RedHatApi.Models.RunAi.RunAiRole'                = @{ Keys = 'Name'; Get = { Get-RunAiRole } }
        'RedHatApi.Models.RunAi.RunAiAccessRule'          = @{ Keys = 'SubjectType', 'SubjectId', 'RoleName', 'ScopeType', 'ScopeName'; Get = { Get-RunAiAccessRule } }
        'RedHatApi.Models.Console.InventoryHost'          = @{ Keys = 'DisplayName', 'Id', 'Staleness'; Get = { Get-RedHatInventoryHost -First 10 } }
        'RedHatApi.Models.Console.InventoryExport'        = @{ Keys = 'Name', 'Id', 'Format', 'Status'; Get = { Export-RedHatInventory -Name 'nightly inventory' } }
    }
}

AfterAll {
    if (Get-Command Disconnect-RedHatApi -ErrorAction SilentlyContinue) { Disconnect-RedHatApi }
    Stop-RedHatApiSandbox $script:sandbox
    if ($script:secretPath) { Remove-Item -LiteralPath $script:secretPath -ErrorAction SilentlyContinue }
}

Describe 'Format views of <TypeName>' -Tag 'Unit' -ForEach $types {
    BeforeAll {
        $sample = $samples[$TypeName]
        $objects = @()
        if ($sample) {
            $objects = @(& $sample.Get | Where-Object { $_.PSObject.TypeNames -contains $TypeName })
        }

        # The text of each key property of an object, as the view shows it (dates and numbers are not keys).
        function Get-KeyText($Object) {
            foreach ($key in $sample.Keys) {
                $value = $Object.$key
                if ($null -ne $value -and "$value" -ne '') { "$value" }
            }
        }
    }

    It 'has real objects from the sandbox to show' {
        $sample | Should -Not -BeNullOrEmpty -Because "a new view needs an entry in this file's samples"
        $objects.Count | Should -BeGreaterThan 0
    }

    It 'shows the key columns whole in Format-Table at 120 columns' -Skip:(-not $HasTable) {
        $table = $objects | Format-Table | Out-String -Width 120
        $lines = @($table -split "`r?`n")
        foreach ($object in $objects) {
            $keys = @(Get-KeyText $object)
            # The object's row: the line showing most of its keys (names and ids are short enough for one line),
            # and the lines a wrapping view (<Wrap />) continues it on, which start blank under the first column.
            $start = -1
            $best = 0
            for ($i = 0; $i -lt $lines.Count; $i++) {
                $line = $lines[$i]
                $shown = @($keys | Where-Object { $line.Contains($_) }).Count
                if ($shown -gt $best) { $best = $shown; $start = $i }
            }

            $start | Should -BeGreaterOrEqual 0 -Because "a row should show $($keys -join ', '):`n$table"
            $row = @($lines[$start])
            for ($next = $start + 1; $next -lt $lines.Count -and $lines[$next] -match '^\s+\S' -and $lines[$next] -notmatch '^\s+\w+: '; $next++) {
                $row += $lines[$next]
            }

            $rowText = $row -join "`n"
            $joined = ($row -join '') -replace '\s', ''
            foreach ($key in $keys) {
                # PowerShell ends a cut cell with an ellipsis: a cell that starts like the key and ends in one.
                for ($length = 2; $length -lt $key.Length; $length++) {
                    $cut = '(?m)(^|\s)' + [regex]::Escape($key.Substring(0, $length)) + [char]0x2026
                    $rowText -match $cut | Should -BeFalse -Because "'$key' is cut to '$($key.Substring(0, $length))…':`n$rowText"
                }
                $joined | Should -BeLike ('*' + [System.Management.Automation.WildcardPattern]::Escape(($key -replace '\s', '')) + '*') -Because "'$key' should show whole:`n$rowText"
            }
        }

        $lines | Where-Object { $_.Length -gt 120 } | Should -BeNullOrEmpty
    }

    It 'shows the key properties whole in Format-List at 120 columns' {
        $list = $objects | Format-List | Out-String -Width 120
        foreach ($object in $objects) {
            foreach ($text in Get-KeyText $object) {
                $list | Should -Match ('(?m)^\S.*\s:\s' + [regex]::Escape($text) + '\s*$') -Because "Format-List should show $text whole on its line"
            }
        }
    }
}

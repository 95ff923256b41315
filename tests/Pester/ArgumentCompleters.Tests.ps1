# The argument completers as a user meets them: TabExpansion2 in real pwsh against the sandbox, checking both what
# is offered and what the sandbox's request log says was sent.
BeforeDiscovery {
    $everyCompleter = @(
        'Get-AssistedCluster -Name '
        'Get-AssistedCluster -ClusterId '
        'Get-AssistedInfraEnv -InfraEnvId '
        'Get-AssistedHost -InfraEnvId 4f630ba3-0297-4d99-a7c7-f62e7bca1332 -HostId '
        'Get-RhsmSystem -Name web'
        'Remove-RhsmSystem -Uuid '
        'Get-RhsmSubscription -SubscriptionNumber '
        'Get-RhsmAllocation -Uuid '
        'Get-OpenShiftServiceAccount -Cluster '
        'Get-OpenShiftServiceAccount -Namespace '
        'Get-OpenShiftServiceAccount -Namespace ci -Name '
        'Get-OpenShiftResource -ApiVersion v1 -Kind '
        'Get-RunAiWorkload -Name '
        'Suspend-RunAiWorkload -Type Training -Id '
        'Grant-RunAiAccessRule -Role '
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'RedHatApi.TestHelpers.psm1') -Force
    Import-RedHatApiBuild
    $script:sandbox = Start-RedHatApiSandbox -ArgumentList '--systems', '250', '--cluster'
    $script:creds = Get-SandboxCredential $script:sandbox
    $script:cluster = (Invoke-SandboxControl $script:sandbox 'credentials').cluster

    function Get-Completion {
        param([Parameter(Mandatory)] [string] $Line)
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches)
    }

    # Presses Tab until something is offered (for at most 20 s). A press waits about a second for a listing; on a
    # loaded machine the first listing of a session can take longer, and then a later press is answered from the
    # cache once it lands. The request counts asserted after this prove no press sent a second request.
    function Get-CompletionText {
        param([Parameter(Mandatory)] [string] $Line)
        $deadline = [DateTime]::UtcNow.AddSeconds(20)
        do {
            $texts = @(Get-Completion $Line | ForEach-Object CompletionText)
            if ($texts.Count -gt 0) { return $texts }
            Start-Sleep -Milliseconds 250
        } while ([DateTime]::UtcNow -lt $deadline)
        @()
    }

    # API requests only: token grants and the control API are not what a completer sends.
    function Get-ApiRequest {
        @(Invoke-SandboxControl $script:sandbox 'requests' | Where-Object {
                $_.pathAndQuery -notlike '*/openid-connect/*' -and $_.pathAndQuery -notlike '/_sandbox*'
            } | ForEach-Object { $_.method + ' ' + $_.pathAndQuery })
    }

    function Clear-ApiRequest { Invoke-SandboxControl $script:sandbox 'requests' -Method DELETE }

    # A new session each time: the completion cache belongs to the session, so no answer carries over between tests.
    function Connect-Sandbox {
        Disconnect-RedHatApi
        Connect-RedHatApi -Sandbox $script:sandbox.Url
    }

    function Connect-SandboxCluster {
        param([string] $Name)
        $token = ConvertTo-SecureString $script:cluster.adminToken -AsPlainText -Force
        $extra = @{}
        if ($Name) { $extra.ClusterName = $Name }
        Connect-RedHatApi -ClusterUrl ([uri]$script:cluster.url) -AccessToken $token -CertificateAuthority $script:cluster.certificateAuthority @extra
    }

}

AfterAll { Complete-RedHatApiTestRun $script:sandbox }

Describe 'Argument completers' -Tag 'Unit' {
    Context 'not connected' {
        BeforeEach {
            Disconnect-RedHatApi
            Invoke-SandboxControl $script:sandbox 'reset' -Method POST
        }

        It 'offers nothing and sends no request: <_>' -ForEach $everyCompleter {
            Clear-ApiRequest
            Get-Completion $_ | Should -BeNullOrEmpty
            Get-ApiRequest | Should -BeNullOrEmpty
        }

        It 'sends nothing to an API the session holds no credential for' {
            Connect-RedHatApi -Sandbox $script:sandbox.Url -OfflineToken $script:creds.RhsmOfflineToken
            Clear-ApiRequest
            Get-Completion 'Get-AssistedCluster -Name ' | Should -BeNullOrEmpty
            Get-Completion 'Get-OpenShiftServiceAccount -Namespace ' | Should -BeNullOrEmpty
            Get-ApiRequest | Should -BeNullOrEmpty

            # The credential it does hold completes.
            Get-CompletionText 'Get-RhsmAllocation -Uuid satellite-lab' | Should -HaveCount 1
            Get-ApiRequest | Should -Be 'GET /management/v1/allocations?limit=100&offset=0'
        }
    }

    Context 'Assisted Installer' {
        BeforeEach {
            Invoke-SandboxControl $script:sandbox 'reset' -Method POST
            Connect-Sandbox
            Clear-ApiRequest
        }

        It 'completes cluster names by prefix, any case, with one request; the second Tab is served from the cache' {
            Get-CompletionText 'Get-AssistedCluster -Name LAB' | Should -Be 'lab-ready'
            Get-ApiRequest | Should -Be 'GET /api/assisted-install/v2/clusters'

            $all = Get-CompletionText 'Get-AssistedCluster -Name '
            $all | Should -Contain 'edge-sno'
            $all | Should -Contain 'lab-ready'
            Get-ApiRequest | Should -HaveCount 1
        }

        It 'honours wildcards in what was typed' {
            $offered = Get-CompletionText 'Get-AssistedCluster -Name *-re'
            $offered | Should -Contain 'lab-ready'
            $offered | Should -Not -Contain 'edge-sno'
        }

        It 'keeps the quote the user opened with' {
            Get-CompletionText "Get-AssistedCluster -Name 'lab" | Should -Be "'lab-ready'"
            Get-CompletionText 'Get-AssistedCluster -Name "lab' | Should -Be '"lab-ready"'
        }

        It 'inserts the id of the cluster whose name was typed, and shows the name in the list' {
            $id = (Get-AssistedCluster -Name edge-sno).Id.ToString()
            $match = Get-Completion 'Stop-AssistedClusterInstallation -ClusterId edge-s'
            $match.CompletionText | Should -Be $id
            $match.ListItemText | Should -Be "edge-sno ($id)"
            Get-CompletionText ('Get-AssistedCluster -ClusterId ' + $id.Substring(0, 6)) | Should -Be $id
        }

        It 'completes infra-env ids by name' {
            $infraEnv = Get-AssistedInfraEnv | Where-Object Name -EQ 'lab-ready_infra-env'
            Get-CompletionText 'Remove-AssistedInfraEnv -InfraEnvId lab-ready_' | Should -Be $infraEnv.Id.ToString()
        }

        It 'completes the hosts of the -InfraEnvId or -ClusterId on the line, and none without either' {
            $cluster = Get-AssistedCluster -Name testcluster
            $hosts = @(Get-AssistedHost -ClusterId $cluster.Id)
            Clear-ApiRequest

            $byCluster = Get-CompletionText "Get-AssistedHost -ClusterId $($cluster.Id) -HostId "
            $byCluster | Sort-Object | Should -Be ($hosts.Id | ForEach-Object ToString | Sort-Object)
            Get-ApiRequest | Should -Be "GET /api/assisted-install/v2/clusters/$($cluster.Id)/hosts"

            $infraEnvId = $hosts[0].InfraEnvId
            $name = $hosts[0].HostName
            Get-CompletionText "Set-AssistedHost -InfraEnvId $infraEnvId -HostId $name" | Should -Be $hosts[0].Id.ToString()
            Get-ApiRequest | Should -Contain "GET /api/assisted-install/v2/infra-envs/$infraEnvId/hosts"

            Clear-ApiRequest
            Get-Completion 'Remove-AssistedHost -HostId ' | Should -BeNullOrEmpty
            Get-ApiRequest | Should -BeNullOrEmpty
        }
    }

    Context 'RHSM' {
        BeforeEach {
            Invoke-SandboxControl $script:sandbox 'reset' -Method POST
            Connect-Sandbox
            Clear-ApiRequest
        }

        It 'asks for one page of systems with the typed name as the filter; a longer prefix is served from that page' {
            $offered = Get-CompletionText 'Get-RhsmSystem -Name web-prod'
            $offered | Should -Not -BeNullOrEmpty
            $offered | ForEach-Object { $_ | Should -BeLike 'web-prod*' }
            Get-ApiRequest | Should -Be 'GET /management/v1/systems?limit=100&offset=0&filter=web-prod'

            Get-CompletionText 'Get-RhsmSystem -Name WEB-PROD-00' | ForEach-Object { $_ | Should -BeLike 'web-prod-00*' }
            Get-CompletionText 'Get-RhsmSystem -Name web-prod' | Should -HaveCount $offered.Count
            Get-ApiRequest | Should -HaveCount 1
        }

        It 'sends the text before a wildcard as the filter and matches the pattern here' {
            $offered = Get-CompletionText 'Get-RhsmSystem -Name db*-001'
            $offered | Should -Not -BeNullOrEmpty
            $offered | ForEach-Object { $_ | Should -BeLike 'db*-001*' }
            Get-ApiRequest | Should -Be 'GET /management/v1/systems?limit=100&offset=0&filter=db'
        }

        It 'never pages through the account: one page of 100 however many systems there are' {
            Get-CompletionText 'Remove-RhsmSystem -Uuid ' | Should -HaveCount 100
            Get-ApiRequest | Should -Be 'GET /management/v1/systems?limit=100&offset=0'
        }

        It 'inserts the UUID of the system whose name was typed' {
            $system = Get-RhsmSystem -Name web-prod-001.example.com | Select-Object -First 1
            Get-CompletionText 'Get-RhsmSystemErratum -Uuid web-prod-001' | Should -Contain $system.Uuid.ToString()
        }

        It 'completes subscription numbers by number or by subscription name' {
            $subscriptions = @(Get-RhsmSubscription -First 50)
            Clear-ApiRequest
            $developer = $subscriptions | Where-Object SubscriptionName -Like 'Red Hat Developer*' | Select-Object -First 1
            Get-CompletionText "Get-RhsmSubscriptionSystem -SubscriptionNumber 'Red Hat Developer" | Should -Contain "'$($developer.SubscriptionNumber)'"
            $prefix = $developer.SubscriptionNumber.Substring(0, 5)
            Get-CompletionText "Get-RhsmSubscription -SubscriptionNumber $prefix" | ForEach-Object { $_ | Should -BeLike "$prefix*" }
            Get-ApiRequest | Should -Be 'GET /management/v1/subscriptions?limit=50&offset=0'
        }

        It 'completes allocation UUIDs by allocation name' {
            $allocation = Get-RhsmAllocation | Where-Object Name -EQ 'satellite-lab'
            Get-CompletionText 'Get-RhsmAllocationPool -Uuid satellite-l' | Should -Be $allocation.Uuid.ToString()
        }
    }

    Context 'OpenShift' {
        BeforeAll {
            Invoke-SandboxControl $script:sandbox 'reset' -Method POST
            Disconnect-RedHatApi
            Connect-SandboxCluster
            Connect-SandboxCluster -Name 'lab cluster'
        }

        BeforeEach { Clear-ApiRequest }

        It 'completes -Cluster from the session without a request, quoting a name with a space' {
            $names = Get-CompletionText 'Get-OpenShiftServiceAccount -Cluster '
            $names | Should -HaveCount 2
            $names | Should -Contain "'lab cluster'"
            Get-CompletionText 'Grant-OpenShiftRole -Cluster lab' | Should -Be "'lab cluster'"
            Get-ApiRequest | Should -BeNullOrEmpty
        }

        It 'completes namespaces with one request; the second Tab is served from the cache' {
            Get-CompletionText 'Get-OpenShiftResource -ApiVersion v1 -Kind Pod -Namespace k' | Should -Be 'kube-system'
            Get-CompletionText 'Watch-OpenShiftResource -ApiVersion v1 -Kind Pod -Namespace ' | Should -Be 'ci', 'default', 'kube-system', 'test'
            Get-ApiRequest | Should -Be 'GET /api/v1/namespaces?limit=500'
        }

        It 'completes the service accounts of the -Namespace on the line' {
            $runners = Get-CompletionText 'New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount runner-0'
            $runners | Should -HaveCount 9
            $runners[0] | Should -Be 'runner-01'
            Get-ApiRequest | Should -Be 'GET /api/v1/namespaces/ci/serviceaccounts?limit=500'
        }

        It 'respects the -Cluster on the line, and offers nothing for a cluster not connected' {
            Get-Completion 'Get-OpenShiftServiceAccount -Cluster nosuch -Namespace ' | Should -BeNullOrEmpty
            Get-ApiRequest | Should -BeNullOrEmpty

            # The first cluster (named by its host:port) is not the current one: it has its own cache entry.
            $first = (Get-RedHatApiSession).Clusters | Where-Object Name -NE 'lab cluster'
            Get-CompletionText "Get-OpenShiftServiceAccount -Cluster $($first.Name) -Namespace te" | Should -Be 'test'
            Get-ApiRequest | Should -Be 'GET /api/v1/namespaces?limit=500'
        }

        It 'completes kinds from discovery: listable for Get-, watchable for Watch-' {
            $listable = Get-CompletionText 'Get-OpenShiftResource v1 '
            $listable | Should -Contain 'ConfigMap'
            $listable | Should -Contain 'Secret'
            $listable | Should -Not -Contain 'TokenRequest'
            Get-CompletionText 'Watch-OpenShiftResource -ApiVersion v1 -Kind ' | Should -Be 'ConfigMap', 'Pod'
            Get-CompletionText 'Get-OpenShiftResource -ApiVersion apps/v1 -Kind d' | Should -Be 'Deployment'
        }
    }

    Context 'Run:ai' {
        BeforeAll {
            Import-Module (Join-Path $PSScriptRoot 'RunAi.TestHelpers.psm1') -Force
            Invoke-SandboxControl $script:sandbox 'reset' -Method POST
            Disconnect-RedHatApi
            Connect-RunAiSandbox $script:sandbox -Role Administrator | Out-Null

            # Run:ai API requests only: the token grant is not what a completer sends.
            function Get-RunAiRequest { @(Get-ApiRequest | Where-Object { $_ -like 'GET /runai/api/v1/*' }) }
        }

        BeforeEach { Clear-ApiRequest }

        It 'completes workload names with one request for the newest; the second Tab is served from the cache' {
            $names = Get-CompletionText 'Get-RunAiWorkload -Name training-000'
            $names | Should -Be 'training-0001', 'training-0005', 'training-0009'
            Get-CompletionText 'Get-RunAiWorkload -Name inference-00' | Should -HaveCount 9
            Get-RunAiRequest | Should -Be 'GET /runai/api/v1/workloads?sortBy=createdAt&sortOrder=desc&offset=0&limit=100'
        }

        It 'narrows workloads to the -Project and -Type on the line and inserts the id of the name typed' {
            $workload = Get-RunAiWorkload -Name training-0001
            Clear-ApiRequest
            Get-CompletionText 'Suspend-RunAiWorkload -Type Training -Id training-0001' | Should -Be $workload.Id.ToString()
            Get-RunAiRequest | Should -Be 'GET /runai/api/v1/workloads?filterBy=type%3D%3DTraining&sortBy=createdAt&sortOrder=desc&offset=0&limit=100'
        }

        It 'completes role names, quoting those with a space' {
            Get-CompletionText 'Grant-RunAiAccessRule -Role l1' | Should -Be "'L1 researcher'"
            Get-CompletionText 'Get-RunAiRole -Name ed' | Should -Be 'Editor'
            Get-RunAiRequest | Should -Be 'GET /runai/api/v1/authorization/roles'
        }

        It 'completes workload types and phases without a request' {
            Get-CompletionText 'Get-RunAiWorkload -Type Dist' | Should -Be 'Distributed', 'DistributedInference'
            Get-CompletionText 'Get-RunAiWorkload -Phase Fa' | Should -Be 'Failed'
            Get-RunAiRequest | Should -BeNullOrEmpty
        }
    }
}

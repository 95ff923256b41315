using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the events the Assisted Installer recorded about clusters, hosts or infra-envs.</para>
/// <para type="description">Pages through GET /v2/events with limit and offset, writing each event as its page arrives. -IncludeTotalCount reports the service's Event-Count (all matching events). Filter by cluster, host, infra-env, severity and message.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedEvent", DefaultParameterSetName = ClusterSet, SupportsPaging = true)]
[OutputType(typeof(AssistedEvent))]
public sealed class GetAssistedEventCommand : RedHatApiCmdlet
{
    private const string ClusterSet = "Cluster";
    private const string HostSet = "Host";
    private const string InfraEnvSet = "InfraEnv";

    /// <summary>The cluster whose events to get; binds from Get-AssistedCluster output (Id) by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClusterSet, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = HostSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid ClusterId { get; set; }

    /// <summary>Only events about these hosts (with -ClusterId: of that cluster).</summary>
    [Parameter(Mandatory = true, ParameterSetName = HostSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostIdCompleter))]
    public Guid[]? HostId { get; set; }

    /// <summary>The infra-env whose events to get.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InfraEnvSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvIdCompleter))]
    public Guid InfraEnvId { get; set; }

    /// <summary>Only events of these severities.</summary>
    [Parameter]
    [ValidateSet("info", "warning", "error", "critical")]
    public string[]? Severity { get; set; }

    /// <summary>Only events whose message contains this text.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Message { get; set; }

    /// <summary>Event categories (the service's default is user; metrics events are hidden unless asked for).</summary>
    [Parameter]
    [ValidateSet("user", "metrics")]
    public string[]? Category { get; set; }

    /// <summary>Only events about the cluster itself, not its hosts.</summary>
    [Parameter(ParameterSetName = ClusterSet)]
    public SwitchParameter ClusterLevel { get; set; }

    /// <summary>Newest first (the service's default is oldest first).</summary>
    [Parameter]
    public SwitchParameter Descending { get; set; }

    /// <summary>Events per request, 1 to 5000 (the service's own page when no limit is sent, and the default).</summary>
    [Parameter]
    [ValidateRange(1, AssistedClient.EventsPageCap)]
    public int PageSize { get; set; } = AssistedClient.EventsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var filter = new AssistedClient.EventFilter
        {
            ClusterId = ParameterSetName == InfraEnvSet ? null : ClusterId,
            HostIds = HostId ?? Array.Empty<Guid>(),
            InfraEnvId = ParameterSetName == InfraEnvSet ? InfraEnvId : null,
            Severities = Severity?.Select(s => s.ToLowerInvariant()).ToList() ?? (System.Collections.Generic.IReadOnlyList<string>)Array.Empty<string>(),
            Message = Message,
            Categories = Category?.Select(c => c.ToLowerInvariant()).ToList() ?? (System.Collections.Generic.IReadOnlyList<string>)Array.Empty<string>(),
            ClusterLevel = ClusterLevel,
            Descending = Descending,
        };

        // A host listing without a cluster (Host set, ClusterId unbound) sends only host_ids.
        if (ParameterSetName == HostSet && !MyInvocation.BoundParameters.ContainsKey(nameof(ClusterId)))
        {
            filter = new AssistedClient.EventFilter
            {
                HostIds = filter.HostIds,
                Severities = filter.Severities,
                Message = filter.Message,
                Categories = filter.Categories,
                Descending = filter.Descending,
            };
        }

        // An unknown cluster or host is a per-input error about the id the client names.
        await PerInputAsync(() => WritePagedAsync((page, ct) => client.GetEventsPageAsync(filter, page, ct), PageSize, cancellationToken));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the hosts registered with Assisted Installer infra-envs or clusters.</para>
/// <para type="description">Lists the hosts of infra-envs (GET /v2/infra-envs/{id}/hosts) or of clusters (GET /v2/clusters/{id}/hosts), one unpaged request each, with their inventory (CPUs, memory, disks, interfaces) and validations parsed; -HostId picks hosts by id, -Role and -Status filter them here (the API has no such filters).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedHost", DefaultParameterSetName = InfraEnvSet)]
[OutputType(typeof(AssistedHost))]
public sealed class GetAssistedHostCommand : RedHatApiCmdlet
{
    private const string InfraEnvSet = "InfraEnv";
    private const string ClusterSet = "Cluster";

    /// <summary>Ids of infra-envs; binds from Get-AssistedInfraEnv output and from hosts by property name (InfraEnvId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = InfraEnvSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvIdCompleter))]
    public Guid[] InfraEnvId { get; set; } = Array.Empty<Guid>();

    /// <summary>Ids of clusters; binds from Get-AssistedCluster output by property name (Id, ClusterId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClusterSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid[] ClusterId { get; set; } = Array.Empty<Guid>();

    /// <summary>Only these hosts; an id that is not there is a AssistedHostNotFound error for that id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostIdCompleter))]
    public Guid[]? HostId { get; set; }

    /// <summary>Only hosts with one of these roles (master, worker, arbiter, auto-assign).</summary>
    [Parameter]
    [ValidateSet("master", "worker", "arbiter", "auto-assign")]
    public string[]? Role { get; set; }

    /// <summary>Only hosts in one of these statuses; wildcards allowed (installing*, for example).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostStatusCompleter))]
    public string[]? Status { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (ParameterSetName == InfraEnvSet)
        {
            foreach (var id in InfraEnvId)
            {
                await PerInputAsync(id, async () =>
                {
                    if (HostId is null)
                    {
                        WriteObject(Filtered(await client.GetInfraEnvHostsAsync(id, cancellationToken)), enumerateCollection: true);
                        return;
                    }

                    // One GET per host: the infra-env has a call for exactly that.
                    foreach (var hostId in HostId)
                    {
                        await PerInputAsync(hostId, async () => WriteObject(Filtered(new[] { await client.GetHostAsync(id, hostId, cancellationToken) }), enumerateCollection: true));
                    }
                });
            }

            return;
        }

        foreach (var id in ClusterId)
        {
            await PerInputAsync(id, async () => WriteSelected(await client.GetClusterHostsAsync(id, cancellationToken), Text.Format(Strings.HostInCluster, id)));
        }
    }

    /// <summary>The listing, or only the hosts -HostId names (a cluster has no call for one host), with an error per id absent.</summary>
    private void WriteSelected(IReadOnlyList<AssistedHost> hosts, string where)
    {
        if (HostId is null)
        {
            WriteObject(Filtered(hosts), enumerateCollection: true);
            return;
        }

        foreach (var hostId in HostId)
        {
            if (hosts.FirstOrDefault(h => h.Id == hostId) is { } host)
            {
                WriteObject(Filtered(new[] { host }), enumerateCollection: true);
            }
            else
            {
                WriteInputError(AssistedClient.HostMissing(hostId, where), hostId);
            }
        }
    }

    /// <summary>The hosts that pass -Role and -Status (a host's role is its chosen one, else auto-assign).</summary>
    private IEnumerable<AssistedHost> Filtered(IEnumerable<AssistedHost> hosts)
    {
        var statuses = Status?.Select(s => new WildcardPattern(s, WildcardOptions.IgnoreCase)).ToList();
        return hosts.Where(h =>
            (Role is null || Role.Contains(string.IsNullOrEmpty(h.Role) ? "auto-assign" : h.Role!, StringComparer.OrdinalIgnoreCase))
            && (statuses is null || statuses.Any(p => p.IsMatch(h.Status))));
    }
}

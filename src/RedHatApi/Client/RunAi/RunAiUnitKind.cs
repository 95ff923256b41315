using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// Projects and departments are both Run:ai org units with the same paths, bodies and rules; this says which one a
/// call is about, so New/Set/Remove of both share one implementation here and their cmdlets only bind parameters.
/// </summary>
internal sealed class RunAiUnitKind
{
    internal static readonly RunAiUnitKind Project = new("Project", RunAiClient.ProjectsPath, "projects", RunAiTarget.Project);

    internal static readonly RunAiUnitKind Department = new("Department", RunAiClient.DepartmentsPath, "departments", RunAiTarget.Department);

    private RunAiUnitKind(string noun, string path, string collection, Func<string, RunAiTarget> target)
    {
        Noun = noun;
        Path = path;
        Collection = collection;
        Target = target;
    }

    /// <summary>"Project" or "Department", as the cmdlet nouns say it.</summary>
    internal string Noun { get; }

    internal string Path { get; }

    internal string Collection { get; }

    internal Func<string, RunAiTarget> Target { get; }

    internal bool IsProject => ReferenceEquals(this, Project);
}

/// <summary>The org-unit calls New-, Set- and Remove-RunAiProject and -Department share.</summary>
internal sealed partial class RunAiClient
{
    /// <summary>The ids of the units named exactly <paramref name="name"/>; none is the kind's per-input not-found.</summary>
    internal async Task<IReadOnlyList<string>> IdsOfAsync(RunAiUnitKind kind, string name, CancellationToken cancellationToken)
    {
        var found = await FindByNameAsync<string>(
            (query, page, ct) => GetNextPageAsync<RunAiOrgUnitWire, string>(kind.Path, kind.Collection, query, page, w => w.Id ?? string.Empty, ct),
            name,
            kind.Target(name),
            cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// The POST that creates a unit: in the cluster given or the tenant's only one, with the quota change applied
    /// to the node pool named or the cluster's default pool (a new unit always names its pool, as Run:ai's UI does).
    /// </summary>
    internal async Task<ApiRequest> NewUnitRequestAsync(
        RunAiUnitKind kind, string name, string? clusterId, string? departmentId, string? description, string? nodePool, RunAiQuotaChange change, CancellationToken cancellationToken)
    {
        var cluster = await ClusterForAsync(clusterId, kind.Noun.ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        var pool = await NodePoolForAsync(cluster, nodePool, cancellationToken).ConfigureAwait(false);
        var body = new RunAiOrgUnitCreateWire
        {
            Name = name,
            ClusterId = cluster,
            ParentId = kind.IsProject ? departmentId : null,
            Description = description,
            Resources = (change with { Gpu = change.Gpu ?? 0 }).ApplyTo(null, pool.Id, pool.Name),
        };
        return CreateRequest(kind.Path, body);
    }

    /// <summary>
    /// The PUT that changes a unit's quota: its current resources with the change made to one pool's entry (the
    /// pool named, else the unit's first pool, else the cluster's default pool). Nothing to change is InvalidParameter.
    /// </summary>
    internal async Task<ApiRequest> SetUnitRequestAsync(RunAiUnitKind kind, string id, string? nodePool, RunAiQuotaChange change, CancellationToken cancellationToken)
    {
        if (change.IsEmpty)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.RunAiNothingToSet);
        }

        var unit = await GetUnitAsync(kind.Path, id, kind.Target(id), cancellationToken).ConfigureAwait(false);
        string poolId;
        string? poolName;
        if (nodePool is null && unit.Resources?.FirstOrDefault(r => r.NodePool?.Id is not null) is { } first)
        {
            (poolId, poolName) = (first.NodePool!.Id!, first.NodePool.Name);
        }
        else
        {
            var pool = await NodePoolForAsync(unit.ClusterId ?? string.Empty, nodePool, cancellationToken).ConfigureAwait(false);
            (poolId, poolName) = (pool.Id, pool.Name);
        }

        return UpdateRequest(kind.Path, id, new RunAiOrgUnitUpdateWire { Resources = change.ApplyTo(unit.Resources, poolId, poolName) });
    }
}

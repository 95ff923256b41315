using System.Collections.Generic;
using System.Linq;
using RedHatApi.Client.RunAi;
using RedHatApi.Paging;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The Run:ai organisation listings completion uses: the first page (500) of projects or departments, and the clusters (one
/// array). Nothing is asked without a Run:ai connection in the session.
/// </summary>
internal static class RunAiOrgListings
{
    internal static bool CanCall(CompletionContext context) => context.Session.DefaultOf(RunAiState.Family) is not null;

    internal static CompletionQuery? Projects(CompletionContext context) =>
        !CanCall(context) ? null : new CompletionQuery("runai/projects", async ct =>
        {
            var page = await RunAiClient.For(context.Session).GetProjectsPageAsync(new RunAiListQuery(), new PageRequest(0, RunAiClient.PageCap), ct).ConfigureAwait(false);
            return new CandidateSet(page.Items.Select(p => new CompletionCandidate(p.Name, p.Id, "project " + p.Id + ", " + p.GpuQuota + " GPU")).ToList(), isWhole: page.NextCursor is null);
        });

    internal static CompletionQuery? Departments(CompletionContext context) =>
        !CanCall(context) ? null : new CompletionQuery("runai/departments", async ct =>
        {
            var page = await RunAiClient.For(context.Session).GetDepartmentsPageAsync(new RunAiListQuery(), new PageRequest(0, RunAiClient.PageCap), ct).ConfigureAwait(false);
            return new CandidateSet(page.Items.Select(d => new CompletionCandidate(d.Name, d.Id, "department " + d.Id + ", " + d.GpuQuota + " GPU")).ToList(), isWhole: page.NextCursor is null);
        });

    internal static CompletionQuery? Clusters(CompletionContext context) =>
        !CanCall(context) ? null : new CompletionQuery("runai/clusters", async ct =>
        {
            var clusters = await RunAiClient.For(context.Session).GetClustersAsync(ct).ConfigureAwait(false);
            return new CandidateSet(clusters.Select(c => new CompletionCandidate(c.Name, c.Uuid, c.State + ", " + c.Uuid)).ToList(), isWhole: true);
        });

    /// <summary>Projects for the project cmdlets, departments for the department ones.</summary>
    internal static CompletionQuery? OrgUnits(CompletionContext context) =>
        context.CommandName.EndsWith("Department", System.StringComparison.OrdinalIgnoreCase) ? Departments(context) : Projects(context);
}

/// <summary>Completes Run:ai project names (-Name of the project cmdlets) or department names (of the department cmdlets).</summary>
internal sealed class RunAiOrgUnitNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiOrgListings.OrgUnits(context);
}

/// <summary>Completes Run:ai project or department ids; the typed text matches the id or the name.</summary>
internal sealed class RunAiOrgUnitIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiOrgListings.OrgUnits(context);
}

/// <summary>Completes Run:ai department ids (-DepartmentId); the typed text matches the id or the name.</summary>
internal sealed class RunAiDepartmentIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiOrgListings.Departments(context);
}

/// <summary>Completes Run:ai cluster names (Get-RunAiCluster -Name).</summary>
internal sealed class RunAiClusterNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiOrgListings.Clusters(context);
}

/// <summary>Completes Run:ai cluster UUIDs (-ClusterId); the typed text matches the UUID or the cluster's name.</summary>
internal sealed class RunAiClusterIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiOrgListings.Clusters(context);
}

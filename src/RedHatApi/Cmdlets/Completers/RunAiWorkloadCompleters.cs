using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Client.RunAi;
using RedHatApi.Paging;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The Run:ai listings completion uses for workloads and roles, on the session's Run:ai connection (none connected
/// means no request). Workloads: one page of the newest, narrowed on the server by the -Project and -Type already
/// on the line; roles: the whole list, which Run:ai answers at once.
/// </summary>
internal static class RunAiListings
{
    private const int PageSize = 100;

    /// <summary>Workload names (the id and phase as detail), of the -Project and -Type on the line when given.</summary>
    internal static CompletionQuery? Workloads(CompletionContext context)
    {
        if (!IsConnected(context))
        {
            return null;
        }

        var filter = new RunAiWorkloadFilter { Project = context.GetString("Project"), Type = context.GetString("Type"), Sort = "-createdAt" };
        return new CompletionQuery(Key(context, "workloads/" + filter.Project + "/" + filter.Type), async ct =>
        {
            var page = await RunAiClient.For(context.Session).GetWorkloadsPageAsync(filter, new PageRequest(0, PageSize), ct).ConfigureAwait(false);
            return new CandidateSet(
                page.Items.Select(w => new CompletionCandidate(w.Name, w.Id.ToString("D"), w.Type + " in " + w.ProjectName + ", " + w.Phase)).ToList(),
                isWhole: page.NextCursor is null && page.Items.Count < PageSize);
        });
    }

    /// <summary>Role names, with what each is for.</summary>
    internal static CompletionQuery? Roles(CompletionContext context) =>
        !IsConnected(context) ? null : new CompletionQuery(Key(context, "roles"), async ct =>
        {
            var roles = await RunAiClient.For(context.Session).GetRolesAsync(ct).ConfigureAwait(false);
            return new CandidateSet(roles.Select(r => new CompletionCandidate(r.Name, detail: r.Description)).ToList(), isWhole: true);
        });

    // Keyed by the control plane's URL: connecting another tenant is another cache scope.
    private static string Key(CompletionContext context, string scope) =>
        "runai@" + context.Session.DefaultOf(RunAiState.Family)!.BaseUrl.AbsoluteUri + "/" + scope;

    private static bool IsConnected(CompletionContext context) =>
        !context.Session.IsDisposed && context.Session.DefaultOf(RunAiState.Family) is not null;
}

/// <summary>Completes Run:ai workload names (Get-RunAiWorkload -Name).</summary>
internal sealed class RunAiWorkloadNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiListings.Workloads(context);
}

/// <summary>Completes Run:ai workload ids; the typed text matches the id or the workload's name.</summary>
internal sealed class RunAiWorkloadIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiListings.Workloads(context);
}

/// <summary>Completes Run:ai role names (Grant-RunAiAccessRule -Role).</summary>
internal sealed class RunAiRoleNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RunAiListings.Roles(context);
}

/// <summary>Offers a fixed list of values (no request): the base of the workload type and phase completers.</summary>
internal abstract class RunAiFixedCompleter : RedHatApiCompleter
{
    /// <summary>The values offered.</summary>
    protected abstract IReadOnlyList<string> Values { get; }

    /// <inheritdoc />
    internal override IEnumerable<CompletionCandidate>? Candidates(CompletionContext context) => Values.Select(v => new CompletionCandidate(v));

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => null;
}

/// <summary>Completes workload types: the ones with endpoints of their own in Run:ai's API.</summary>
internal sealed class RunAiWorkloadTypeCompleter : RunAiFixedCompleter
{
    private static readonly string[] Types = { "Workspace", "Training", "Distributed", "Inference", "DistributedInference" };

    /// <inheritdoc />
    protected override IReadOnlyList<string> Values => Types;
}

/// <summary>Completes workload phases (the Phase enum of Run:ai's API).</summary>
internal sealed class RunAiWorkloadPhaseCompleter : RunAiFixedCompleter
{
    private static readonly string[] Phases =
    {
        "Creating", "Initializing", "Resuming", "Pending", "Deleting", "Running", "Updating", "Stopped", "Stopping", "Degraded", "Failed", "Completed", "Terminating", "Unknown",
    };

    /// <inheritdoc />
    protected override IReadOnlyList<string> Values => Phases;
}

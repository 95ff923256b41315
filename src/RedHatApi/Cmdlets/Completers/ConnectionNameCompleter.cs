using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// Completes connection names from the session itself (<see cref="ConnectionNames.Source"/>): no request, no cache
/// needed. Lists every family; <see cref="OpenShiftClusterCompleter"/> keeps to clusters.
/// </summary>
internal class ConnectionNameCompleter : RedHatApiCompleter
{
    /// <summary>Only connections of this family; null for all.</summary>
    protected virtual string? Family => null;

    /// <inheritdoc />
    internal override IEnumerable<CompletionCandidate>? Candidates(CompletionContext context) =>
        ConnectionNames.Source.List(context.Session)
            .Where(c => Family is null || c.Family == Family)
            .Select(c => new CompletionCandidate(c.Name, detail: c.Family + (c.Server is null ? string.Empty : " " + c.Server.GetLeftPart(System.UriPartial.Authority)) + (c.IsCurrent ? ", current" : string.Empty)));

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => null;
}

/// <summary>Completes -Cluster with the names of the session's connected OpenShift clusters.</summary>
internal sealed class OpenShiftClusterCompleter : ConnectionNameCompleter
{
    /// <inheritdoc />
    protected override string? Family => ConnectionName.OpenShiftFamily;
}

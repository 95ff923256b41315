using System;
using System.Collections.Generic;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// One thing a completer can offer: its name, its id when the API has one (a cluster's GUID, a system's UUID) and a
/// short description for the tooltip. Completers of names insert <see cref="Name"/>; completers of ids insert
/// <see cref="Id"/> and match what the user typed against both, so <c>-ClusterId prod&lt;Tab&gt;</c> becomes the id of
/// the cluster named prod.
/// </summary>
internal sealed class CompletionCandidate
{
    internal CompletionCandidate(string name, string? id = null, string? detail = null)
    {
        Name = name;
        Id = id;
        Detail = detail;
    }

    internal string Name { get; }

    internal string? Id { get; }

    /// <summary>Status, owner or similar, shown in the tooltip; never a secret.</summary>
    internal string? Detail { get; }

    /// <inheritdoc />
    public override string ToString() => Id is null ? Name : Name + " (" + Id + ")";
}

/// <summary>What one listing call returned, and whether that is everything there is (a short page, or an API
/// without paging), so a narrower query can be answered from it without asking again.</summary>
internal sealed class CandidateSet
{
    internal static readonly CandidateSet Empty = new(Array.Empty<CompletionCandidate>(), isWhole: true);

    internal CandidateSet(IReadOnlyList<CompletionCandidate> items, bool isWhole)
    {
        Items = items;
        IsWhole = isWhole;
    }

    internal IReadOnlyList<CompletionCandidate> Items { get; }

    /// <summary>True when the listing holds every match (no further page was left unread).</summary>
    internal bool IsWhole { get; }
}

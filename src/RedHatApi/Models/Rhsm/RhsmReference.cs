using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>A link an advisory gives: a Bugzilla entry or another reference.</summary>
public sealed class RhsmReference
{
    internal RhsmReference(string? id, string? type, string? title, Uri? href)
    {
        Id = id;
        Type = type;
        Title = title;
        Href = href;
    }

    /// <summary>The id at the other end (a bug number, an advisory id...).</summary>
    public string? Id { get; }

    /// <summary>bugzilla, self, other...</summary>
    public string? Type { get; }

    /// <summary>What the reference is about.</summary>
    public string? Title { get; }

    /// <summary>The link.</summary>
    public Uri? Href { get; }

    /// <inheritdoc />
    public override string ToString() => Href?.ToString() ?? Id ?? string.Empty;
}

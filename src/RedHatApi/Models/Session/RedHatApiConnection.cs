using System;

namespace RedHatApi.Models.Session;

/// <summary>What Get-RedHatApiSession shows about one connection of the session. It never holds a credential.</summary>
public sealed class RedHatApiConnection
{
    internal RedHatApiConnection(string name, string family, Uri url, string authKind, DateTimeOffset? expiresAt, bool isDefault, DateTimeOffset addedAt)
    {
        Name = name;
        Family = family;
        Url = url;
        AuthKind = authKind;
        ExpiresAt = expiresAt;
        IsDefault = isDefault;
        AddedAt = addedAt;
    }

    /// <summary>The name -Connection takes (Invoke-RedHatApiRequest, Disconnect-RedHatApi): rhsm, assisted, cluster:&lt;name&gt;.</summary>
    public string Name { get; }

    /// <summary>The API family: Rhsm, Assisted, OpenShift...</summary>
    public string Family { get; }

    /// <summary>The base URL requests go to.</summary>
    public Uri Url { get; }

    /// <summary>How requests authenticate: Bearer, X-Secret-Key, Basic, None.</summary>
    public string AuthKind { get; }

    /// <summary>When the current token expires; null when unknown or before the first request.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>True for the connection its family's cmdlets use when none is named (the cluster connected last).</summary>
    public bool IsDefault { get; }

    /// <summary>When the connection joined the session.</summary>
    public DateTimeOffset AddedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Url.GetLeftPart(UriPartial.Authority)})";
}

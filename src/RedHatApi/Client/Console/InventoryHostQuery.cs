using System;
using System.Collections.Generic;

namespace RedHatApi.Client.Console;

/// <summary>The filters of GET /hosts, as Get-RedHatInventoryHost binds them; null or empty is no filter.</summary>
internal sealed class InventoryHostQuery
{
    internal string? DisplayName { get; init; }

    internal string? Fqdn { get; init; }

    internal string? HostNameOrId { get; init; }

    internal Guid? InsightsId { get; init; }

    internal Guid? SubscriptionManagerId { get; init; }

    /// <summary>fresh, stale, stale_warning, unknown (several are ORed by the API).</summary>
    internal IReadOnlyList<string> Staleness { get; init; } = Array.Empty<string>();

    /// <summary>Reporters (insights, puptoo, rhsm-conduit, yupana, satellite, discovery...); a leading ! negates.</summary>
    internal IReadOnlyList<string> RegisteredWith { get; init; } = Array.Empty<string>();

    internal DateTimeOffset? UpdatedStart { get; init; }

    internal DateTimeOffset? UpdatedEnd { get; init; }

    internal DateTimeOffset? LastCheckInStart { get; init; }

    internal DateTimeOffset? LastCheckInEnd { get; init; }

    /// <summary>System profile fields to return (fields[system_profile]=a,b).</summary>
    internal IReadOnlyList<string> SystemProfileFields { get; init; } = Array.Empty<string>();

    /// <summary>The same filters, updated since <paramref name="since"/> (or since the later of that and the user's own start).</summary>
    internal InventoryHostQuery UpdatedSince(DateTimeOffset since) => new()
    {
        DisplayName = DisplayName,
        Fqdn = Fqdn,
        HostNameOrId = HostNameOrId,
        InsightsId = InsightsId,
        SubscriptionManagerId = SubscriptionManagerId,
        Staleness = Staleness,
        RegisteredWith = RegisteredWith,
        UpdatedStart = UpdatedStart is { } own && own > since ? own : since,
        UpdatedEnd = UpdatedEnd,
        LastCheckInStart = LastCheckInStart,
        LastCheckInEnd = LastCheckInEnd,
        SystemProfileFields = SystemProfileFields,
    };
}

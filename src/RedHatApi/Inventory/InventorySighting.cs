using System;
using System.Collections.Generic;
using RedHatApi.Models.Reconciliation;

namespace RedHatApi.Inventory;

/// <summary>
/// One record of one source, reduced to what a reconciliation joins on (host name, RHSM UUID, MAC addresses) and
/// what it reports per source (id, last seen, status). Every source is mapped to this shape first, so the join and
/// the classification never depend on an API's model.
/// </summary>
internal sealed class InventorySighting
{
    internal InventorySighting(RedHatInventorySource source, string? id, string? hostName)
    {
        Source = source;
        Id = id;
        HostName = hostName;
    }

    internal RedHatInventorySource Source { get; }

    /// <summary>The record's id in its source (RHSM UUID, inventory id, Ironic node UUID...).</summary>
    internal string? Id { get; }

    /// <summary>The FQDN or host name the source knows the host by.</summary>
    internal string? HostName { get; }

    /// <summary>The RHSM system UUID (subscription_manager_id) the record names.</summary>
    internal Guid? SubscriptionManagerId { get; init; }

    /// <summary>MAC addresses as the source spells them; <see cref="HostKeys.Mac"/> normalises them.</summary>
    internal IReadOnlyList<string> MacAddresses { get; init; } = Array.Empty<string>();

    /// <summary>When the source last heard from the host.</summary>
    internal DateTimeOffset? LastSeen { get; init; }

    /// <summary>The host's status in the source, in the source's words.</summary>
    internal string? Status { get; init; }
}

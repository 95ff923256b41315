using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>An event the Assisted Installer recorded about a cluster, host or infra-env.</summary>
public sealed class AssistedEvent
{
    internal AssistedEvent(DateTimeOffset eventTime, string severity, string message)
    {
        EventTime = eventTime;
        Severity = severity;
        Message = message;
    }

    /// <summary>When it happened.</summary>
    public DateTimeOffset EventTime { get; }

    /// <summary>info, warning, error or critical.</summary>
    public string Severity { get; }

    /// <summary>The event text.</summary>
    public string Message { get; }

    /// <summary>The event's name, for example cluster_status_updated.</summary>
    public string? Name { get; init; }

    /// <summary>user or metrics.</summary>
    public string? Category { get; init; }

    /// <summary>The cluster the event is about.</summary>
    public Guid? ClusterId { get; init; }

    /// <summary>The host the event is about, if any.</summary>
    public Guid? HostId { get; init; }

    /// <summary>The infra-env the event is about, if any.</summary>
    public Guid? InfraEnvId { get; init; }

    /// <summary>The request that caused the event.</summary>
    public Guid? RequestId { get; init; }

    /// <summary>Extra properties, parsed from the JSON-in-string <c>props</c>.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public override string ToString() => EventTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " " + Severity + " " + Message;
}

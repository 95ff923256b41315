using System;
using System.Globalization;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// An Ironic API microversion ("1.62"): what each request sends in <c>X-OpenStack-Ironic-API-Version</c>. Compared
/// numerically, so 1.9 is below 1.10.
/// </summary>
internal readonly struct IronicMicroversion : IComparable<IronicMicroversion>, IEquatable<IronicMicroversion>
{
    /// <summary>What Ironic assumes when no header is sent.</summary>
    internal static readonly IronicMicroversion Base = new(1, 1);

    /// <summary>Lookup and heartbeat exist from here; below it both answer 404.</summary>
    internal static readonly IronicMicroversion Lookup = new(1, 22);

    /// <summary>The heartbeat's agent_version field.</summary>
    internal static readonly IronicMicroversion AgentVersion = new(1, 36);

    /// <summary>The lookup hands out agent_token and the heartbeat takes it.</summary>
    internal static readonly IronicMicroversion AgentToken = new(1, 62);

    /// <summary>The heartbeat's agent_verify_ca field.</summary>
    internal static readonly IronicMicroversion AgentVerifyCa = new(1, 68);

    /// <summary>The heartbeat's agent_status field.</summary>
    internal static readonly IronicMicroversion AgentStatus = new(1, 72);

    /// <summary>What ironic-python-agent assumes when GET / fails.</summary>
    internal static readonly IronicMicroversion AgentFallback = new(1, 31);

    /// <summary>ironic-python-agent's cap for lookup (the token arrives at 1.62; nothing later is needed).</summary>
    internal static readonly IronicMicroversion LookupCap = new(1, 62);

    /// <summary>ironic-python-agent's cap for heartbeats without agent_status.</summary>
    internal static readonly IronicMicroversion HeartbeatCap = new(1, 68);

    internal IronicMicroversion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    internal int Major { get; }

    internal int Minor { get; }

    /// <summary>Parses "1.62"; null, empty or anything else is false.</summary>
    internal static bool TryParse(string? text, out IronicMicroversion version)
    {
        version = default;
        var parts = text?.Trim().Split('.');
        if (parts is not { Length: 2 } ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new IronicMicroversion(major, minor);
        return true;
    }

    internal static IronicMicroversion Max(IronicMicroversion a, IronicMicroversion b) => a.CompareTo(b) >= 0 ? a : b;

    internal static IronicMicroversion Min(IronicMicroversion a, IronicMicroversion b) => a.CompareTo(b) <= 0 ? a : b;

    public int CompareTo(IronicMicroversion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool Equals(IronicMicroversion other) => Major == other.Major && Minor == other.Minor;

    public override bool Equals(object? obj) => obj is IronicMicroversion other && Equals(other);

    public override int GetHashCode() => (Major * 1000) + Minor;

    /// <summary>"1.62", as the header carries it.</summary>
    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);

    public static bool operator <(IronicMicroversion a, IronicMicroversion b) => a.CompareTo(b) < 0;

    public static bool operator >(IronicMicroversion a, IronicMicroversion b) => a.CompareTo(b) > 0;

    public static bool operator <=(IronicMicroversion a, IronicMicroversion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(IronicMicroversion a, IronicMicroversion b) => a.CompareTo(b) >= 0;
}

/// <summary>The microversions one Ironic serves (GET / → default_version.min_version and version).</summary>
internal sealed record IronicVersionRange(IronicMicroversion Min, IronicMicroversion Max, bool Assumed = false)
{
    internal bool Contains(IronicMicroversion version) => version >= Min && version <= Max;

    /// <summary>"1.1 to 1.82".</summary>
    public override string ToString() => Min + " to " + Max;
}

using System;

namespace RedHatApi.Inventory;

/// <summary>
/// The key two inventories are joined on. CMDBs and RHSM spell the same host differently (case, a trailing root
/// dot, surrounding spaces, short name against FQDN), so both sides go through the same normalisation.
/// </summary>
internal static class HostNameKey
{
    /// <summary>The join key of <paramref name="hostName"/>, or null when there is no name to join on.</summary>
    internal static string? For(string? hostName, bool shortName)
    {
        var name = hostName?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (shortName)
        {
            var dot = name!.IndexOf('.');
            name = dot > 0 ? name.Substring(0, dot) : name;
        }

        return name!.ToLowerInvariant();
    }

    /// <summary>The name RHSM knows a system by: the host name it reported, else the name it registered with.</summary>
    internal static string RhsmName(string? hostname, string name) =>
        string.IsNullOrWhiteSpace(hostname) ? name : hostname!;

    internal static StringComparer Comparer => StringComparer.Ordinal;
}

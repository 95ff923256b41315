using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RedHatApi.Models.Reconciliation;

namespace RedHatApi.Inventory;

/// <summary>
/// The join keys of a sighting. Sources agree on at least one of: the host name (FQDN or short name), the RHSM
/// system UUID, a MAC address. Keys carry a prefix per kind, so a host named like a UUID never meets one.
/// </summary>
internal static class HostKeys
{
    /// <summary>The keys of <paramref name="sighting"/>; none when it names nothing to join on.</summary>
    internal static IEnumerable<string> Of(InventorySighting sighting, bool shortName, ICollection<RedHatInventoryKey> matchOn)
    {
        if (matchOn.Contains(RedHatInventoryKey.HostName) && HostNameKey.For(sighting.HostName, shortName) is { } name)
        {
            yield return "n:" + name;
        }

        if (matchOn.Contains(RedHatInventoryKey.SubscriptionManagerId) && sighting.SubscriptionManagerId is { } uuid && uuid != Guid.Empty)
        {
            yield return "u:" + uuid.ToString("D");
        }

        foreach (var mac in matchOn.Contains(RedHatInventoryKey.MacAddress) ? sighting.MacAddresses : Array.Empty<string>())
        {
            if (Mac(mac) is { } key)
            {
                yield return "m:" + key;
            }
        }
    }

    /// <summary>
    /// A MAC address as lower-case colon-separated octets (aa:bb:cc:dd:ee:ff) from any common spelling (dashes, dots,
    /// none); null for text that is not a MAC address and for the all-zero address virtual interfaces report.
    /// </summary>
    internal static string? Mac(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var hex = new StringBuilder(12);
        foreach (var c in text!.Trim())
        {
            if (Uri.IsHexDigit(c))
            {
                hex.Append(char.ToLowerInvariant(c));
            }
            else if (c is not (':' or '-' or '.'))
            {
                return null;
            }
        }

        if (hex.Length != 12 || hex.ToString() == "000000000000")
        {
            return null;
        }

        var octets = new string[6];
        for (var i = 0; i < 6; i++)
        {
            octets[i] = hex.ToString(i * 2, 2);
        }

        return string.Join(":", octets);
    }

    /// <summary>
    /// Sorts one CMDB cell into the key it is: a UUID, a MAC address, or else a host name. CMDB columns are named
    /// anything, so the value decides, not the column name. A
    /// MAC address counts only in a separated spelling (aa:bb:.., aa-bb-.., aabb.ccdd.eeff): a bare 12-hex-digit host name stays a name.
    /// </summary>
    internal static void AddCmdbValue(string value, ref string? hostName, ref Guid? uuid, List<string> macs)
    {
        var text = value.Trim();
        if (Guid.TryParse(text, out var guid))
        {
            uuid ??= guid;
        }
        else if (text.Length is 14 or 17 && Mac(text) is not null)
        {
            macs.Add(text);
        }
        else
        {
            hostName ??= text;
        }
    }

    /// <summary>Reads a CMDB last-seen cell: a DateTime(Offset), or text in ISO 8601 or the current culture; else null.</summary>
    internal static DateTimeOffset? Time(object? value) => value switch
    {
        DateTimeOffset at => at,
        DateTime at => at.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : new DateTimeOffset(at),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        string text when DateTimeOffset.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        _ => null,
    };
}

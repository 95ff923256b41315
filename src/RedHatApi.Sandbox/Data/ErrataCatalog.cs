using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Data;

/// <summary>
/// The errata applicable to a system (the spec's ErratumForSystem), derived from the system's own errata counts so
/// the list and the counts on GET /systems always agree.
/// </summary>
public static class ErrataCatalog
{
    private static readonly string[] Severities = { "Critical", "Important", "Moderate", "Low" };
    private static readonly string[] Packages = { "openssl", "kernel", "glibc", "httpd", "bind", "sudo", "curl", "python3", "systemd", "nss" };

    public static IEnumerable<object> For(SeededSystem system)
    {
        var kinds = Enumerable.Repeat(("RHSA", "Security Advisory"), system.Security)
            .Concat(Enumerable.Repeat(("RHBA", "Bug Fix Advisory"), system.Bugfix))
            .Concat(Enumerable.Repeat(("RHEA", "Product Enhancement Advisory"), system.Enhancement));
        // string.GetHashCode is randomised per process; the UUID's own hex digits are stable across runs.
        var seed = Convert.ToInt32(system.Uuid[..4], 16);
        return kinds.Select((kind, i) =>
        {
            var number = 1000 + ((seed + (i * 37)) % 9000);
            var id = $"{kind.Item1}-2026:{number}";
            var package = Packages[(seed + i) % Packages.Length];
            return (object)new
            {
                id,
                type = kind.Item2,
                severity = kind.Item1 == "RHSA" ? Severities[(seed + i) % Severities.Length] : "None",
                synopsis = $"{(kind.Item1 == "RHSA" ? "Important: " : string.Empty)}{package} update",
                published = new DateTimeOffset(2026, 1 + ((seed + i) % 11), 1 + (i % 27), 0, 0, 0, TimeSpan.Zero).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                href = $"/management/v1/errata/{id}",
            };
        });
    }
}

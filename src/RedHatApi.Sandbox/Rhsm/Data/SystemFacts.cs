using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>
/// What GET /systems/{uuid}?include=facts,installedProducts answers for a seeded system: the facts
/// subscription-manager uploads (network, distribution, hardware, virtualisation) and the RHEL product installed,
/// derived from the system's UUID so they are the same on every run.
/// </summary>
public static class SystemFacts
{
    /// <summary>The facts as the API lists them: key/value pairs, values as text.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(SeededSystem system)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("facts/" + system.Uuid));
        var shortName = system.Hostname.Split('.')[0];
        var guest = system.Type == "Virtual";

        // 52:54:00 is the QEMU/KVM prefix: the MAC a CMDB's discovery and Ironic's ports report for the same guest.
        var mac = guest
            ? $"52:54:00:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}"
            : $"b8:ca:3a:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}";
        return new List<KeyValuePair<string, string>>
        {
            new("cpu.cpu_socket(s)", (1 + bytes[3] % 2).ToString()),
            new("cpu.core(s)_per_socket", (2 << (bytes[4] % 3)).ToString()),
            new("distribution.name", "Red Hat Enterprise Linux"),
            new("distribution.version", bytes[5] % 2 == 0 ? "9.4" : "8.10"),
            new("dmi.system.manufacturer", guest ? "Red Hat" : "Dell Inc."),
            new("dmi.system.uuid", new Guid(bytes[..16]).ToString()),
            new("memory.memtotal", ((8 << (bytes[6] % 4)) * 1024 * 1024).ToString()),
            new("net.interface.eth0.ipv4_address", $"10.{bytes[7]}.{bytes[8]}.{1 + bytes[9] % 250}"),
            new("net.interface.eth0.mac_address", mac),
            new("network.fqdn", system.Hostname),
            new("network.hostname", shortName),
            new("uname.machine", "x86_64"),
            new("virt.host_type", guest ? "kvm" : "Not Applicable"),
            new("virt.is_guest", guest ? "True" : "False"),
        };
    }

    /// <summary>The RHEL product the system has installed (the spec's InstalledProducts).</summary>
    public static IReadOnlyList<object> InstalledProducts(SeededSystem system, IReadOnlyList<KeyValuePair<string, string>> facts)
    {
        var version = facts.Find("distribution.version");
        return new object[]
        {
            new
            {
                arch = "x86_64",
                productID = "479",
                productName = "Red Hat Enterprise Linux for x86_64",
                status = system.EntitlementStatus == "valid" ? "subscribed" : system.EntitlementStatus == "partial" ? "partially_subscribed" : "not_subscribed",
                version,
            },
        };
    }

    private static string? Find(this IReadOnlyList<KeyValuePair<string, string>> facts, string key)
    {
        foreach (var pair in facts)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }
}

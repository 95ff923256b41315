using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Data;

/// <summary>
/// Packages installed on a system (the spec's PackageForSystem): a realistic RHEL base set, a few hundred to over a
/// thousand per system so listings cross the endpoint's 1000-item page cap.
/// </summary>
public static class PackageCatalog
{
    private static readonly string[] Names =
    {
        "bash", "coreutils", "glibc", "kernel", "openssl", "openssh-server", "systemd", "httpd", "nginx", "postgresql",
        "python3", "perl", "curl", "wget", "sudo", "rsync", "tar", "gzip", "vim-minimal", "dnf", "rpm", "NetworkManager",
        "firewalld", "chrony", "audit", "selinux-policy", "tzdata", "ca-certificates", "nss", "bind-utils",
    };

    public static IEnumerable<object> For(SeededSystem system)
    {
        var seed = Convert.ToInt32(system.Uuid[..4], 16);
        var count = 300 + (seed % 1200);
        return Enumerable.Range(0, count).Select(i =>
        {
            var name = i < Names.Length ? Names[i] : $"{Names[i % Names.Length]}-libs{i / Names.Length}";
            var withErrata = (seed + i) % 17 == 0;
            return (object)new
            {
                name,
                epoch = i % 5 == 0 ? 1 : 0,
                version = $"{1 + (i % 9)}.{(seed + i) % 20}.{i % 7}",
                release = $"{1 + (i % 30)}.el9",
                arch = i % 11 == 0 ? "noarch" : "x86_64",
                errataCount = withErrata ? 1 + (i % 3) : 0,
                advisories = withErrata
                    ? new[] { new { advisory = $"RHSA-2026:{1000 + ((seed + i) % 9000)}", url = $"/management/v1/errata/RHSA-2026:{1000 + ((seed + i) % 9000)}" } }
                    : Array.Empty<object>().Select(_ => new { advisory = string.Empty, url = string.Empty }).ToArray(),
            };
        });
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>
/// Packages installed on a system (the spec's PackageForSystem): a realistic RHEL base set, a few hundred to over a
/// thousand per system so listings cross the endpoint's 1000-item page cap. A package's advisories are the
/// system's own applicable errata (<see cref="ErrataCatalog"/>) whose component builds a package of that name.
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
        var advisoriesByPackage = ErrataCatalog.AdvisoriesOf(system)
            .SelectMany(a => a.Component.Binaries.Select(name => (name, a.Id)))
            .ToLookup(x => x.name, x => x.Id, StringComparer.Ordinal);
        return Enumerable.Range(0, count).Select(i =>
        {
            var name = i < Names.Length ? Names[i] : $"{Names[i % Names.Length]}-libs{i / Names.Length}";
            var advisories = advisoriesByPackage[name].Select(id => new { advisory = id, url = $"/management/v1/errata/{id}" }).ToArray();
            return (object)new
            {
                name,
                epoch = i % 5 == 0 ? 1 : 0,
                version = $"{1 + (i % 9)}.{(seed + i) % 20}.{i % 7}",
                release = $"{1 + (i % 30)}.el9",
                arch = i % 11 == 0 ? "noarch" : "x86_64",
                errataCount = advisories.Length,
                advisories,
            };
        });
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>One Red Hat advisory: every field is a function of its id, so every endpoint describes it the same way.</summary>
public sealed record Advisory(
    string Id, int Number, string Prefix, string Type, string Severity, AdvisoryComponent Component, DateTimeOffset Issued,
    DateTimeOffset LastUpdated, IReadOnlyList<string> Cves)
{
    public bool IsSecurity => Prefix == "RHSA";

    /// <summary>Red Hat's synopsis style: security advisories lead with their severity.</summary>
    public string Synopsis => Prefix switch
    {
        "RHSA" => $"{Severity}: {Component.Name} security update",
        "RHBA" => $"{Component.Name} bug fix update",
        _ => $"{Component.Name} bug fix and enhancement update",
    };

    public string Href => $"/management/v1/errata/{Id}";
}

/// <summary>A source package an advisory updates, the binary packages it builds and the repository it ships in.</summary>
public sealed record AdvisoryComponent(string Name, string Repo, int Epoch, string Version, string License, string[] Binaries);

/// <summary>One binary package an advisory ships, for one architecture.</summary>
public sealed record AdvisoryPackage(Advisory Advisory, string Name, string Arch, string Release, string Checksum, long Size)
{
    public int Epoch => Advisory.Component.Epoch;

    public string Version => Advisory.Component.Version;

    public string ContentSet => AdvisoryCatalog.ContentSetFor(Arch, Advisory.Component.Repo);

    /// <summary>name-epoch:version-release.arch, the string the checksum is derived from.</summary>
    public string Nevra => $"{Name}-{Epoch}:{Version}-{Release}.{Arch}";

    public string Filename => $"{Name}-{Version}-{Release}.{Arch}.rpm";
}

/// <summary>
/// The advisories the sandbox knows: one 2026 sequence of numbers (RHSA, RHBA and RHEA share it, as at Red Hat),
/// each updating one component for four architectures. Seed-independent, like real advisories; the seeded systems
/// pick which of them apply (<see cref="ErrataCatalog"/>). A kernel advisory ships 60 packages, more than one page
/// of GET /errata/{id}/packages.
/// </summary>
public static class AdvisoryCatalog
{
    public const int FirstNumber = 1000;
    public const int Count = 2000;

    public static readonly string[] Arches = { "x86_64", "aarch64", "ppc64le", "s390x" };

    private static readonly AdvisoryComponent[] Components =
    {
        new("kernel", "baseos", 0, "5.14.0", "GPLv2", new[]
        {
            "kernel", "kernel-core", "kernel-modules", "kernel-modules-core", "kernel-modules-extra", "kernel-tools",
            "kernel-tools-libs", "kernel-headers", "kernel-devel", "kernel-debug", "kernel-debug-core",
            "kernel-debug-modules", "kernel-debug-devel", "perf", "bpftool",
        }),
        new("openssl", "baseos", 1, "3.0.7", "ASL 2.0", new[] { "openssl", "openssl-libs", "openssl-devel" }),
        new("glibc", "baseos", 0, "2.34", "LGPLv2+", new[] { "glibc", "glibc-common", "glibc-devel", "glibc-langpack-en" }),
        new("systemd", "baseos", 0, "252", "LGPLv2+", new[] { "systemd", "systemd-libs", "systemd-pam", "systemd-udev" }),
        new("httpd", "appstream", 0, "2.4.57", "ASL 2.0", new[] { "httpd", "httpd-core", "httpd-tools", "mod_ssl" }),
        new("nginx", "appstream", 1, "1.20.1", "BSD", new[] { "nginx", "nginx-core", "nginx-mod-stream" }),
        new("postgresql", "appstream", 0, "13.14", "PostgreSQL", new[] { "postgresql", "postgresql-server", "postgresql-contrib" }),
        new("python3.9", "baseos", 0, "3.9.18", "Python", new[] { "python3", "python3-libs", "python3-devel" }),
        new("curl", "baseos", 0, "7.76.1", "MIT", new[] { "curl", "libcurl", "libcurl-devel" }),
        new("sudo", "baseos", 0, "1.9.5p2", "ISC", new[] { "sudo" }),
        new("openssh", "baseos", 0, "8.7p1", "BSD", new[] { "openssh", "openssh-server", "openssh-clients" }),
        new("bind", "appstream", 32, "9.16.23", "MPLv2.0", new[] { "bind", "bind-libs", "bind-utils" }),
        new("nss", "appstream", 0, "3.90.0", "MPLv2.0", new[] { "nss", "nss-util", "nss-tools", "nss-softokn" }),
        new("bash", "baseos", 0, "5.1.8", "GPLv3+", new[] { "bash" }),
        new("NetworkManager", "baseos", 1, "1.46.0", "GPLv2+", new[] { "NetworkManager", "NetworkManager-libnm" }),
        new("coreutils", "baseos", 0, "8.32", "GPLv3+", new[] { "coreutils", "coreutils-common" }),
        new("rpm", "baseos", 0, "4.16.1.3", "GPLv2+", new[] { "rpm", "rpm-libs", "python3-rpm" }),
        new("vim", "appstream", 2, "8.2.2637", "Vim", new[] { "vim-minimal", "vim-enhanced", "vim-common" }),
    };

    private static readonly string[] Severities = { "Critical", "Important", "Important", "Important", "Moderate", "Moderate", "Moderate", "Moderate", "Low", "Low" };

    private static readonly Lazy<Universe> All = new(Build);

    /// <summary>Every advisory, in number order.</summary>
    public static IReadOnlyList<Advisory> Advisories => All.Value.Advisories;

    /// <summary>The advisories of one kind (RHSA, RHBA, RHEA), in number order: the pools systems draw from.</summary>
    public static IReadOnlyList<Advisory> OfKind(string prefix) => All.Value.ByKind[prefix];

    public static Advisory? Find(string id) => All.Value.ById.GetValueOrDefault(id);

    /// <summary>The binary packages an advisory ships, ordered by architecture then name.</summary>
    public static IReadOnlyList<AdvisoryPackage> PackagesOf(Advisory advisory) => All.Value.PackagesByAdvisory[advisory.Id];

    public static AdvisoryPackage? FindPackage(string checksum) => All.Value.PackagesByChecksum.GetValueOrDefault(checksum);

    /// <summary>The advisories with a package in a content set for an architecture, newest first.</summary>
    public static IReadOnlyList<Advisory> InContentSet(string contentSet, string arch) =>
        ContentSetPackages(contentSet, arch).Select(p => p.Advisory).Distinct().OrderByDescending(a => a.Number).ToList();

    /// <summary>The packages in a content set for an architecture: by name, newest build first.</summary>
    public static IReadOnlyList<AdvisoryPackage> ContentSetPackages(string contentSet, string arch) =>
        All.Value.PackagesByContentSet.TryGetValue((contentSet, arch), out var packages) ? packages : Array.Empty<AdvisoryPackage>();

    public static string ContentSetFor(string arch, string repo) => $"rhel-9-for-{arch}-{repo}-rpms";

    /// <summary>Date format of the RHSM API.</summary>
    public static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");

    private static Universe Build()
    {
        var advisories = Enumerable.Range(FirstNumber, Count).Select(Describe).ToList();
        var packages = advisories.ToDictionary(a => a.Id, a => (IReadOnlyList<AdvisoryPackage>)PackagesFor(a));
        return new Universe(
            advisories,
            advisories.GroupBy(a => a.Prefix).ToDictionary(g => g.Key, g => (IReadOnlyList<Advisory>)g.ToList()),
            advisories.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase),
            packages,
            packages.Values.SelectMany(p => p).ToDictionary(p => p.Checksum, StringComparer.OrdinalIgnoreCase),
            packages.Values.SelectMany(p => p)
                .GroupBy(p => (p.ContentSet, p.Arch))
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<AdvisoryPackage>)g.OrderBy(p => p.Name, StringComparer.Ordinal).ThenByDescending(p => p.Advisory.Number).ToList()));
    }

    private static Advisory Describe(int number)
    {
        var h = Hash("advisory/" + number);
        var (prefix, type) = (h[0] % 20) switch
        {
            < 6 => ("RHSA", "Security Advisory"),
            < 17 => ("RHBA", "Bug Fix Advisory"),
            _ => ("RHEA", "Product Enhancement Advisory"),
        };
        var id = $"{prefix}-2026:{number}";
        var component = Components[h[1] % Components.Length];
        var severity = prefix == "RHSA" ? Severities[h[2] % Severities.Length] : "None";

        // Numbers rise through the year, as Red Hat's do; a few advisories were updated after release.
        var issued = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)
            .AddDays((number - FirstNumber) * 300.0 / Count).AddHours(h[3] % 24);
        issued = new DateTimeOffset(issued.Year, issued.Month, issued.Day, issued.Hour, 0, 0, TimeSpan.Zero);
        var updated = h[4] % 8 == 0 ? issued.AddDays(1 + (h[5] % 20)) : issued;
        var cves = prefix == "RHSA"
            ? Enumerable.Range(0, 1 + (h[6] % 3)).Select(i => $"CVE-2026-{10000 + ((h[7] * 256 + h[8] + (i * 977)) % 40000)}").ToList()
            : new List<string>();
        return new Advisory(id, number, prefix, type, severity, component, issued, updated, cves);
    }

    private static List<AdvisoryPackage> PackagesFor(Advisory advisory)
    {
        // The sequence number is unique, so the release (and with it every NEVRA and checksum) is unique too.
        var release = $"{advisory.Number - FirstNumber + 1}.el9";
        return Arches.SelectMany(arch => advisory.Component.Binaries.Select(name =>
        {
            var nevra = $"{name}-{advisory.Component.Epoch}:{advisory.Component.Version}-{release}.{arch}";
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(nevra))).ToLowerInvariant();
            var h = Hash(nevra);
            return new AdvisoryPackage(advisory, name, arch, release, checksum, 20_000 + (BitConverter.ToUInt32(h, 0) % 9_000_000));
        })).ToList();
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private sealed record Universe(
        IReadOnlyList<Advisory> Advisories,
        Dictionary<string, IReadOnlyList<Advisory>> ByKind,
        Dictionary<string, Advisory> ById,
        Dictionary<string, IReadOnlyList<AdvisoryPackage>> PackagesByAdvisory,
        Dictionary<string, AdvisoryPackage> PackagesByChecksum,
        Dictionary<(string ContentSet, string Arch), IReadOnlyList<AdvisoryPackage>> PackagesByContentSet);
}

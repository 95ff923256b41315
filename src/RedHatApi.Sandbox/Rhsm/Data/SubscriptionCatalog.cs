using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>A product a subscription is for: its marketing name, SKU, service level and content sets.</summary>
public sealed record SubscriptionProduct(string Name, string Sku, string ServiceLevel, bool HasDerivedPool, IReadOnlyList<SeededContentSet> ContentSets);

/// <summary>One content set (the spec's ContentSet definition).</summary>
public sealed record SeededContentSet(string Label, string Name, string Arch, string Type, bool Enabled);

/// <summary>
/// The products the sandbox sells, with content sets labelled the way the CDN labels them
/// (rhel-9-for-x86_64-baseos-rpms...). A RHEL Premium subscription carries well over 1000 content sets, as real
/// ones do, so GET /subscriptions/{n}/contentSets crosses its 1000-item page cap.
/// </summary>
public static class SubscriptionCatalog
{
    private static readonly (string Label, string Name)[] Arches =
    {
        ("x86_64", "x86_64"), ("aarch64", "ARM 64"), ("ppc64le", "Power, little endian"), ("s390x", "IBM z Systems"),
    };

    private static readonly (string Label, string Name)[] RhelRepos =
    {
        ("baseos", "BaseOS"), ("appstream", "AppStream"), ("supplementary", "Supplementary"),
        ("codeready-builder", "CodeReady Linux Builder"), ("highavailability", "High Availability"),
        ("resilientstorage", "Resilient Storage"), ("sap", "SAP NetWeaver"), ("sap-solutions", "SAP Solutions"),
        ("nfv", "Real Time for NFV"), ("rt", "Real Time"),
    };

    private static readonly (string Label, string Name)[] Streams =
    {
        (string.Empty, string.Empty), ("-eus", " - Extended Update Support"), ("-e4s", " - Update Services for SAP Solutions"), ("-beta", " Beta"),
    };

    private static readonly (string Label, string Name)[] Kinds =
    {
        ("rpms", "RPMs"), ("debug-rpms", "Debug RPMs"), ("source-rpms", "Source RPMs"),
    };

    /// <summary>Every product, in the order subscriptions cycle through them.</summary>
    public static IReadOnlyList<SubscriptionProduct> Products { get; } = new[]
    {
        new SubscriptionProduct("Red Hat Enterprise Linux Server, Premium (Physical or Virtual Nodes)", "RH00003", "Premium", false, Rhel(new[] { 8, 9, 10 })),
        new SubscriptionProduct("Red Hat Enterprise Linux Server, Standard (Physical or Virtual Nodes)", "RH00004", "Standard", false, Rhel(new[] { 9 })),
        new SubscriptionProduct("Red Hat Enterprise Linux for Virtual Datacenters, Premium", "RH00001", "Premium", true, Rhel(new[] { 8, 9 })),
        new SubscriptionProduct("Smart Management", "SVC3124", "Premium", false, Tools("satellite-client-6", "Red Hat Satellite Client 6", new[] { "rhel-8", "rhel-9" })),
        new SubscriptionProduct("Red Hat OpenShift Container Platform, Premium (2 Cores or 4 vCPUs)", "MCT2735", "Premium", true, OpenShift()),
        new SubscriptionProduct("Red Hat OpenShift Container Platform, Standard (2 Cores or 4 vCPUs)", "MCT2736", "Standard", true, OpenShift()),
        new SubscriptionProduct("Red Hat Ansible Automation Platform, Premium (100 Managed Nodes)", "MCT3695", "Premium", false, Tools("ansible-automation-platform-2.5", "Red Hat Ansible Automation Platform 2.5", new[] { "rhel-8", "rhel-9" })),
        new SubscriptionProduct("Red Hat Enterprise Linux High Availability (for RHEL Server)", "RH00025", "Standard", false, Rhel(new[] { 9 }).Where(c => c.Label.Contains("highavailability", StringComparison.Ordinal)).ToList()),
        new SubscriptionProduct("Red Hat Satellite Infrastructure Subscription", "MCT3718", "Premium", false, Tools("satellite-6.16", "Red Hat Satellite 6.16", new[] { "rhel-8", "rhel-9" })),
        new SubscriptionProduct("Red Hat Developer Subscription for Individuals", "RH00798", "Self-Support", false, Rhel(new[] { 9 })),
    };

    /// <summary>RHEL 8+ content sets: release x arch x repository x update stream x RPM kind.</summary>
    private static List<SeededContentSet> Rhel(int[] releases) =>
        (from release in releases
         from arch in Arches
         from repo in RhelRepos
         from stream in Streams
         from kind in Kinds
         select new SeededContentSet(
             $"rhel-{release}-for-{arch.Label}-{repo.Label}{stream.Label}-{kind.Label}",
             $"Red Hat Enterprise Linux {release} for {arch.Name} - {repo.Name}{stream.Name} ({kind.Name})",
             arch.Label,
             "yum",
             stream.Label.Length == 0 && kind.Label == "rpms" && repo.Label is "baseos" or "appstream"))
        .ToList();

    /// <summary>Layered products: one set per RHEL major, arch and RPM kind (satellite-client-6-for-rhel-9-x86_64-rpms).</summary>
    private static List<SeededContentSet> Tools(string prefix, string name, string[] bases) =>
        (from rhel in bases
         from arch in Arches
         from kind in Kinds
         select new SeededContentSet(
             $"{prefix}-for-{rhel}-{arch.Label}-{kind.Label}",
             $"{name} for RHEL {rhel[5..]} {arch.Name} ({kind.Name})",
             arch.Label,
             "yum",
             kind.Label == "rpms" && arch.Label == "x86_64"))
        .ToList();

    private static List<SeededContentSet> OpenShift() =>
        (from minor in Enumerable.Range(14, 5)
         from arch in Arches
         from kind in Kinds
         select new SeededContentSet(
             $"rhocp-4.{minor}-for-rhel-9-{arch.Label}-{kind.Label}",
             $"Red Hat OpenShift Container Platform 4.{minor} for RHEL 9 {arch.Name} ({kind.Name})",
             arch.Label,
             "yum",
             kind.Label == "rpms" && arch.Label == "x86_64"))
        .ToList();
}

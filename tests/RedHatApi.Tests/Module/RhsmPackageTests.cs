using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Packages by checksum and by content set.</summary>
public sealed class RhsmPackageTests : SandboxModuleTest
{
    private const string ContentSet = "rhel-9-for-x86_64-baseos-rpms";

    public RhsmPackageTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private IReadOnlyList<string> Requests(string pathPrefix) =>
        Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!)
            .Where(p => p.StartsWith("/management/v1/" + pathPrefix, StringComparison.Ordinal)).ToList();

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    [Fact]
    public void Checksums_are_the_sha256_of_the_NEVRA_and_stable()
    {
        Connect();
        var packages = Run("Get-RhsmErratum -First 2 | Get-RhsmErratumPackage").OutputOf<RhsmErratumPackage>();
        Assert.NotEmpty(packages);
        Assert.All(packages, p => Assert.Equal(Sha256($"{p.Name}-{p.Epoch}:{p.Version}-{p.Release}.{p.Arch}"), p.Checksum));
        Assert.All(packages, p => Assert.Equal($"{p.Name}-{p.Version}-{p.Release}.{p.Arch}.rpm", p.Filename));

        Sandbox.Reset();
        Connect();
        var again = Run("Get-RhsmErratum -First 2 | Get-RhsmErratumPackage").OutputOf<RhsmErratumPackage>();
        Assert.Equal(packages.Select(p => p.Checksum), again.Select(p => p.Checksum));
    }

    [Fact]
    public void Erratum_packages_pipe_into_Get_RhsmPackage_by_Checksum()
    {
        Connect();
        var packages = Run("Get-RhsmErratum -First 1 | Get-RhsmErratumPackage -First 5").OutputOf<RhsmErratumPackage>();
        var result = Run("Get-RhsmErratum -First 1 | Get-RhsmErratumPackage -First 5 | Get-RhsmPackage");
        Assert.Empty(result.ErrorIds);
        var details = result.OutputOf<RhsmPackageDetail>();
        Assert.Equal(packages.Select(p => p.Checksum), details.Select(d => d.Checksum));
        foreach (var (package, detail) in packages.Zip(details))
        {
            Assert.Equal(package.Nevra, detail.Nevra);
            Assert.Equal(package.Epoch, detail.Epoch);
            Assert.Equal(package.ContentSets, detail.ContentSets);
            Assert.True(detail.Size > 0);
            Assert.NotNull(detail.BuildDate);
        }
    }

    [Fact]
    public void An_unknown_checksum_is_a_per_input_RhsmPackageNotFound()
    {
        Connect();
        var known = Run("Get-RhsmErratum -First 1 | Get-RhsmErratumPackage -First 1").OutputOf<RhsmErratumPackage>().Single().Checksum;
        var unknown = Sha256("no-such-package-0:1-1.el9.x86_64");
        var result = Run("Get-RhsmPackage -Checksum $sums", new Dictionary<string, object?> { ["sums"] = new[] { unknown, known } });
        Assert.Equal("RhsmPackageNotFound,RedHatApi.Commands.Rhsm.GetRhsmPackageCommand", Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal(unknown, result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Contains("SHA-256", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(known, Assert.Single(result.OutputOf<RhsmPackageDetail>()).Checksum);
    }

    [Fact]
    public void Content_set_packages_page_at_100_and_Name_filters_on_the_client()
    {
        Connect();
        var first = Run($"Get-RhsmPackage -ContentSet {ContentSet} -Arch x86_64 -First 120").OutputOf<RhsmPackageDetail>();
        Assert.Equal(120, first.Count);
        Assert.All(first, p => Assert.Contains(ContentSet, p.ContentSets));
        Assert.All(first, p => Assert.Equal("x86_64", p.Arch));
        Assert.All(first, p => Assert.NotNull(p.DownloadHref));
        Assert.Equal("limit=100&offset=0", Requests("packages/cset/")[0].Split('?')[1]);

        var named = Run($"Get-RhsmPackage -ContentSet {ContentSet} -Arch x86_64 -Name 'openssl*' -First 7").OutputOf<RhsmPackageDetail>();
        Assert.Equal(7, named.Count);
        Assert.All(named, p => Assert.StartsWith("openssl", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Latest_keeps_the_newest_build_of_each_name()
    {
        Connect();
        Sandbox.ClearRequests();
        var latest = Run($"Get-RhsmPackage -ContentSet {ContentSet} -Arch x86_64 -Latest").OutputOf<RhsmPackageDetail>();
        Assert.All(Requests("packages/cset/"), p => Assert.Contains("filter=latest", p, StringComparison.Ordinal));
        Assert.NotEmpty(latest);
        Assert.Equal(latest.Count, latest.Select(p => p.Name).Distinct().Count());

        var builds = Run($"Get-RhsmPackage -ContentSet {ContentSet} -Arch x86_64 -Name sudo").OutputOf<RhsmPackageDetail>();
        Assert.True(builds.Count > 1, builds.Count + " sudo builds");
        static int Build(RhsmPackageDetail p) => int.Parse(p.Release!.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(builds.Max(Build), Build(latest.Single(p => p.Name == "sudo")));
    }

    [Fact]
    public void Get_RhsmPackage_PageSize_over_100_is_refused_before_sending()
    {
        Connect();
        var result = Run($"Get-RhsmPackage -ContentSet {ContentSet} -Arch x86_64 -PageSize 101");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(Requests("packages"));
    }

    [Fact]
    public void A_limit_over_the_content_set_cap_is_capped_silently()
    {
        Connect();
        Settings(new { overCap = "Cap" });
        var result = Run($"Invoke-RedHatApiRequest -Api Rhsm -Path errata/cset/{ContentSet}/arch/x86_64 -All -PageSize 150");
        Assert.Empty(result.ErrorIds);
        var errata = Run($"Get-RhsmErratum -ContentSet {ContentSet} -Arch x86_64").OutputOf<RhsmErratumSummary>();
        Assert.True(errata.Count > 150, errata.Count + " errata");
        Assert.Equal(errata.Count, result.Output.Count);
    }
}

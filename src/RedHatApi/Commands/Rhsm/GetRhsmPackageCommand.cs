using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets Red Hat packages by checksum, or the packages of a content set.</para>
/// <para type="description">Gets package details by SHA-256 checksum (GET /packages/{checksum}), or lists the packages of a content set and architecture page by page (GET /packages/cset/{cs}/arch/{arch}), optionally only the latest build of each name.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmPackage", DefaultParameterSetName = ChecksumSet, SupportsPaging = true)]
[OutputType(typeof(RhsmPackageDetail))]
public sealed class GetRhsmPackageCommand : RhsmFilteredListCommand
{
    private const string ChecksumSet = "Checksum";
    private const string ContentSetSet = "ContentSet";

    /// <summary>SHA-256 checksums of the packages; binds from Get-RhsmErratumPackage output by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ChecksumSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Sha256")]
    [ValidateNotNullOrEmpty]
    public string[] Checksum { get; set; } = Array.Empty<string>();

    /// <summary>The content set (repository label) whose packages to list, for example rhel-9-for-x86_64-baseos-rpms.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ContentSetSet)]
    [ValidateNotNullOrEmpty]
    public string? ContentSet { get; set; }

    /// <summary>The architecture within the content set, for example x86_64.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ContentSetSet)]
    [ValidateNotNullOrEmpty]
    public string? Arch { get; set; }

    /// <summary>Only packages whose name matches this wildcard pattern; filtered here, as the API has no such filter.</summary>
    [Parameter(ParameterSetName = ContentSetSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string? Name { get; set; }

    /// <summary>Only the newest build of each package name (the API's filter=latest).</summary>
    [Parameter(ParameterSetName = ContentSetSet)]
    public SwitchParameter Latest { get; set; }

    /// <summary>Packages per request, 1 to 100 (the API's maximum; its own default is 50).</summary>
    [Parameter(ParameterSetName = ContentSetSet)]
    [ValidateRange(1, RhsmClient.ContentSetPageCap)]
    public int PageSize { get; set; } = RhsmClient.ContentSetPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        if (ParameterSetName == ContentSetSet)
        {
            var pattern = Name is null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            await WriteMatchingAsync(
                (page, ct) => client.GetContentSetPackagesPageAsync(ContentSet!, Arch!, Latest.IsPresent, page, ct),
                PageSize,
                pattern is null ? null : p => pattern.IsMatch(p.Name),
                cancellationToken);
            return;
        }

        await ForEachInputAsync(Checksum, async checksum => WriteObject(await client.GetPackageAsync(checksum, cancellationToken)));
    }
}

using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the RHEL images (ISOs, guest images) RHSM offers for download.</para>
/// <para type="description">Lists the images of a content set page by page, or all images of one RHEL version and architecture. Pipe them to Save-RhsmImage.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmImage", DefaultParameterSetName = ContentSetSet, SupportsPaging = true)]
[OutputType(typeof(RhsmImage))]
public sealed class GetRhsmImageCommand : RedHatApiCmdlet
{
    private const string ContentSetSet = "ContentSet";
    private const string VersionSet = "Version";

    /// <summary>The content set, for example rhel-9-for-x86_64-baseos-isos.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ContentSetSet, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] ContentSet { get; set; } = Array.Empty<string>();

    /// <summary>Images per request, 1 to 100 (the API's maximum, and the default here; the API's own default is 25).</summary>
    [Parameter(ParameterSetName = ContentSetSet)]
    [ValidateRange(1, RhsmClient.ImagesPageCap)]
    public int PageSize { get; set; } = RhsmClient.ImagesPageCap;

    /// <summary>A RHEL version, major.minor: 8.10, 9.4, 10.0.</summary>
    [Parameter(Mandatory = true, ParameterSetName = VersionSet)]
    [ValidatePattern(@"^\d+\.\d+$")]
    public string? Version { get; set; }

    /// <summary>The architecture: x86_64, aarch64, ppc64le or s390x.</summary>
    [Parameter(Mandatory = true, ParameterSetName = VersionSet)]
    [ValidateSet("x86_64", "aarch64", "ppc64le", "s390x")]
    public string? Arch { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        if (ParameterSetName == ContentSetSet)
        {
            await WritePagedPerInputAsync<string, RhsmImage>(
                ContentSet, contentSet => (page, ct) => client.GetContentSetImagesPageAsync(contentSet, page, ct), PageSize, cancellationToken);
            return;
        }

        // This endpoint is not paged: the whole list comes at once, and -Skip/-First apply to it here.
        var images = await client.GetImagesAsync(Version!, Arch!, cancellationToken);
        var paging = PagingParameters;
        if (paging.IncludeTotalCount)
        {
            WriteObject(paging.NewTotalCount((ulong)images.Count, 1.0));
        }

        var first = paging.First > int.MaxValue ? int.MaxValue : (int)paging.First;
        var skip = paging.Skip > int.MaxValue ? int.MaxValue : (int)paging.Skip;
        foreach (var image in images.Skip(skip).Take(first))
        {
            WriteObject(image);
        }
    }
}

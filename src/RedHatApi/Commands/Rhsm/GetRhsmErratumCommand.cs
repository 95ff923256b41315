using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets Red Hat advisories: the organisation's errata, those of a content set, or advisories by id.</para>
/// <para type="description">Lists the errata that apply to at least one of the organisation's systems, or the errata of a content set and architecture, page by page; or gets the full details of advisories by id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmErratum", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RhsmErratumSummary), ParameterSetName = new[] { ListSet, ContentSetSet })]
[OutputType(typeof(RhsmErratumDetail), ParameterSetName = new[] { IdSet })]
public sealed class GetRhsmErratumCommand : RhsmFilteredListCommand
{
    private const string ListSet = "List";
    private const string IdSet = "Id";
    private const string ContentSetSet = "ContentSet";

    /// <summary>Advisory ids to get in full; binds from the Id of Get-RhsmErratum and Get-RhsmSystemErratum output.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AdvisoryId", "ErratumId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The content set (repository label) whose errata to list, for example rhel-9-for-x86_64-baseos-rpms.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ContentSetSet)]
    [ValidateNotNullOrEmpty]
    public string? ContentSet { get; set; }

    /// <summary>The architecture within the content set, for example x86_64.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ContentSetSet)]
    [ValidateNotNullOrEmpty]
    public string? Arch { get; set; }

    /// <summary>Only advisories of these types; filtered here, as the API has no such filter.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ContentSetSet)]
    [ValidateSet("Security", "Bugfix", "Enhancement")]
    public string[]? Type { get; set; }

    /// <summary>Only advisories of these severities (None for non-security advisories); filtered here.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ContentSetSet)]
    [ValidateSet("Critical", "Important", "Moderate", "Low", "None")]
    public string[]? Severity { get; set; }

    /// <summary>Errata per request: 1 to 1000 for the organisation list (its maximum, and the default), at most 100 for a content set.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ContentSetSet)]
    [ValidateRange(1, RhsmClient.ErrataPageCap)]
    public int PageSize { get; set; } = RhsmClient.ErrataPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        switch (ParameterSetName)
        {
            case ListSet:
                await WriteMatchingAsync((page, ct) => client.GetErrataPageAsync(page, ct), PageSize, Filter(), cancellationToken);
                break;
            case ContentSetSet:
                await WriteMatchingAsync(
                    (page, ct) => client.GetContentSetErrataPageAsync(ContentSet!, Arch!, page, ct), ContentSetPageSize(), Filter(), cancellationToken);
                break;
            default:
                await ForEachInputAsync(Id, async id => WriteObject(await client.GetErratumAsync(id, cancellationToken)));

                break;
        }
    }

    /// <summary>Content-set listings allow 100 per page; an unset -PageSize means that maximum.</summary>
    private int ContentSetPageSize()
    {
        if (!MyInvocation.BoundParameters.ContainsKey(nameof(PageSize)))
        {
            return RhsmClient.ContentSetPageCap;
        }

        return PageSize <= RhsmClient.ContentSetPageCap
            ? PageSize
            : throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.ContentSetPageSizeTooLarge, PageSize, RhsmClient.ContentSetPageCap));
    }

    /// <summary>The client-side filter of -Type and -Severity; null when neither is given.</summary>
    private Func<RhsmErratumSummary, bool>? Filter()
    {
        if (Type is null && Severity is null)
        {
            return null;
        }

        return e => (Type is null || Type.Any(t => IsOfType(e.Type, t)))
            && (Severity is null || Severity.Any(s => string.Equals(s, e.Severity, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Security Advisory, Bug Fix Advisory, Product Enhancement Advisory: matched on the word that tells them apart.</summary>
    private static bool IsOfType(string? type, string wanted) => type is not null && wanted.ToUpperInvariant() switch
    {
        "SECURITY" => type.IndexOf("Security", StringComparison.OrdinalIgnoreCase) >= 0,
        "BUGFIX" => type.IndexOf("Bug Fix", StringComparison.OrdinalIgnoreCase) >= 0 || type.IndexOf("Bugfix", StringComparison.OrdinalIgnoreCase) >= 0,
        _ => type.IndexOf("Enhancement", StringComparison.OrdinalIgnoreCase) >= 0,
    };
}

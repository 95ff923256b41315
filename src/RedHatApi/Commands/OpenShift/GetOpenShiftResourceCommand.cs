using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gets cluster objects of any kind (ConfigMap, Pod, Deployment...), by name or as a list filtered by label and field selectors.</para>
/// <para type="description">Discovery maps -ApiVersion and -Kind to the resource's URL (cached per cluster connection). Lists stream with the API's limit/continue paging (-PageSize per request, -First, -Skip, -IncludeTotalCount); a list read more slowly than the cluster keeps its snapshot ends with ListingIncomplete around OpenShiftContinueExpired (410): run it again. Objects are PSCustomObjects of the JSON typed RedHatApi.OpenShift.&lt;Kind&gt;.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "OpenShiftResource", SupportsPaging = true, DefaultParameterSetName = NamespaceSet)]
[OutputType("RedHatApi.OpenShift.Resource")]
public sealed class GetOpenShiftResourceCommand : OpenShiftCmdlet
{
    private const string NamespaceSet = "Namespace";
    private const string AllNamespacesSet = "AllNamespaces";

    /// <summary>The kind's API version: v1 for the core group, else group/version (apps/v1).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string ApiVersion { get; set; } = string.Empty;

    /// <summary>The kind (ConfigMap, Pod, Deployment...); the plural resource name (pods) works too.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftKindCompleter))]
    public string Kind { get; set; } = string.Empty;

    /// <summary>Names to read one by one (a missing one is OpenShiftObjectNotFound and the others go on). Without it, the list.</summary>
    [Parameter(Position = 2)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>The namespace; default the kubeconfig context's, else "default". Ignored for cluster-scoped kinds.</summary>
    [Parameter(ParameterSetName = NamespaceSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <summary>Lists the kind in every namespace.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllNamespacesSet)]
    public SwitchParameter AllNamespaces { get; set; }

    /// <summary>Only objects whose labels match, in the API's syntax: app=web, tier!=db, team.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LabelSelector { get; set; }

    /// <summary>Only objects whose fields match, in the API's syntax: metadata.name=web-0, status.phase!=Running (which fields depends on the kind).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? FieldSelector { get; set; }

    /// <summary>Items per request (the API's limit); default 500, as kubectl uses.</summary>
    [Parameter]
    [ValidateRange(1, OpenShiftClient.MaxPageSize)]
    public int PageSize { get; set; } = OpenShiftClient.DefaultPageSize;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var resource = await client.ResolveKindAsync(ApiVersion, Kind, cancellationToken);
        var ns = AllNamespaces || !resource.Namespaced ? null : client.NamespaceOrDefault(Namespace);
        if (Name is not null)
        {
            await ForEachInputAsync(Name, async name => WriteObject(KubeObjectOutput.ToPSObject(await client.GetObjectAsync(resource, ns, name, cancellationToken))));

            return;
        }

        await WritePagedAsync(
            (page, ct) => client.ListObjectsPageAsync(resource, ns, LabelSelector, FieldSelector, page, ct),
            PageSize,
            cancellationToken,
            KubeObjectOutput.ToPSObject,
            mode: OpenShiftClient.ListPaging);
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Kind;
}

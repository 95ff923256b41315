using System;
using System.Management.Automation;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;
using RedHatApi.Properties;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Streams changes to cluster objects (ADDED, MODIFIED, DELETED) as they happen, until Ctrl+C or -TimeoutSec.</para>
/// <para type="description">GET {collection}?watch=1: each event is written as it arrives. When the server ends the stream (its timeoutSeconds, -StreamTimeoutSec), the watch reopens from the last resourceVersion seen (events and bookmarks), so nothing is lost or repeated. A resourceVersion the cluster no longer keeps (410 Gone) makes it list again and go on from the list's resourceVersion, with a warning. Without -ResourceVersion the cluster first sends every current object as ADDED.</para>
/// </summary>
[Cmdlet(VerbsCommon.Watch, "OpenShiftResource")]
[OutputType(typeof(OpenShiftWatchEvent))]
public sealed class WatchOpenShiftResourceCommand : OpenShiftCmdlet
{
    /// <summary>The kind's API version: v1 for the core group, else group/version (apps/v1).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string ApiVersion { get; set; } = string.Empty;

    /// <summary>The kind (ConfigMap, Pod, Deployment...); the plural resource name works too.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftKindCompleter))]
    public string Kind { get; set; } = string.Empty;

    /// <summary>Watch one object by name (a metadata.name field selector).</summary>
    [Parameter(Position = 2)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>The namespace; default the kubeconfig context's, else "default".</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <summary>Watch the kind in every namespace.</summary>
    [Parameter]
    public SwitchParameter AllNamespaces { get; set; }

    /// <summary>Only objects whose labels match: app=web, tier!=db, team.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LabelSelector { get; set; }

    /// <summary>Start after this resourceVersion (from a list or an earlier event): only later changes are sent.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ResourceVersion { get; set; }

    /// <summary>Stop after this many seconds (default: until Ctrl+C).</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int TimeoutSec { get; set; }

    /// <summary>How long each watch request asks the server to keep the stream open (timeoutSeconds) before it is reopened; default 300.</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int StreamTimeoutSec { get; set; } = 300;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var resource = await client.ResolveKindAsync(ApiVersion, Kind, cancellationToken);
        var ns = AllNamespaces || !resource.Namespaced ? null : client.NamespaceOrDefault(Namespace);
        var fieldSelector = Name is null ? null : "metadata.name=" + Name;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (TimeoutSec > 0)
        {
            deadline.CancelAfter(TimeSpan.FromSeconds(TimeoutSec));
        }

        var resourceVersion = ResourceVersion;
        try
        {
            while (true)
            {
                try
                {
                    using var stream = await client.OpenWatchAsync(resource, ns, LabelSelector, fieldSelector, resourceVersion, StreamTimeoutSec, deadline.Token);
                    var opened = DateTimeOffset.UtcNow;
                    var gone = false;
                    while (!gone && await stream.ReadAsync(deadline.Token) is { } change)
                    {
                        var version = change.Object?["metadata"]?["resourceVersion"]?.GetValue<string>();
                        switch (change.Type)
                        {
                            case "ERROR":
                                var code = change.Object?["code"]?.GetValue<int>();
                                var message = change.Object?["message"]?.GetValue<string>() ?? string.Empty;
                                if (code != (int)HttpStatusCode.Gone)
                                {
                                    throw new RedHatApiException(ErrorIds.OpenShiftWatchFailed, Text.Format(Strings.OpenShiftWatchFailed, client.ClusterName, resource, message))
                                    {
                                        ApiErrorCode = change.Object?["reason"]?.GetValue<string>(),
                                    };
                                }

                                resourceVersion = await RelistAsync(client, resource, ns, fieldSelector, message, deadline.Token);
                                gone = true;
                                break;
                            case "BOOKMARK":
                                resourceVersion = version ?? resourceVersion;
                                break;
                            default:
                                resourceVersion = version ?? resourceVersion;
                                WriteObject(ToEvent(change.Type ?? string.Empty, change.Object, resource, version, client.ClusterName));
                                break;
                        }
                    }

                    // The server ended the stream (its timeoutSeconds): reopen from the last resourceVersion. A stream that
                    // ends at once again and again would spin, so those wait a moment first.
                    if (!gone && DateTimeOffset.UtcNow - opened < TimeSpan.FromSeconds(1))
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1), deadline.Token);
                    }

                    WriteVerbose($"The watch stream of {resource} ended; reopening from resourceVersion {resourceVersion}.");
                }
                catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.Gone)
                {
                    resourceVersion = await RelistAsync(client, resource, ns, fieldSelector, ex.Message, deadline.Token);
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            WriteVerbose($"-TimeoutSec {TimeoutSec} reached; the watch of {resource} stops.");
        }
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => Kind;

    /// <summary>410 Gone: the cluster no longer keeps that resourceVersion; list again and go on from the list's.</summary>
    private async Task<string?> RelistAsync(OpenShiftClient client, KubeResource resource, string? ns, string? fieldSelector, string message, CancellationToken cancellationToken)
    {
        var fresh = await client.ListResourceVersionAsync(resource, ns, LabelSelector, fieldSelector, cancellationToken);
        WriteWarning(Text.Format(Strings.OpenShiftWatchExpired, resource.Kind, client.ClusterName, message, fresh));
        return fresh;
    }

    private static OpenShiftWatchEvent ToEvent(string type, JsonObject? item, KubeResource resource, string? version, string cluster)
    {
        var metadata = item?["metadata"] as JsonObject;
        return new OpenShiftWatchEvent(
            type,
            KubeObjectOutput.ToPSObject(item),
            item?["kind"]?.GetValue<string>() ?? resource.Kind,
            metadata?["namespace"]?.GetValue<string>(),
            metadata?["name"]?.GetValue<string>() ?? string.Empty,
            version,
            cluster,
            DateTimeOffset.UtcNow);
    }
}

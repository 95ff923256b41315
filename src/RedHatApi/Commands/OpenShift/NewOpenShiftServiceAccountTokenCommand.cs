using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gets a new, time-limited token for a service account (a TokenRequest), like oc create token.</para>
/// <para type="description">POST …/serviceaccounts/{name}/token. The output carries the token as a SecureString (a String with -AsPlainText) and ExpiresAt as the cluster granted it, which can be sooner than -Duration asked: clusters cap durations. The token is stored nowhere on the cluster; it stops working when it expires, or when the service account or the bound object is deleted.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "OpenShiftServiceAccountToken", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UnboundSet)]
[OutputType(typeof(OpenShiftServiceAccountToken))]
public sealed class NewOpenShiftServiceAccountTokenCommand : OpenShiftCmdlet
{
    private const string UnboundSet = "Unbound";
    private const string BoundSet = "Bound";

    /// <summary>The service account's name; binds from Get-OpenShiftServiceAccount (Name).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftServiceAccountCompleter))]
    public string ServiceAccount { get; set; } = string.Empty;

    /// <summary>The namespace; default the kubeconfig context's, else "default".</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftNamespaceCompleter))]
    public string? Namespace { get; set; }

    /// <summary>How long the token should be valid: 10 minutes at least (checked before anything is sent); default the cluster's, one hour. The cluster may grant less.</summary>
    [Parameter]
    [ValidateTokenDuration]
    public TimeSpan? Duration { get; set; }

    /// <summary>Audiences the token is for; default the API server's own.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Audience { get; set; }

    /// <summary>Binds the token to a Pod or Secret: it stops working when that object is deleted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = BoundSet)]
    [ValidateSet("Pod", "Secret")]
    public string? BoundObjectKind { get; set; }

    /// <summary>The bound object's name (in the same namespace).</summary>
    [Parameter(Mandatory = true, ParameterSetName = BoundSet)]
    [ValidateNotNullOrEmpty]
    public string? BoundObjectName { get; set; }

    /// <summary>The bound object's uid (metadata.uid); the cluster refuses the request when it does not match.</summary>
    [Parameter(ParameterSetName = BoundSet)]
    [ValidateNotNullOrEmpty]
    public string? BoundObjectUid { get; set; }

    /// <summary>Outputs the token as a String instead of a SecureString, for tools that need it on their command line.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var ns = client.NamespaceOrDefault(Namespace);
        var bound = BoundObjectKind is null ? null : new BoundObjectReferenceWire { Kind = BoundObjectKind, ApiVersion = "v1", Name = BoundObjectName, Uid = BoundObjectUid };
        long? seconds = Duration is { } duration ? (long)Math.Ceiling(duration.TotalSeconds) : null;
        var audiences = Audience ?? Array.Empty<string>();
        var request = client.TokenRequest(ns, ServiceAccount, seconds, audiences, bound);
        if (!ShouldProcessRequest(request, $"Request a token for service account {ns}/{ServiceAccount}"))
        {
            return;
        }

        await PerInputAsync(ns + "/" + ServiceAccount, async () =>
        {
            var grant = await client.RequestTokenAsync(ns, ServiceAccount, audiences, bound, request, cancellationToken);
            WriteObject(new OpenShiftServiceAccountToken(
                ns,
                ServiceAccount,
                ServiceAccountTokenOutput.Wrap(grant.Token, AsPlainText),
                "TokenRequest",
                grant.IssuedAt,
                grant.ExpiresAt,
                Duration,
                grant.Audiences.ToList(),
                grant.BoundObject?.Kind,
                grant.BoundObject?.Name,
                grant.BoundObject?.Uid,
                null,
                client.ClusterName));
        });
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => ServiceAccount;
}

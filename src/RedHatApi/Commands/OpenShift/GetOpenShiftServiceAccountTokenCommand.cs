using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;
using RedHatApi.Polling;
using RedHatApi.Properties;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gets the long-lived token of a service account's legacy token secret (clusters before OpenShift 4.11).</para>
/// <para type="description">Finds the account's kubernetes.io/service-account-token secret and returns its token, waiting up to -TimeoutSec for the token controller to fill a new one. OpenShift 4.11 and later create no such secret: that is a LegacyTokenUnavailable error naming New-OpenShiftServiceAccountToken, which is the way to get a token there.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "OpenShiftServiceAccountToken")]
[OutputType(typeof(OpenShiftServiceAccountToken))]
public sealed class GetOpenShiftServiceAccountTokenCommand : OpenShiftCmdlet
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

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

    /// <summary>Seconds to wait for the token controller to fill a new token secret; default 10, 0 does not wait.</summary>
    [Parameter]
    [ValidateRange(0, 600)]
    public int TimeoutSec { get; set; } = 10;

    /// <summary>Outputs the token as a String instead of a SecureString.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var ns = client.NamespaceOrDefault(Namespace);
        await PerInputAsync(ns + "/" + ServiceAccount, async () => WriteObject(await ReadAsync(client, ns, cancellationToken)));
    }

    private async Task<OpenShiftServiceAccountToken> ReadAsync(OpenShiftClient client, string ns, CancellationToken cancellationToken)
    {
        // The account first: a missing account is OpenShiftObjectNotFound, not "no token secret".
        var account = await client.GetServiceAccountAsync(ns, ServiceAccount, cancellationToken);
        var secrets = await client.GetTokenSecretsAsync(ns, ServiceAccount, cancellationToken);
        var secret = secrets.FirstOrDefault(s => account.Secrets.Contains(s.Metadata?.Name ?? string.Empty)) ?? (secrets.Count > 0 ? secrets[0] : null);
        if (secret is null)
        {
            throw new RedHatApiException(
                ErrorIds.LegacyTokenUnavailable, Text.Format(Strings.LegacyTokenUnavailable, ns + "/" + ServiceAccount, client.ClusterName, ns, ServiceAccount))
            {
                Target = ns + "/" + ServiceAccount,
                IsPerInput = true,
            };
        }

        var name = secret.Metadata?.Name ?? string.Empty;
        var token = OpenShiftClient.TokenOf(secret);
        if (token is null)
        {
            // The token controller fills data.token shortly after the secret is created.
            var wait = await Poller.RunAsync(
                new PollSchedule(PollInterval, TimeSpan.FromSeconds(TimeoutSec)),
                async ct => OpenShiftClient.TokenOf(await client.GetSecretAsync(ns, name, ct)),
                filled => filled is null ? PollVerdict.Continue : PollVerdict.Done,
                null,
                cancellationToken);
            token = wait.Last;
        }

        if (token is null)
        {
            throw new RedHatApiException(ErrorIds.LegacyTokenUnavailable, Text.Format(Strings.LegacyTokenNotFilled, name, ns + "/" + ServiceAccount, TimeoutSec))
            {
                Target = ns + "/" + ServiceAccount,
                IsPerInput = true,
            };
        }

        var claims = Auth.JwtClaims.TryRead(token);
        return new OpenShiftServiceAccountToken(
            ns, ServiceAccount, ServiceAccountTokenOutput.Wrap(token, AsPlainText), "Secret", claims?.IssuedAt, claims?.ExpiresAt, null,
            Array.Empty<string>(), null, null, null, name, client.ClusterName);
    }

    /// <inheritdoc />
    protected override object? ErrorTarget => ServiceAccount;
}

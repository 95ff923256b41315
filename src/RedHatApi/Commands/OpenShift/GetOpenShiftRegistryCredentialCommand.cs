using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gets a credential for the cluster's integrated image registry from the session's cluster token, like oc registry login.</para>
/// <para type="description">The registry host is the first of images.config.openshift.io/cluster status.externalRegistryHostnames (the registry's default route), or -Registry. The user name is the current user's (kube:admin becomes kubeadmin: a registry user name cannot hold a colon; a service-account token gets 'serviceaccount', as OpenShift expects); the password is the session's current cluster token, so the credential stops working when that token expires or is revoked. Output: a PSCredential (with Registry and Cluster note properties), or with -AsDockerConfigJson a docker config JSON string that CONTAINS THE TOKEN IN CLEAR (base64 is no protection): write it only to a file with restricted access or pipe it straight to the tool that needs it.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "OpenShiftRegistryCredential", DefaultParameterSetName = CredentialSet)]
[OutputType(typeof(PSCredential), ParameterSetName = new[] { CredentialSet })]
[OutputType(typeof(string), ParameterSetName = new[] { DockerConfigSet })]
public sealed class GetOpenShiftRegistryCredentialCommand : OpenShiftCmdlet
{
    private const string CredentialSet = "PSCredential";
    private const string DockerConfigSet = "DockerConfigJson";

    /// <summary>The registry host (host or host:port) to use instead of the one the cluster publishes.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Registry { get; set; }

    /// <summary>Output a PSCredential (the default).</summary>
    [Parameter(ParameterSetName = CredentialSet)]
    public SwitchParameter AsPSCredential { get; set; }

    /// <summary>Output a docker config JSON string ({"auths":{"host":{"auth":"..."}}}) for podman, skopeo, docker or a pull secret. It contains the token in clear.</summary>
    [Parameter(Mandatory = true, ParameterSetName = DockerConfigSet)]
    public SwitchParameter AsDockerConfigJson { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Registry ?? Cluster;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ResolveClient();
        var registry = Registry is { } given
            ? HostOf(given)
            : await client.GetExternalRegistryHostAsync(cancellationToken)
                ?? throw new RedHatApiException(ErrorIds.OpenShiftRegistryNotExposed, Text.Format(Strings.OpenShiftRegistryNotExposed, client.ClusterName)) { Target = client.ClusterName };

        // Who first: that request also refreshes (or logs in again for) the token when it is due.
        var user = await client.GetCurrentUserAsync(cancellationToken);
        var token = await client.Cluster.Tokens.GetAsync(cancellationToken);
        var userName = RegistryUserName(user.Name);
        WriteVerbose($"Registry {registry}, user {userName}; the password is the session's token for {client.ClusterName}.");

        if (AsDockerConfigJson)
        {
            WriteObject(OpenShiftClient.DockerConfigJson(registry, userName, token.Value));
            return;
        }

        using var secret = SecretValue.FromPlain(token.Value);
        var credential = new PSObject(new PSCredential(userName, secret.RevealSecure()));
        credential.Properties.Add(new PSNoteProperty("Registry", registry));
        credential.Properties.Add(new PSNoteProperty("Cluster", client.ClusterName));
        WriteObject(credential);
    }

    /// <summary>
    /// The registry accepts any user name with a valid token, but clients split user:password at the first colon,
    /// so kube:admin would turn into user "kube"; a service account is "serviceaccount", as oc registry login does.
    /// </summary>
    internal static string RegistryUserName(string clusterUser)
    {
        if (clusterUser.StartsWith("system:serviceaccount:", StringComparison.Ordinal))
        {
            return "serviceaccount";
        }

        var name = clusterUser.Replace(":", string.Empty);
        return name.Length == 0 ? "unknown" : name;
    }

    /// <summary>host[:port] of what the user typed, also when it came as a URL.</summary>
    private static string HostOf(string registry) =>
        registry.Contains("://") && Uri.TryCreate(registry, UriKind.Absolute, out var uri) ? uri.Authority : registry.TrimEnd('/');
}

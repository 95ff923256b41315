using System.Management.Automation;
using System.Security;
using System.Text.Json;
using RedHatApi.Auth;
using RedHatApi.Commands.Assisted;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// Connect-RedHatApi -PullSecret / -PullSecretPath: the agent credential of the Assisted Installer. The agent token is
/// the "auth" value of the pull secret's cloud.openshift.com entry, which the discovery agent sends as X-Secret-Key
/// and the service checks with the account manager. It is static (never refreshed) and serves agent-facing calls only.
/// </summary>
internal static class PullSecretCredential
{
    /// <summary>The slot key, and what Get-RedHatApiSession shows as the credential's client.</summary>
    internal const string SlotName = "pull-secret";

    private const string AgentRegistry = "cloud.openshift.com";

    internal static CredentialSlot Create(PSCmdlet cmdlet, SecureString? secret, string? path)
    {
        var text = PullSecretReader.Read(cmdlet, secret, path);
        var token = AgentToken(text) ?? throw new RedHatApiException(
            ErrorIds.InvalidPullSecret, Text.Format(Strings.InvalidPullSecret, Strings.PullSecretNoAgentToken)) { Target = path };
        return new CredentialSlot(SlotName, CredentialKind.PullSecret, new[] { ApiName.Assisted }, new TokenCache(new StaticTokenSource(SecretValue.FromPlain(token))));
    }

    private static string? AgentToken(string pullSecret)
    {
        using var doc = JsonDocument.Parse(pullSecret);
        return doc.RootElement.GetProperty("auths").TryGetProperty(AgentRegistry, out var entry) &&
            entry.ValueKind == JsonValueKind.Object &&
            entry.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.String &&
            auth.GetString() is { Length: > 0 } value
            ? value
            : null;
    }
}

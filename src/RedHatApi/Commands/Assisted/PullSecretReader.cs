using System;
using System.IO;
using System.Management.Automation;
using System.Security;
using System.Text.Json;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Reads a pull secret from -PullSecret (SecureString) or -PullSecretPath (the file console.redhat.com hands out)
/// and checks it is the JSON document with an "auths" map before anything is sent. The text only ever goes into
/// the request body: never into output, messages or logs.
/// </summary>
internal static class PullSecretReader
{
    internal static string Read(PSCmdlet cmdlet, SecureString? secret, string? path)
    {
        string text;
        if (secret is not null)
        {
            text = SecretValue.ToPlain(secret);
        }
        else
        {
            var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            try
            {
                text = File.ReadAllText(resolved);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw Invalid(Text.Format(Strings.PullSecretFileUnreadable, resolved, ex.Message), path);
            }
        }

        text = text.Trim();
        if (!IsPullSecret(text))
        {
            throw Invalid(Strings.InvalidPullSecretNotJson, path);
        }

        return text;
    }

    private static bool IsPullSecret(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object &&
                doc.RootElement.TryGetProperty("auths", out var auths) && auths.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static RedHatApiException Invalid(string why, string? path) =>
        new(ErrorIds.InvalidPullSecret, Text.Format(Strings.InvalidPullSecret, why)) { Target = path };
}

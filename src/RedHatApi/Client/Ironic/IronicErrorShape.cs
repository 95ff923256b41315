using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// Ironic's failures: error bodies are <c>{"error_message": "&lt;JSON string with faultstring&gt;"}</c>, JSON inside a
/// string, read twice with the raw string as fallback. The endpoint of the failed request picks the id: a lookup 404
/// is IronicNodeNotFound with the restrict_lookup / fast_track hint, a heartbeat 400 about the token is
/// IronicAgentTokenRequired or IronicAgentTokenInvalid, 406 is IronicApiVersionUnsupported with the served range.
/// </summary>
internal sealed class IronicErrorShape : IApiErrorShape
{
    private const string MinimumHeader = "X-OpenStack-Ironic-API-Minimum-Version";
    private const string MaximumHeader = "X-OpenStack-Ironic-API-Maximum-Version";

    internal IronicErrorShape(Uri baseUrl)
    {
        DisplayName = Text.Format(Strings.IronicDisplayName, baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    public string DisplayName { get; }

    /// <summary>The faultstring of an Ironic error body: error_message holds JSON as a string (or, rarely, an object).</summary>
    internal static string? FaultOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error_message", out var message))
        {
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("faultstring", out var direct) ? direct.GetString() : null;
        }

        if (message.ValueKind == JsonValueKind.Object)
        {
            return message.TryGetProperty("faultstring", out var fault) ? fault.GetString() : message.GetRawText();
        }

        var text = message.ValueKind == JsonValueKind.String ? message.GetString() : message.GetRawText();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(text!);
            return inner.RootElement.ValueKind == JsonValueKind.Object && inner.RootElement.TryGetProperty("faultstring", out var fault)
                ? fault.GetString()
                : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    public async Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken)
    {
        var shared = await ApiErrorReader.ReadAsync(response, DisplayName, FaultOf, target, cancellationToken).ConfigureAwait(false);
        var code = (int)response.StatusCode;
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty;
        var fault = await FaultTextAsync(response).ConfigureAwait(false);
        string? id = null;
        string? message = null;
        var perInput = false;

        if (code == 406)
        {
            var sent = response.RequestMessage?.Headers.TryGetValues(IronicClient.VersionHeader, out var values) == true ? values.First() : "?";
            id = ErrorIds.IronicApiVersionUnsupported;
            message = Text.Format(Strings.IronicApiVersionUnsupported, DisplayName, sent, Header(response, MinimumHeader), Header(response, MaximumHeader));
        }
        else if (code == 404 && path.EndsWith("/v1/lookup", StringComparison.Ordinal))
        {
            id = ErrorIds.IronicNodeNotFound;
            message = Text.Format(Strings.IronicLookupNotFound, target, fault);
            perInput = true;
        }
        else if (code == 404 && (path.Contains("/v1/nodes/") || path.Contains("/v1/heartbeat/")))
        {
            id = ErrorIds.IronicNodeNotFound;
            message = Text.Format(Strings.IronicNodeNotFound, target, fault);
            perInput = true;
        }
        else if (code == 400 && path.Contains("/v1/heartbeat/") && IsTokenFault(fault, out var required))
        {
            id = required ? ErrorIds.IronicAgentTokenRequired : ErrorIds.IronicAgentTokenInvalid;
            message = Text.Format(required ? Strings.IronicAgentTokenRequired : Strings.IronicAgentTokenInvalid, target, fault);
            perInput = true;
        }
        else if (code == 409)
        {
            id = ErrorIds.IronicNodeLocked;
            message = Text.Format(Strings.IronicNodeLocked, target, fault);
            perInput = true;
        }

        return id is null
            ? shared
            : new RedHatApiException(id, message!)
            {
                StatusCode = shared.StatusCode,
                RequestId = shared.RequestId,
                ResponseExcerpt = shared.ResponseExcerpt,
                Target = target,
                IsPerInput = perInput,
            };
    }

    /// <summary>
    /// Ironic words its token refusals (ironic/api/controllers/v1/ramdisk.py): "Agent token is required…" when none
    /// was sent, "Invalid or missing agent token received." and, without agent_version, "Agent did not transmit a version".
    /// </summary>
    internal static bool IsTokenFault(string? fault, out bool required)
    {
        required = false;
        if (fault is null)
        {
            return false;
        }

        if (fault.IndexOf("token is required", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            required = true;
            return true;
        }

        return fault.IndexOf("agent token", StringComparison.OrdinalIgnoreCase) >= 0 ||
               fault.IndexOf("did not transmit a version", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : "?";

    private static async Task<string> FaultTextAsync(HttpResponseMessage response)
    {
        if (response.Content is null)
        {
            return response.ReasonPhrase ?? string.Empty;
        }

        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(body);
            return Http.Redactor.Body(FaultOf(doc.RootElement) ?? response.ReasonPhrase ?? string.Empty, 512);
        }
        catch (JsonException)
        {
            return Http.Redactor.Body(body, 200);
        }
    }
}

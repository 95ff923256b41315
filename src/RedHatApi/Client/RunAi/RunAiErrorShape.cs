using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// Run:ai's failures: bodies are <c>{"code": 403, "message": "…", "details": "…"}</c>. A 403 becomes
/// RunAiPermissionDenied naming the role the call needs (<see cref="RunAiRoles"/>); a 404 or 409 about a named
/// project, department or cluster (the client passes a <see cref="RunAiTarget"/>) becomes its per-input id.
/// </summary>
internal sealed class RunAiErrorShape : IApiErrorShape
{
    internal RunAiErrorShape(Uri baseUrl)
    {
        DisplayName = Text.Format(Strings.RunAiDisplayName, baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    public string DisplayName { get; }

    /// <summary>The message of a Run:ai error body (message, then details), or null.</summary>
    internal static string? MessageOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var details = root.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        return string.IsNullOrEmpty(details) || details == message ? message : message + " (" + details + ")";
    }

    /// <summary>The message of an error body given as text; null when it is not Run:ai's JSON.</summary>
    internal static string? MessageOf(string body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return MessageOf(doc.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken)
    {
        var shared = await ApiErrorReader.ReadAsync(response, DisplayName, MessageOf, target, cancellationToken).ConfigureAwait(false);
        var code = (int)response.StatusCode;
        var request = response.RequestMessage;
        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var apiMessage = Http.Redactor.Body(MessageOf(body) ?? response.ReasonPhrase ?? string.Empty, 512);
        var named = target as RunAiTarget;
        string? id = null;
        string? message = null;
        var perInput = false;

        if (code == 403)
        {
            var role = RunAiRoles.For(request?.Method, request?.RequestUri?.AbsolutePath ?? string.Empty);
            id = ErrorIds.RunAiPermissionDenied;
            message = Text.Format(Strings.RunAiPermissionDenied, DisplayName, request?.Method + " " + Http.Redactor.Url(request?.RequestUri), apiMessage, role);
            perInput = named is not null;
        }
        else if (code == 404 && named?.NotFoundId is { } notFound)
        {
            id = notFound;
            message = Text.Format(named.NotFoundMessage!, named.Name);
            perInput = true;
        }
        else if (code == 409 && named is not null)
        {
            id = ErrorIds.RunAiNameConflict;
            message = Text.Format(Strings.RunAiNameConflict, DisplayName, named.Kind.ToLowerInvariant(), named.Name, apiMessage, named.Kind);
            perInput = true;
        }

        return id is null
            ? shared
            : new RedHatApiException(id, message!)
            {
                StatusCode = shared.StatusCode,
                RequestId = shared.RequestId,
                ResponseExcerpt = shared.ResponseExcerpt,
                Target = named?.Name ?? target,
                IsPerInput = perInput,
            };
    }
}

/// <summary>What a call is about, for its per-input errors: a project, department or cluster by id or name.</summary>
internal sealed class RunAiTarget
{
    private RunAiTarget(string kind, string name, string? notFoundId, string? notFoundMessage)
    {
        Kind = kind;
        Name = name;
        NotFoundId = notFoundId;
        NotFoundMessage = notFoundMessage;
    }

    /// <summary>"Project", "Department", "Cluster": the noun of the cmdlets.</summary>
    internal string Kind { get; }

    internal string Name { get; }

    internal string? NotFoundId { get; }

    internal string? NotFoundMessage { get; }

    internal static RunAiTarget Project(string name) => new("Project", name, ErrorIds.RunAiProjectNotFound, Strings.RunAiProjectNotFound);

    internal static RunAiTarget Department(string name) => new("Department", name, ErrorIds.RunAiDepartmentNotFound, Strings.RunAiDepartmentNotFound);

    internal static RunAiTarget Cluster(string name) => new("Cluster", name, ErrorIds.RunAiClusterNotFound, Strings.RunAiClusterNotFound);

    /// <summary>A target of another kind (a workload, a user...) with its own not-found id and message format ({0} = name).</summary>
    internal static RunAiTarget Of(string kind, string name, string? notFoundId = null, string? notFoundMessage = null) => new(kind, name, notFoundId, notFoundMessage);

    /// <inheritdoc />
    public override string ToString() => Name;
}

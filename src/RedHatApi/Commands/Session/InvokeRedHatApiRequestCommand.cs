using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Cmdlets;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// <para type="synopsis">Calls any endpoint of a Red Hat API with the session's authentication, retries, proxy and logging.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "RedHatApiRequest", DefaultParameterSetName = PathSet, SupportsShouldProcess = true,
    ConfirmImpact = ConfirmImpact.Medium, SupportsPaging = true)]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class InvokeRedHatApiRequestCommand : RedHatApiCmdlet
{
    private const string PathSet = "Path";
    private const string UriSet = "Uri";
    private const string ConnectionSet = "Connection";

    /// <summary>The API to call; its base URL and credential are used.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, Position = 0)]
    [Parameter(ParameterSetName = UriSet)]
    public ApiName Api { get; set; }

    /// <summary>The connection to call by name (Get-RedHatApiSession lists them): rhsm, assisted, cluster:&lt;name&gt;.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ConnectionSet)]
    [Parameter(ParameterSetName = UriSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.ConnectionNameCompleter))]
    public string? Connection { get; set; }

    /// <summary>Path relative to the API's base URL, for example "systems" or "/management/v1/systems".</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, ParameterSetName = ConnectionSet, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>An absolute URL under one of the session's connections; the connection whose base URL is its longest prefix is used.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UriSet)]
    [ValidateNotNull]
    public Uri? Uri { get; set; }

    /// <summary>HTTP method; default GET.</summary>
    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", IgnoreCase = true)]
    public string Method { get; set; } = "GET";

    /// <summary>Query string parameters.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Query { get; set; }

    /// <summary>Request body, sent as JSON (a string is sent as is).</summary>
    [Parameter]
    public object? Body { get; set; }

    /// <summary>Follows limit/offset paging and streams the items of every page.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>Items per page with -All; default 100.</summary>
    [Parameter]
    [ValidateRange(1, 10000)]
    public int PageSize { get; set; } = 100;

    /// <summary>Returns the response body as a string instead of objects.</summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Uri ?? (object)Path;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var connection = ConnectionOf(session);
        var url = BuildUrl(connection.BaseUrl);
        var client = new GenericApiClient(connection);

        if (All)
        {
            await WritePagedAsync((page, ct) => client.GetPageAsync(url, page, ct), PageSize, cancellationToken, JsonToPSObject.Convert);
            return;
        }

        var request = new ApiRequest(new HttpMethod(Method.ToUpperInvariant()), url, SerializeBody());
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !ShouldProcessRequest(request, "Invoke-RedHatApiRequest"))
        {
            return;
        }

        var body = await client.SendAsync(request, cancellationToken);
        if (Raw || body.Length == 0)
        {
            if (body.Length > 0)
            {
                WriteObject(body);
            }

            return;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new Errors.RedHatApiException(Errors.ErrorIds.InvalidResponse, Text.Format(Strings.NotJson, url.AbsoluteUri, ex.Message), ex) { Target = url };
        }

        using (doc)
        {
            WriteObject(JsonToPSObject.Convert(doc.RootElement), enumerateCollection: false);
        }
    }

    private Uri BuildUrl(Uri apiBase)
    {
        // "systems" is relative to the API's base; "/management/v1/systems" (a path that already starts with the
        // base path) is taken as is, so paths copied from Red Hat's documentation work too.
        var relative = Path.StartsWith(apiBase.AbsolutePath, StringComparison.Ordinal) ? Path : Path.TrimStart('/');
        var url = Uri ?? new Uri(apiBase, relative);
        if (Query is null || Query.Count == 0)
        {
            return url;
        }

        var query = string.Join("&", Query.Cast<DictionaryEntry>().Select(e =>
            System.Uri.EscapeDataString(e.Key.ToString() ?? string.Empty) + "=" + System.Uri.EscapeDataString(LanguagePrimitives.ConvertTo<string>(e.Value) ?? string.Empty)));
        return new Uri(url.AbsoluteUri + (string.IsNullOrEmpty(url.Query) ? "?" : "&") + query);
    }

    private string? SerializeBody()
    {
        if (Body is null)
        {
            return null;
        }

        if ((Body is PSObject wrapped ? wrapped.BaseObject : Body) is string text)
        {
            return text;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            JsonToPSObject.Write(writer, Body);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// -Connection by name; else -Api; else, for -Uri, the connection whose base URL is the longest prefix of it
    /// (RHSM and the Assisted Installer can share a host), so each URL gets its own API's credential.
    /// </summary>
    private RedHatApi.Session.Connection ConnectionOf(SessionCore session)
    {
        if (Connection is { } name)
        {
            return session.Named(name);
        }

        if (ParameterSetName == PathSet || MyInvocation.BoundParameters.ContainsKey(nameof(Api)))
        {
            return session.ConnectionFor(Api);
        }

        return session.ConnectionForUrl(Uri!)
            ?? throw new PSArgumentException(Text.Format(Strings.UriNotAnApiHost, Uri!.GetLeftPart(UriPartial.Authority)));
    }
}

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

    /// <summary>The API to call; its base URL and credential are used.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, Position = 0)]
    [Parameter(ParameterSetName = UriSet)]
    public ApiName Api { get; set; }

    /// <summary>Path relative to the API's base URL, for example "systems" or "/management/v1/systems".</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>An absolute URL on one of the session's API hosts.</summary>
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
        var api = ParameterSetName == UriSet && !MyInvocation.BoundParameters.ContainsKey(nameof(Api)) ? ApiFor(session, Uri!) : Api;
        var url = BuildUrl(session.Endpoints.For(api));
        var method = new HttpMethod(Method.ToUpperInvariant());
        var client = new GenericApiClient(session, api);

        if (All)
        {
            await WritePagedAsync((page, ct) => client.GetPageAsync(url, page, ct), PageSize, cancellationToken, JsonToPSObject.Convert);
            return;
        }

        if (method != HttpMethod.Get && method != HttpMethod.Head && !ShouldProcessRequest(method, url, "Invoke-RedHatApiRequest"))
        {
            return;
        }

        var body = await client.SendAsync(method, url, SerializeBody(), cancellationToken);
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

    /// <summary>The API whose base URL the absolute -Uri falls under.</summary>
    private static ApiName ApiFor(SessionCore session, Uri uri)
    {
        foreach (ApiName candidate in Enum.GetValues(typeof(ApiName)))
        {
            var apiBase = session.Endpoints.For(candidate);
            if (System.Uri.Compare(uri, apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return candidate;
            }
        }

        throw new PSArgumentException(Text.Format(Strings.UriNotAnApiHost, uri.GetLeftPart(UriPartial.Authority)));
    }
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Client;

/// <summary>
/// One request as a value: method, absolute URL and typed body. The same value feeds <c>ShouldProcess</c> (its
/// <see cref="ToString"/> is the -WhatIf text "METHOD URL") and the send, so what -WhatIf shows is what goes out.
/// </summary>
internal sealed class ApiRequest
{
    private static readonly IReadOnlyDictionary<string, string> EmptyHeaders = new Dictionary<string, string>();

    internal ApiRequest(HttpMethod method, Uri url, object? body = null)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("An API request needs an absolute URL.", nameof(url));
        }

        Method = method;
        Url = url;
        Body = body;
    }

    internal HttpMethod Method { get; }

    internal Uri Url { get; }

    /// <summary>A wire object (serialised with System.Text.Json), a JsonNode, a JSON string, or null for no body.</summary>
    internal object? Body { get; }

    /// <summary>The Accept header; null sends none.</summary>
    internal string? Accept { get; init; }

    /// <summary>Extra request headers (a family's per-call header, such as Ironic's microversion); never credentials, which the connection's authenticator adds.</summary>
    internal IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>False hands a 3xx back to the caller (a link that must be fetched without the credential).</summary>
    internal bool FollowRedirects { get; init; } = true;

    /// <summary>The request message to send (a new one each time: a message can be sent only once).</summary>
    internal HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Url);
        if (!FollowRedirects)
        {
            Http.RedirectHandler.DoNotFollow(message);
        }

        foreach (var header in Headers ?? EmptyHeaders)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (Accept is { } accept)
        {
            message.Headers.Accept.ParseAdd(accept);
        }

        if (Body is not null)
        {
            message.Content = new StringContent(BodyText(Body), Encoding.UTF8, "application/json");
        }

        return message;
    }

    /// <summary>"POST https://…/clusters", the -WhatIf target.</summary>
    public override string ToString() => Method.Method + " " + Url.AbsoluteUri;

    private static string BodyText(object body) => body switch
    {
        string json => json,
        JsonNode node => node.ToJsonString(),
        _ => JsonSerializer.Serialize(body, body.GetType()),
    };
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift.Protobuf;

/// <summary>
/// Middleware on the cluster port: a request body in Kubernetes protobuf becomes the same object as JSON before the
/// route's handler reads it, so every handler speaks JSON only. Answers go out as JSON, which kubectl accepts
/// (it asks for "application/vnd.kubernetes.protobuf,application/json"). A kind the sandbox cannot decode is 415
/// UnsupportedMediaType, so the caller learns to send JSON instead of getting a misleading 400.
/// </summary>
internal static class ProtobufBodies
{
    /// <summary>Largest protobuf body decoded (the objects involved are a few hundred bytes).</summary>
    private const int MaxBody = 1024 * 1024;

    public static void Use(WebApplication app, int port) => app.Use(async (http, next) =>
    {
        if (http.Connection.LocalPort == port && IsProtobuf(http.Request.ContentType))
        {
            if (await TranscodeAsync(http) is { } refused)
            {
                await refused.ExecuteAsync(http);
                return;
            }
        }

        await next(http);
    });

    private static bool IsProtobuf(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(KubeProtobuf.MediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Swaps the body for its JSON; null when done, else the answer that refuses the body.</summary>
    private static async Task<IResult?> TranscodeAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (buffer.Length > MaxBody)
        {
            return Status(413, "RequestEntityTooLarge", "the request body is too large");
        }

        try
        {
            var json = Encoding.UTF8.GetBytes(KubeProtobuf.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).ToJsonString());
            http.Request.Body = new MemoryStream(json);
            http.Request.ContentLength = json.Length;
            http.Request.ContentType = "application/json";
            return null;
        }
        catch (InvalidDataException ex)
        {
            return Status(400, "BadRequest", "the body of the request could not be decoded as protobuf: " + ex.Message);
        }
        catch (NotSupportedException ex)
        {
            return Status(415, "UnsupportedMediaType",
                $"the sandbox cluster decodes protobuf only for {string.Join(", ", KubeProtobuf.KnownKinds.OrderBy(k => k, StringComparer.Ordinal))}, not {ex.Message}; send it as application/json");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;

// A cold, sequential HttpClient loop over RHSM systems, the way a careful hand-written job would list them: one token
// grant with the offline token, then GET /systems?limit=N&offset=... until a short page, each page parsed with
// JsonDocument. Usage: RedHatApi.ColdLoop <sandbox-url> <offline-token> <page-size>
// Prints "<first-object-ms> <last-object-ms> <objects>", measured from the first line of Main, so the runtime's own
// start (host, runtime, this assembly) is excluded and the JIT of the HTTP and JSON stack is included.
var watch = Stopwatch.StartNew();
var root = new Uri(args[0]);
var offline = args[1];
var pageSize = int.Parse(args[2], CultureInfo.InvariantCulture);

using var http = new HttpClient();
using var form = new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "refresh_token",
    ["client_id"] = "rhsm-api",
    ["refresh_token"] = offline,
});
using (var grant = await http.PostAsync(new Uri(root, "auth/realms/redhat-external/protocol/openid-connect/token"), form))
{
    grant.EnsureSuccessStatusCode();
    using var doc = JsonDocument.Parse(await grant.Content.ReadAsStringAsync());
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", doc.RootElement.GetProperty("access_token").GetString());
}

double first = -1;
var objects = 0;
for (var offset = 0; ; offset += pageSize)
{
    var json = await http.GetStringAsync(new Uri(root, $"management/v1/systems?limit={pageSize}&offset={offset}"));
    using var doc = JsonDocument.Parse(json);
    var count = doc.RootElement.GetProperty("body").GetArrayLength();
    if (count > 0 && first < 0)
    {
        first = watch.Elapsed.TotalMilliseconds;
    }

    objects += count;
    if (count < pageSize)
    {
        break;
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first:F1} {watch.Elapsed.TotalMilliseconds:F1} {objects}"));

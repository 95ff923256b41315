using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Benchmarks;

/// <summary>
/// End-to-end enumeration of RHSM systems against the sandbox with injected latency, three ways in one run:
/// Get-RhsmSystem in a runspace, a raw sequential HttpClient loop, and a curl-per-page loop like Red Hat's docs show.
/// </summary>
internal static class PagingBenchmark
{
    internal sealed record Result(string Name, double Seconds, double FirstItemMs, int Items);

    internal static List<Result> Run(int systems, int latencyMs, int pageSize, int repetitions)
    {
        using var sandbox = SandboxProcess.Start("--systems", systems.ToString(CultureInfo.InvariantCulture), "--latency-ms", latencyMs.ToString(CultureInfo.InvariantCulture));
        var token = AccessToken(sandbox);
        var results = new List<Result>();
        for (var i = 0; i < repetitions; i++)
        {
            results.Add(Module(sandbox, pageSize));
            results.Add(RawHttpClient(sandbox, token, pageSize));
            results.Add(CurlLoop(sandbox, token, pageSize));
        }

        return results;
    }

    private static Result Module(SandboxProcess sandbox, int pageSize)
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepoPaths.ModuleManifest);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using (var connect = PowerShell.Create())
        {
            connect.Runspace = runspace;
            connect.AddScript("Connect-RedHatApi -Sandbox $args[0]").AddArgument(sandbox.BaseUri).Invoke();
        }

        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Get-RhsmSystem").AddParameter("PageSize", pageSize);
        var output = new PSDataCollection<PSObject>();
        var watch = Stopwatch.StartNew();
        double first = -1;
        output.DataAdded += (_, _) =>
        {
            if (first < 0)
            {
                first = watch.Elapsed.TotalMilliseconds;
            }
        };
        ps.Invoke(null, output);
        return new Result("Get-RhsmSystem", watch.Elapsed.TotalSeconds, first, output.Count);
    }

    private static Result RawHttpClient(SandboxProcess sandbox, string token, int pageSize)
    {
        using var http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUri, "management/v1/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        double first = -1;
        var items = 0;
        for (var offset = 0; ; offset += pageSize)
        {
            var json = http.GetStringAsync(new Uri($"systems?limit={pageSize}&offset={offset}", UriKind.Relative)).GetAwaiter().GetResult();
            var count = CountAndFirst(json, ref first, watch);
            items += count;
            if (count < pageSize)
            {
                break;
            }
        }

        return new Result("HttpClient sequential loop", watch.Elapsed.TotalSeconds, first, items);
    }

    private static Result CurlLoop(SandboxProcess sandbox, string token, int pageSize)
    {
        var watch = Stopwatch.StartNew();
        double first = -1;
        var items = 0;
        for (var offset = 0; ; offset += pageSize)
        {
            var info = new ProcessStartInfo("curl") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-s", "-H", "Authorization: Bearer " + token, new Uri(sandbox.BaseUri, $"management/v1/systems?limit={pageSize}&offset={offset}").AbsoluteUri })
            {
                info.ArgumentList.Add(a);
            }

            using var curl = Process.Start(info)!;
            var json = curl.StandardOutput.ReadToEnd();
            curl.WaitForExit();
            var count = CountAndFirst(json, ref first, watch);
            items += count;
            if (count < pageSize)
            {
                break;
            }
        }

        return new Result("curl per page loop", watch.Elapsed.TotalSeconds, first, items);
    }

    private static int CountAndFirst(string json, ref double first, Stopwatch watch)
    {
        using var doc = JsonDocument.Parse(json);
        var count = doc.RootElement.GetProperty("body").GetArrayLength();
        if (first < 0 && count > 0)
        {
            first = watch.Elapsed.TotalMilliseconds;
        }

        return count;
    }

    private static string AccessToken(SandboxProcess sandbox)
    {
        var offline = sandbox.Credentials().GetProperty("offlineTokens").GetProperty("rhsmApi").GetString()!;
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["client_id"] = "rhsm-api", ["refresh_token"] = offline });
        var response = http.PostAsync(new Uri(sandbox.BaseUri, "auth/realms/redhat-external/protocol/openid-connect/token"), form).GetAwaiter().GetResult();
        return JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.GetProperty("access_token").GetString()!;
    }
}

using System;
using System.Collections.Generic;
using System.Net.Http;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// The Run:ai role a control-plane call needs, for the hint of a 403: Researcher works with workloads, Editor manages
/// projects and departments, Administrator manages users, access rules, tenant settings and clusters. One line per
/// path prefix (under api/v1/ or api/v2/); the first that matches wins, and anything unlisted is Administrator's.
/// </summary>
internal static class RunAiRoles
{
    internal const string Researcher = "Researcher";
    internal const string Editor = "Editor";
    internal const string Administrator = "Administrator";

    private static readonly (string Prefix, string Role)[] Table =
    {
        ("workloads", Researcher),
        ("org-unit/", Editor),
        ("clusters", Administrator),
        ("nodes", Administrator),
        ("node-pools", Administrator),
        ("users", Administrator),
        ("authorization/", Administrator),
    };

    /// <summary>The role that lets an application make <paramref name="method"/> <paramref name="path"/> (an absolute path).</summary>
    internal static string For(HttpMethod? method, string path)
    {
        _ = method;
        var relative = RelativeOf(path);
        foreach (var (prefix, role) in Table)
        {
            if (relative.StartsWith(prefix, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return Administrator;
    }

    // "/runai/api/v1/org-unit/projects" → "org-unit/projects": the tenant's URL may have a path of its own.
    private static string RelativeOf(string path)
    {
        foreach (var marker in new[] { "/api/v1/", "/api/v2/" })
        {
            var at = path.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return path.Substring(at + marker.Length);
            }
        }

        return path.TrimStart('/');
    }

    /// <summary>Every role name, as completers and messages list them.</summary>
    internal static IReadOnlyList<string> All { get; } = new[] { Researcher, Editor, Administrator };
}

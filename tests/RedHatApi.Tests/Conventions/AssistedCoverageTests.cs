using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RedHatApi.Tests.Fixtures;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RedHatApi.Tests.Conventions;

/// <summary>
/// docs/assisted-operations.md against the Assisted Installer swagger: the table lists exactly the user-facing
/// operations (every operation that is neither deprecated nor callable with agent auth alone), each with an exported
/// cmdlet or the reason it has none, and the cmdlets reach at least 55 of them.
/// </summary>
public sealed class AssistedCoverageTests
{
    private static readonly string TablePath = Path.Combine(RepoPaths.Root, "docs", "assisted-operations.md");

    /// <summary>The swagger copied into the test project (Specs/README.md names its source commit).</summary>
    private static readonly string SwaggerPath = Path.Combine(RepoPaths.Root, "tests", "RedHatApi.Tests", "Specs", "assisted-service-swagger.yaml");

    /// <summary>The operations a user calls: not deprecated, and not agent-only (security of agentAuth alone).</summary>
    internal static IReadOnlyList<string> UserFacingOperations(string swaggerPath)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(swaggerPath))
        {
            yaml.Load(reader);
        }

        var paths = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["paths"];
        var operations = new List<string>();
        foreach (var (pathNode, methodsNode) in paths.Children)
        {
            foreach (var (methodNode, operationNode) in ((YamlMappingNode)methodsNode).Children)
            {
                var method = ((YamlScalarNode)methodNode).Value!;
                if (method is not ("get" or "put" or "post" or "patch" or "delete"))
                {
                    continue;
                }

                var operation = (YamlMappingNode)operationNode;
                var deprecated = operation.Children.TryGetValue("deprecated", out var flag) && ((YamlScalarNode)flag).Value == "true";
                var schemes = operation.Children.TryGetValue("security", out var security)
                    ? ((YamlSequenceNode)security).Children.SelectMany(s => ((YamlMappingNode)s).Children.Keys.Select(k => ((YamlScalarNode)k).Value!)).ToList()
                    : new List<string>();
                var agentOnly = schemes.Count > 0 && schemes.All(s => s == "agentAuth");
                if (!deprecated && !agentOnly)
                {
                    operations.Add(method.ToUpperInvariant() + " " + ((YamlScalarNode)pathNode).Value);
                }
            }
        }

        return operations;
    }

    /// <summary>The rows of the table under "## User-facing operations": operation, cmdlet (or empty) and note.</summary>
    internal static IReadOnlyList<(string Operation, string? Cmdlet, string Note)> TableRows(string markdown)
    {
        var start = markdown.IndexOf("## User-facing operations", StringComparison.Ordinal);
        Assert.True(start >= 0, "assisted-operations.md has no '## User-facing operations' section");
        var end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? markdown[start..] : markdown[start..end];
        var rows = new List<(string, string?, string)>();
        foreach (Match row in Regex.Matches(section, @"(?m)^\|\s*(GET|PUT|POST|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|\s*([^|]*)\|\s*([^|]*)\|\s*$"))
        {
            var cmdlet = row.Groups[3].Value.Trim();
            rows.Add((row.Groups[1].Value + " " + row.Groups[2].Value, cmdlet is "" or "—" ? null : cmdlet, row.Groups[4].Value.Trim()));
        }

        return rows;
    }

    [Fact]
    public void The_table_lists_exactly_the_user_facing_operations_of_the_swagger()
    {
        var expected = UserFacingOperations(SwaggerPath);
        var rows = TableRows(File.ReadAllText(TablePath));
        var listed = rows.Select(r => r.Operation).ToList();
        Assert.Equal(66, expected.Count);
        Assert.True(listed.Count == listed.Distinct().Count(), "listed twice: " + string.Join(", ", listed.GroupBy(o => o).Where(g => g.Count() > 1).Select(g => g.Key)));
        var missing = expected.Except(listed).ToList();
        var extra = listed.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, "not in the table: " + string.Join(", ", missing) + "; not user-facing operations of the swagger: " + string.Join(", ", extra));
    }

    [Fact]
    public void Each_row_names_an_exported_cmdlet_or_says_why_there_is_none_and_at_least_55_are_reached()
    {
        var exported = ManifestFile.Strings(ManifestFile.Read(Path.Combine(RepoPaths.Root, "RedHatApi.psd1")), "CmdletsToExport").ToHashSet(StringComparer.Ordinal);
        var rows = TableRows(File.ReadAllText(TablePath));
        Assert.NotEmpty(rows);
        foreach (var (operation, cmdlet, note) in rows)
        {
            if (cmdlet is null)
            {
                Assert.True(note.Length > 10, operation + " has no cmdlet and no reason");
                continue;
            }

            // "Get-AssistedHost -ClusterId": the cmdlet is the first word.
            var name = cmdlet.Split(' ')[0];
            Assert.True(exported.Contains(name), operation + " names " + name + ", which the module does not export");
        }

        var reached = rows.Count(r => r.Cmdlet is not null);
        Assert.True(reached >= 55, "only " + reached + " of " + rows.Count + " user-facing operations are reached by a cmdlet");
    }

    [Fact]
    public void The_swagger_reader_keeps_user_operations_and_drops_agent_only_and_deprecated_ones()
    {
        var path = Path.Combine(Path.GetTempPath(), "swagger-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, """
            paths:
              /v2/things:
                get:
                  security:
                  - userAuth: []
                  - agentAuth: []
                post:
                  security:
                  - agentAuth: []
              /v2/old:
                get:
                  deprecated: true
                parameters: []
              /v2/plain:
                delete: {}
            """);
        try
        {
            Assert.Equal(new[] { "GET /v2/things", "DELETE /v2/plain" }, UserFacingOperations(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

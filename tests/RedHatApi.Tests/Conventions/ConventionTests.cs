using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using System.Text.RegularExpressions;
using RedHatApi.Tests.Conventions.BadSamples;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Conventions;

public sealed class ConventionTests
{
    private static readonly Assembly Module = ModuleTypes.Module;

    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in ModuleTypes.Cmdlets(Module))
        {
            data.Add(ModuleTypes.CommandName(cmdlet));
        }

        return data;
    }

    [Fact]
    public void Tests_use_the_module_from_the_built_layout()
    {
        Assert.Equal(Path.Combine(RepoPaths.ModuleDirectory, "RedHatApi.dll"), Module.Location);
    }

    [Fact]
    public void Every_cmdlet_follows_the_house_rules()
    {
        var violations = ModuleTypes.Cmdlets(Module).SelectMany(CmdletRules.Check).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_rules_catch_broken_cmdlets()
    {
        var remove = CmdletRules.Check(typeof(RemoveThingCommand)).ToList();
        Assert.Contains(remove, v => v.Contains("public sealed", StringComparison.Ordinal));
        Assert.Contains(remove, v => v.Contains("API prefix", StringComparison.Ordinal));
        Assert.Contains(remove, v => v.Contains("[OutputType]", StringComparison.Ordinal));
        Assert.Contains(remove, v => v.Contains("ShouldProcess", StringComparison.Ordinal));
        Assert.Contains(remove, v => v.Contains("ConfirmImpact High", StringComparison.Ordinal));
        Assert.Contains(remove, v => v.Contains("-Session", StringComparison.Ordinal));
        Assert.Contains(remove, v => v.Contains("-Force is bool", StringComparison.Ordinal));

        var fetch = CmdletRules.Check(typeof(FetchRhsmWidgetsCommand)).ToList();
        Assert.Contains(fetch, v => v.Contains("not an approved verb", StringComparison.Ordinal));
        Assert.Contains(fetch, v => v.Contains("plural", StringComparison.Ordinal));
        Assert.Contains(fetch, v => v.Contains("SupportsPaging without -PageSize", StringComparison.Ordinal));

        var gadget = CmdletRules.Check(typeof(GetRhsmGadgetCommand)).ToList();
        Assert.Contains(gadget, v => v.Contains("not SupportsPaging", StringComparison.Ordinal));
        Assert.Contains(gadget, v => v.Contains("RedHatApi.Commands.", StringComparison.Ordinal));
    }

    [Fact]
    public void CmdletsToExport_equals_the_cmdlet_set()
    {
        var manifest = ManifestFile.Read(Path.Combine(RepoPaths.Root, "RedHatApi.psd1"));
        var exported = ManifestFile.Strings(manifest, "CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal);
        var cmdlets = ModuleTypes.Cmdlets(Module).Select(ModuleTypes.CommandName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(cmdlets, exported);
        Assert.Empty(ManifestFile.Strings(manifest, "FunctionsToExport"));
        Assert.Empty(ManifestFile.Strings(manifest, "VariablesToExport"));
    }

    [Fact]
    public void The_manifest_loads_no_dependency_before_the_resolver()
    {
        var manifest = ManifestFile.Read(Path.Combine(RepoPaths.Root, "RedHatApi.psd1"));
        foreach (var key in new[] { "RequiredAssemblies", "NestedModules", "ScriptsToProcess" })
        {
            Assert.Empty(ManifestFile.Strings(manifest, key));
        }

        Assert.Equal("RedHatApi.dll", manifest["RootModule"]);
        var formats = ManifestFile.Strings(manifest, "FormatsToProcess");
        Assert.Equal(
            Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "RedHatApi", "Formats"), "*.Format.ps1xml").Select(Path.GetFileName).OrderBy(n => n),
            formats.OrderBy(n => n));
    }

    [Fact]
    public void The_manifest_version_is_the_assembly_version()
    {
        var manifest = ManifestFile.Read(Path.Combine(RepoPaths.Root, "RedHatApi.psd1"));
        var version = Version.Parse((string)manifest["ModuleVersion"]!);
        Assert.Equal(version, Module.GetName().Version!.ToString(3) is var v ? Version.Parse(v) : null);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_has_help_covering_each_parameter(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "en-US", name + ".md");
        Assert.True(File.Exists(path), "missing " + path);
        var text = File.ReadAllText(path);
        Assert.Matches(new Regex("^## SYNOPSIS\\s*\\n+\\S", RegexOptions.Multiline), text);
        var examples = Regex.Count(text, "^### Example \\d+", RegexOptions.Multiline);
        Assert.True(examples >= 2, name + " has " + examples + " examples; two at least");
        var cmdlet = ModuleTypes.Cmdlets(Module).Single(c => ModuleTypes.CommandName(c) == name);
        var missing = ModuleTypes.Parameters(cmdlet).Select(p => p.Name).Where(p => !text.Contains("### -" + p + "\n", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, name + ".md does not document -" + string.Join(", -", missing));
        var documented = Regex.Matches(text, "^### -(\\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value)
            .Where(p => p != "CommonParameters" && p != "WhatIf" && p != "Confirm" && p != "First" && p != "Skip" && p != "IncludeTotalCount");
        var unknown = documented.Except(ModuleTypes.Parameters(cmdlet).Select(p => p.Name).Concat(ModuleTypes.Parameters(cmdlet).SelectMany(p => p.GetCustomAttribute<AliasAttribute>()?.AliasNames ?? Array.Empty<string>()))).ToList();
        Assert.True(unknown.Count == 0, name + ".md documents parameters the cmdlet does not have: " + string.Join(", ", unknown));
    }

    [Theory]
    [InlineData("docs/en-US/about_RedHatApi.help.md")]
    [InlineData("out/RedHatApi/en-US/about_RedHatApi.help.txt")]
    public void The_about_topic_names_every_cmdlet_and_every_ErrorId(string file)
    {
        // Get-Help about_RedHatApi is where users look up an id they caught; a new cmdlet or id must land there too.
        // The .txt is the one the build lays out from the .md.
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        var ids = Module.GetType("RedHatApi.Errors.ErrorIds")!.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        var missing = ModuleTypes.Cmdlets(Module).Select(ModuleTypes.CommandName).Concat(ids)
            .Where(name => !Regex.IsMatch(text, "(?<![\\w-])" + Regex.Escape(name) + "(?![\\w-])"))
            .ToList();
        Assert.True(missing.Count == 0, file + " does not mention " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_ErrorId_declares_its_category_beside_its_definition()
    {
        // The category lives on the id (ErrorIdCategoryAttribute), not in a table elsewhere: a new id that forgets it
        // would surface as InvalidOperation whatever went wrong.
        var attribute = Module.GetType("RedHatApi.Errors.ErrorIdCategoryAttribute")!;
        var undeclared = Module.GetType("RedHatApi.Errors.ErrorIds")!.GetFields()
            .Where(f => f.IsLiteral && f.Name != "HttpStatusPrefix" && f.GetCustomAttributes(attribute, false).Length == 0)
            .Select(f => f.Name)
            .ToList();
        Assert.True(undeclared.Count == 0, "ErrorIds without [ErrorIdCategory]: " + string.Join(", ", undeclared));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_has_a_Pester_file(string name)
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "tests", "Pester", name + ".Tests.ps1")), "missing Pester file for " + name);
    }

    [Fact]
    public void Every_Pester_file_build_script_and_example_parses()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Pester"), "*.ps*1")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*.ps1"))
            .Append(Path.Combine(RepoPaths.Root, "build.ps1"))
            .ToList();
        Assert.True(files.Count > 2);
        foreach (var file in files)
        {
            Parser.ParseFile(file, out _, out var errors);
            Assert.True(errors.Length == 0, file + ": " + string.Join("; ", errors.Select(e => e.Extent.StartLineNumber + ": " + e.Message)));
        }
    }

    [Fact]
    public void No_dependency_type_appears_on_the_public_surface()
    {
        var dependencies = Path.Combine(RepoPaths.ModuleDirectory, "Dependencies");
        bool IsDependency(Type t) => !t.IsGenericParameter && t.Assembly.Location.StartsWith(dependencies, StringComparison.Ordinal);
        var violations = Module.GetExportedTypes().SelectMany(t => CmdletRules.DependencyTypesOnSurface(t, IsDependency)).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_dependency_surface_rule_catches_a_leak()
    {
        var violations = CmdletRules.DependencyTypesOnSurface(typeof(LeakySample), t => t == typeof(Uri)).ToList();
        Assert.Contains(violations, v => v.Contains("Endpoint", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_pump_blocks_on_tasks()
    {
        var blocking = new Regex(@"\.Wait\(\)|\.GetAwaiter\(\)\.GetResult\(\)|(?<![Oo]utcome)\.Result\b(?!\w)");
        var offenders = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "RedHatApi"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "AsyncPump.cs")
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && blocking.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Engine_folders_know_nothing_of_cmdlets_or_PowerShell()
    {
        // The engine could become its own assembly: only Loading/ (the module initializer) may touch PowerShell.
        var engine = new[] { "Auth", "Http", "Client", "Paging", "Session", "Errors", "Models", "Inventory", "Transfers", "Polling" };
        var offenders = engine
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "RedHatApi", folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => File.ReadAllLines(f).Any(l => l.StartsWith("using System.Management.Automation", StringComparison.Ordinal)
                || l.StartsWith("using RedHatApi.Cmdlets", StringComparison.Ordinal) || l.StartsWith("using RedHatApi.Commands", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Cmdlets_share_one_per_input_loop()
    {
        // RedHatApiCmdlet.PerInput.cs is the one place that turns a per-input failure into a non-terminating error.
        var copy = new Regex(@"catch\s*\([^)]*RedHatApiException[^)]*\)\s*when\s*\([^)]*IsPerInput");
        var offenders = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "RedHatApi"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "RedHatApiCmdlet.PerInput.cs")
            .Where(f => copy.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "use ForEachInputAsync or PerInputAsync: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Cmdlets_confirm_and_send_one_request_value_and_build_no_JSON()
    {
        var commands = Path.Combine(RepoPaths.Root, "src", "RedHatApi", "Commands");
        var offenders = Directory.GetFiles(commands, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => RequestRules.Check(File.ReadAllText(f)).Select(v => Path.GetRelativePath(RepoPaths.Root, f) + ": " + v))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_request_rules_catch_a_drifting_cmdlet()
    {
        // What the Set- and Remove- cmdlets looked like before their requests became values built by the client.
        const string drifting = """
            if (ShouldProcessRequest(new HttpMethod("PATCH"), client.ClusterUrl(id), what))
            {
                var body = new JsonObject { ["name"] = Name };
                await client.UpdateClusterAsync(id, body, cancellationToken);
            }
            if (!ShouldProcessRequest(HttpMethod.Delete, client.Url(OpenShiftClient.ServiceAccountPath(ns, name)), "Delete"))
            var text = JsonSerializer.Serialize(thing);
            var raw = "{\"auths\":{}}";
            """;
        var violations = RequestRules.Check(drifting);
        Assert.Equal(2, violations.Count(v => v.Contains("ShouldProcessRequest", StringComparison.Ordinal)));
        Assert.Contains(violations, v => v.Contains("new JsonObject", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("JsonSerializer", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("JSON text", StringComparison.Ordinal));

        const string confirmed = """
            var request = client.RemoveClusterRequest(id);
            if (ShouldProcessRequest(request, "Remove Assisted cluster " + id.ToString("D")))
            {
                await client.RemoveClusterAsync(id, request, cancellationToken);
            }
            if (!ShouldProcessRequest(client.RemoveSystemRequest(Uuid), "Remove"))
            """;
        Assert.Empty(RequestRules.Check(confirmed));
    }

    [Fact]
    public void Format_views_match_the_model_types()
    {
        var formats = Directory.GetFiles(Path.Combine(RepoPaths.ModuleDirectory), "*.Format.ps1xml");
        var viewed = new System.Collections.Generic.HashSet<string>();
        foreach (var file in formats)
        {
            var doc = System.Xml.Linq.XDocument.Load(file);
            foreach (var view in doc.Descendants("View"))
            {
                var typeName = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value;
                var type = Module.GetType(typeName);
                if (type is null && typeName == "RedHatApi.OpenShift.Resource")
                {
                    // The PSTypeName of Get-OpenShiftResource's PSCustomObjects (any kind): script-block columns only.
                    Assert.Empty(view.Descendants("PropertyName"));
                    continue;
                }

                Assert.True(type is not null, Path.GetFileName(file) + " selects unknown type " + typeName);
                viewed.Add(typeName);
                foreach (var property in view.Descendants("PropertyName").Select(p => p.Value))
                {
                    Assert.True(type!.GetProperty(property) is not null, typeName + " has no property " + property);
                }

                var columns = view.Descendants("TableColumnHeader").Count();
                Assert.True(columns <= 6, typeName + " table has " + columns + " columns; six at most");
            }
        }

        var models = Module.GetExportedTypes().Where(t => t.Namespace?.StartsWith("RedHatApi.Models.", StringComparison.Ordinal) == true && t.IsClass && !t.IsAbstract).Select(t => t.FullName!);
        var unviewed = models.Where(m => !viewed.Contains(m) && !m.EndsWith("Statistics", StringComparison.Ordinal)).ToList();
        Assert.True(unviewed.Count == 0, "model types without a format view: " + string.Join(", ", unviewed));
        Assert.Contains("RedHatApi.Session.RedHatApiSession", viewed);
    }

    private sealed class LeakySample
    {
        public Uri? Endpoint { get; set; }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

[Collection(ModuleCollection.Name)]
public sealed class ModuleLoadingTests
{
    [Fact]
    public void Import_loads_RedHatApi_from_the_built_layout()
    {
        using var shell = new ModuleRunspace();
        var result = shell.Run("(Get-Module RedHatApi).ImplementingAssembly.Location; (Get-Module RedHatApi).ModuleBase");

        Assert.Empty(result.ErrorIds);
        Assert.Equal(Path.Combine(RepoPaths.ModuleDirectory, "RedHatApi.dll"), result.Output[0].ToString());
        Assert.Equal(RepoPaths.ModuleDirectory, result.Output[1].ToString());
    }

    [Fact]
    public void Dependencies_load_from_the_Dependencies_folder_into_the_module_context_and_not_the_default_one()
    {
        using var shell = new ModuleRunspace();

        // A token grant against a closed port loads the whole HTTP stack (Microsoft.Extensions.*, Polly) and
        // IdentityModel, and fails the way an unreachable SSO must: NetworkError, terminating.
        var result = shell.Run(
            "Connect-RedHatApi -OfflineToken $token -NewSession -Sandbox http://127.0.0.1:9/ -MaxRetries 0",
            new Dictionary<string, object?> { ["token"] = Secrets.Secure("not-a-jwt") });
        Assert.Equal("NetworkError,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
        var dependencies = Path.Combine(RepoPaths.ModuleDirectory, "Dependencies");
        var moduleContext = AssemblyLoadContext.All.SingleOrDefault(c => c.Name == "RedHatApi");
        Assert.True(moduleContext is not null, "contexts: " + string.Join(", ", AssemblyLoadContext.All.Select(c => c.Name + "[" + string.Join(",", c.Assemblies.Select(a => a.GetName().Name).Where(n => n!.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) || n.StartsWith("Duende", StringComparison.Ordinal) || n.StartsWith("Polly", StringComparison.Ordinal))) + "]")));
        var names = moduleContext.Assemblies.Select(a => a.GetName().Name!).ToList();

        foreach (var expected in new[] { "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection", "Duende.IdentityModel", "Polly.Core" })
        {
            var assembly = moduleContext.Assemblies.SingleOrDefault(a => a.GetName().Name == expected);
            Assert.True(assembly is not null, expected + " is not in the RedHatApi context; it has: " + string.Join(", ", names));
            Assert.StartsWith(dependencies, assembly!.Location, StringComparison.Ordinal);
        }

        var inDefault = AssemblyLoadContext.Default.Assemblies
            .Where(a => a.GetName().Name is { } n && (n.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal) || n.StartsWith("Duende.", StringComparison.Ordinal) || n == "Polly.Core"))
            .Select(a => a.GetName().Name)
            .ToList();
        Assert.Empty(inDefault);
    }

    [Fact]
    public void On_dotnet_the_precompiled_copies_for_this_platform_are_the_ones_loaded()
    {
        using var shell = new ModuleRunspace();
        var result = shell.Run(
            "Connect-RedHatApi -OfflineToken $token -NewSession -Sandbox http://127.0.0.1:9/ -MaxRetries 0",
            new Dictionary<string, object?> { ["token"] = Secrets.Secure("not-a-jwt") });
        Assert.Equal("NetworkError,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));

        // The Release layout carries Dependencies/net10.0/<rid>/ for this machine (linux-x64 or win-x64), and the
        // tests run on .NET 10.
        var rid = RedHatApi.Loading.DependencyResolver.RuntimeIdentifier();
        Assert.NotNull(rid);
        var folder = Path.Combine(RepoPaths.ModuleDirectory, "Dependencies", "net" + Environment.Version.Major + ".0", rid!);
        var moduleContext = AssemblyLoadContext.All.Single(c => c.Name == "RedHatApi");
#if DEBUG
        // Debug builds make no precompiled copies (a Release build before may have left them): without them, the IL.
        if (!Directory.Exists(folder))
        {
            Assert.StartsWith(Path.Combine(RepoPaths.ModuleDirectory, "Dependencies", "Polly.Core.dll"), moduleContext.Assemblies.Single(a => a.GetName().Name == "Polly.Core").Location, StringComparison.Ordinal);
            return;
        }
#else
        Assert.True(Directory.Exists(folder), folder + " is missing: the layout build makes it in Release builds.");
#endif
        foreach (var expected in new[] { "Microsoft.Extensions.DependencyInjection", "Duende.IdentityModel", "Polly.Core" })
        {
            var location = moduleContext.Assemblies.Single(a => a.GetName().Name == expected).Location;
            Assert.Equal(Path.Combine(folder, expected + ".dll"), location);
            using var stream = File.OpenRead(location);
            using var pe = new PEReader(stream);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, location + " has no ReadyToRun code.");
        }
    }

    [Fact]
    public void About_help_ships_in_the_layout()
    {
        using var shell = new ModuleRunspace();
        var result = shell.Run("(Get-Help about_RedHatApi | ForEach-Object { $_.ToString() }) -join ' '");
        Assert.Empty(result.ErrorIds);
        Assert.Contains("REDHAT_OFFLINE_TOKEN", result.Output.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_holds_no_System_Management_Automation()
    {
        Assert.Empty(Directory.GetFiles(RepoPaths.ModuleDirectory, "System.Management.Automation*.dll", SearchOption.AllDirectories));
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Sandbox;

// RedHatApi.Sandbox: a local emulator of Red Hat SSO, the RHSM API, the Assisted Installer API and an OpenShift
// cluster API for tests, demos and offline scripts. Flags, help, banner and routes all come from the API families
// (ISandboxFamily), so this file knows none of them.
// The first line printed is machine-readable ("RedHatApi.Sandbox listening on <url>"); tests wait for it.
var families = SandboxFamilies.Create();
if (Array.Exists(args, a => a is "--help" or "-h"))
{
    Console.WriteLine("RedHatApi.Sandbox [flags]: local emulator of Red Hat SSO, RHSM, the Assisted Installer and an OpenShift cluster API.");
    foreach (var family in families)
    {
        Console.WriteLine();
        Console.WriteLine(family.Name + ":");
        var width = family.Flags.Select(f => f.Usage.Length).DefaultIfEmpty(0).Max();
        foreach (var flag in family.Flags)
        {
            Console.WriteLine("  " + flag.Usage.PadRight(width) + "  " + flag.Description);
        }

        foreach (var line in family.Help)
        {
            Console.WriteLine("  " + line);
        }
    }

    return 0;
}

var options = new SandboxOptions();
try
{
    var flags = SandboxFamilies.Flags(families);
    for (var i = 0; i < args.Length; i++)
    {
        if (!flags.TryGetValue(args[i], out var flag))
        {
            throw new ArgumentException("unknown option " + args[i] + " (see --help)");
        }

        var value = flag.Value is null ? string.Empty
            : i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
        flag.Apply(options, value);
    }
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

await using var server = await SandboxServer.StartAsync(options);
Console.WriteLine("RedHatApi.Sandbox listening on " + server.BaseUri);
void Line(string label, string value) => Console.WriteLine("  " + label.PadRight(13) + " : " + value);
foreach (var family in server.Families)
{
    foreach (var (label, value) in family.Banner())
    {
        Line(label, value);
    }
}

if (server.TlsUri is not null)
{
    Line("TLS", server.TlsUri.ToString());
    Line("TLS CA (PEM)", server.Certificates!.AuthorityPemPath);
}

// Last line of the banner: readers stop at it.
Line("PowerShell", "Connect-RedHatApi -Sandbox " + server.BaseUri);
Console.Out.Flush();

// Ctrl+C and SIGTERM stop the host (its console lifetime handles both); waiting on ProcessExit alone never ends,
// because the host cancels the signal, so the process would stay up after kill.
// Not disposed: the ProcessExit handler can still run while the process exits, after this scope has ended.
var stop = CancellationTokenSource.CreateLinkedTokenSource(server.Stopping);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: stop cleanly.
}

return 0;

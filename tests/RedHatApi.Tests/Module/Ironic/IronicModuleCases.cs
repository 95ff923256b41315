using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;
using RedHatApi.Models.Ironic;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.Ironic;

/// <summary>
/// The Ironic module cases, written once and run against the real Ironic 21.4 and the sandbox's plug-in (the two
/// derived classes), so the sandbox's fidelity is checked by the same assertions.
/// </summary>
public abstract class IronicModuleCases : IDisposable
{
    private const string FindId = ",RedHatApi.Commands.Ironic.FindIronicNodeCommand";
    private const string HeartbeatId = ",RedHatApi.Commands.Ironic.SendIronicHeartbeatCommand";
    private const string ConnectId = ",RedHatApi.Commands.Ironic.ConnectIronicCommand";

    protected IronicModuleCases(IronicTargets targets)
    {
        Targets = targets;
        Shell = new ModuleRunspace();
        Shell.Run("Disconnect-RedHatApi");
    }

    protected IronicTargets Targets { get; }

    protected ModuleRunspace Shell { get; }

    public void Dispose()
    {
        Shell.Run("Disconnect-RedHatApi");
        Shell.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void Lookup_by_MAC_and_by_UUID_returns_the_token_of_the_first_lookup_and_keeps_it()
    {
        var target = Targets.Open;
        var (node, mac) = target.NodeWithPort("lookup");

        var result = Run(target, "Connect-Ironic -Url $ironic; Find-IronicNode -MacAddress $mac; Find-IronicNode -NodeUuid $node", ("mac", mac.ToUpperInvariant()), ("node", node));

        Assert.Empty(result.ErrorIds);
        var found = result.OutputOf<IronicAgentNode>();
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal(node, f.Uuid));
        Assert.True(found[0].AgentTokenIssued);
        Assert.False(found[1].AgentTokenIssued);
        var token = Plain(found[0].AgentToken);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.NotEqual("******", token);
        Assert.Equal(token, Plain(found[1].AgentToken));
        Assert.Equal("******", found[0].Config["agent_token"]);
        Assert.True(found[0].HeartbeatTimeout > 0);
        Assert.Equal("1.62", found[0].ApiVersion);
        Assert.DoesNotContain(token, string.Join("\n", result.AllText()), StringComparison.Ordinal);
    }

    protected void A_heartbeat_with_the_kept_token_is_accepted_and_WhatIf_shows_the_request()
    {
        var target = Targets.Open;
        var (node, mac) = target.NodeWithPort("beat");

        var result = Run(target, """
            Connect-Ironic -Url $ironic
            $found = Find-IronicNode -MacAddress $mac
            Send-IronicHeartbeat -Node $node -CallbackUrl 'http://192.0.2.10:9999' -AgentVersion '9.4.0' -WhatIf
            $found | Send-IronicHeartbeat -CallbackUrl 'http://192.0.2.10:9999' -AgentVersion '9.4.0' -Verbose
            """, ("mac", mac), ("node", node.ToString()));

        Assert.Empty(result.ErrorIds);
        var whatIf = Assert.Single(result.WhatIf);
        Assert.Contains("POST " + new Uri(target.Url, "v1/heartbeat/" + node).AbsoluteUri, whatIf, StringComparison.Ordinal);
        Assert.Contains("X-OpenStack-Ironic-API-Version: 1.62", whatIf, StringComparison.Ordinal);
        Assert.Contains("agent_token", whatIf, StringComparison.Ordinal);
        Assert.Contains(result.Verbose, v => v.Message.Contains("(202)", StringComparison.Ordinal));
        Assert.Single(result.Verbose, v => v.Message.StartsWith("POST ", StringComparison.Ordinal) && v.Message.Contains("-> 202", StringComparison.Ordinal));
    }

    protected void A_wrong_token_is_IronicAgentTokenInvalid_and_none_IronicAgentTokenRequired()
    {
        var target = Targets.Open;
        var (node, mac) = target.NodeWithPort("token");
        var wrong = "not-the-token-" + Guid.NewGuid().ToString("N");

        var result = Run(target, """
            Connect-Ironic -Url $ironic
            $null = Find-IronicNode -MacAddress $mac
            Send-IronicHeartbeat -Node $node -CallbackUrl 'http://192.0.2.11:9999' -AgentVersion '9.4.0' -AgentToken $wrong
            $other = Connect-Ironic -Url $ironic -NewSession
            Send-IronicHeartbeat -Node $node -CallbackUrl 'http://192.0.2.11:9999' -AgentVersion '9.4.0' -Session $other
            """, ("mac", mac), ("node", node.ToString()), ("wrong", Secrets.Secure(wrong)));

        Assert.Equal(new[] { "IronicAgentTokenInvalid" + HeartbeatId, "IronicAgentTokenRequired" + HeartbeatId }, result.ErrorIds);
        Assert.Contains("-AgentToken", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Find-IronicNode", result.Errors[1].Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, string.Join("\n", result.AllText()), StringComparison.Ordinal);
    }

    protected void Lookup_pinned_at_1_21_is_IronicApiVersionUnsupported_saying_lookup_needs_1_22()
    {
        var target = Targets.Open;
        var (_, mac) = target.NodeWithPort("pinned");

        var result = Run(target, "Connect-Ironic -Url $ironic -ApiVersion 1.21; Find-IronicNode -MacAddress $mac", ("mac", mac));

        Assert.Equal("IronicApiVersionUnsupported" + FindId, Assert.Single(result.ErrorIds));
        var message = result.AllErrors.Single().Exception.Message;
        Assert.Contains("1.22", message, StringComparison.Ordinal);
        Assert.Contains("1.21", message, StringComparison.Ordinal);
        Assert.Contains("1.1 to 1.82", message, StringComparison.Ordinal);
    }

    protected void A_version_the_server_does_not_serve_is_IronicApiVersionUnsupported_naming_the_range()
    {
        var result = Run(Targets.Open, "Connect-Ironic -Url $ironic -ApiVersion 1.999");

        Assert.Equal("IronicApiVersionUnsupported" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("1.1 to 1.82", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    protected void Every_node_is_listed_exactly_once_at_PageSize_100(int expected)
    {
        var target = Targets.Open;
        var names = Targets.PagingNodes();
        Assert.Equal(expected, names.Count);

        var result = Run(target, "Connect-Ironic -Url $ironic; Get-IronicNode -PageSize 100 -Verbose");

        Assert.Empty(result.ErrorIds);
        var nodes = result.OutputOf<IronicNode>();
        Assert.Equal(nodes.Count, nodes.Select(n => n.Uuid).Distinct().Count());
        var byName = nodes.Where(n => n.Name is not null).GroupBy(n => n.Name!).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(names, name => Assert.Equal(1, byName.GetValueOrDefault(name)));
        Assert.All(nodes, n => Assert.Equal("fake-hardware", n.Driver));
        var pages = result.Verbose.Count(v => v.Message.Contains("v1/nodes?limit=100", StringComparison.Ordinal));
        Assert.Equal((nodes.Count / 100) + 1, pages);
    }

    protected void HTTP_Basic_with_a_wrong_password_is_AuthenticationFailed_sent_once()
    {
        var target = Targets.Secure;
        var wrong = new PSCredential(target.UserName!, Secrets.Secure("wrong-" + Guid.NewGuid().ToString("N")));
        var right = new PSCredential(target.UserName!, Secrets.Secure(target.Password!));

        var refused = Run(target, "Connect-Ironic -Url $ironic -Credential $cred -Verbose", ("cred", wrong));
        var allowed = Run(target, "Connect-Ironic -Url $ironic -Credential $cred; Get-IronicNode -First 1; (Get-RedHatApiSession).Connections", ("cred", right));

        Assert.Equal("AuthenticationFailed" + ConnectId, Assert.Single(refused.ErrorIds));
        Assert.Single(refused.Verbose, v => v.Message.Contains("-> 401", StringComparison.Ordinal));
        Assert.DoesNotContain(target.Password!, string.Join("\n", refused.AllText().Concat(allowed.AllText())), StringComparison.Ordinal);
        Assert.Empty(allowed.ErrorIds);
        Assert.Contains(allowed.Output.Select(o => o.BaseObject), o => o is Models.Session.RedHatApiConnection { Family: "Ironic", AuthKind: "Basic" });
    }

    protected void A_node_hidden_by_restrict_lookup_is_IronicNodeNotFound_with_the_fast_track_hint()
    {
        var target = Targets.Secure;
        var (node, mac) = target.NodeWithPort("hidden");
        var cred = new PSCredential(target.UserName!, Secrets.Secure(target.Password!));

        var hidden = Run(target, "Connect-Ironic -Url $ironic -Credential $cred; Find-IronicNode -MacAddress $mac", ("mac", mac), ("cred", cred));
        target.EnableFastTrack(node);
        var shown = Run(target, "Connect-Ironic -Url $ironic -Credential $cred; Find-IronicNode -MacAddress $mac", ("mac", mac), ("cred", cred));

        Assert.Equal("IronicNodeNotFound" + FindId, Assert.Single(hidden.ErrorIds));
        var message = hidden.AllErrors.Single().Exception.Message;
        Assert.Contains("restrict_lookup", message, StringComparison.Ordinal);
        Assert.Contains("fast_track", message, StringComparison.Ordinal);
        Assert.Empty(shown.ErrorIds);
        Assert.Equal(node, Assert.Single(shown.OutputOf<IronicAgentNode>()).Uuid);
    }

    protected void Ports_of_a_node_carry_the_MAC_a_CMDB_joins_on()
    {
        var target = Targets.Open;
        var (node, mac) = target.NodeWithPort("cmdb");

        var result = Run(target, "Connect-Ironic -Url $ironic; Get-IronicNode -Uuid $node | Get-IronicPort; Get-IronicPort -Address $mac; Get-IronicNode -Uuid $node", ("mac", mac), ("node", node));

        Assert.Empty(result.ErrorIds);
        var ports = result.OutputOf<IronicPort>();
        Assert.Equal(2, ports.Count);
        Assert.All(ports, p => Assert.Equal((mac, (Guid?)node), (p.Address, p.NodeUuid)));
        var read = Assert.Single(result.OutputOf<IronicNode>());
        Assert.Equal(node, read.Uuid);
        Assert.Equal("baremetal", read.ResourceClass);
        Assert.Equal("fake-hardware", read.Driver);
        Assert.Equal("enroll", read.ProvisionState);
        Assert.False(read.Maintenance);
    }

    protected void An_unknown_MAC_is_IronicNodeNotFound()
    {
        var result = Run(Targets.Open, "Connect-Ironic -Url $ironic; Find-IronicNode -MacAddress 52:54:02:00:00:01");

        Assert.Equal("IronicNodeNotFound" + FindId, Assert.Single(result.ErrorIds));
    }

    private ScriptResult Run(IronicTarget target, string script, params (string Name, object? Value)[] variables)
    {
        var all = new Dictionary<string, object?> { ["ironic"] = target.Url };
        foreach (var (name, value) in variables)
        {
            all[name] = value;
        }

        return Shell.Run(script, all);
    }

    private static string? Plain(SecureString? secure) => secure is null ? null : new NetworkCredential(string.Empty, secure).Password;
}

/// <summary>The Ironic module cases against the sandbox's plug-in.</summary>
[Collection(ModuleCollection.Name)]
public sealed class IronicSandboxModuleTests : IronicModuleCases, IClassFixture<SandboxIronicTargets>
{
    public IronicSandboxModuleTests(SandboxIronicTargets targets)
        : base(targets)
    {
    }

    [Fact]
    public void Lookup_by_MAC_and_UUID() => Lookup_by_MAC_and_by_UUID_returns_the_token_of_the_first_lookup_and_keeps_it();

    [Fact]
    public void Heartbeat_with_the_kept_token() => A_heartbeat_with_the_kept_token_is_accepted_and_WhatIf_shows_the_request();

    [Fact]
    public void Wrong_or_missing_token() => A_wrong_token_is_IronicAgentTokenInvalid_and_none_IronicAgentTokenRequired();

    [Fact]
    public void Lookup_pinned_below_1_22() => Lookup_pinned_at_1_21_is_IronicApiVersionUnsupported_saying_lookup_needs_1_22();

    [Fact]
    public void Unserved_version() => A_version_the_server_does_not_serve_is_IronicApiVersionUnsupported_naming_the_range();

    [Fact]
    public void Paging_2500_nodes() => Every_node_is_listed_exactly_once_at_PageSize_100(SandboxIronicTargets.SeededNodes);

    [Fact]
    public void Basic_wrong_password() => HTTP_Basic_with_a_wrong_password_is_AuthenticationFailed_sent_once();

    [Fact]
    public void Restrict_lookup_hint() => A_node_hidden_by_restrict_lookup_is_IronicNodeNotFound_with_the_fast_track_hint();

    [Fact]
    public void Ports_for_a_CMDB() => Ports_of_a_node_carry_the_MAC_a_CMDB_joins_on();

    [Fact]
    public void Unknown_MAC() => An_unknown_MAC_is_IronicNodeNotFound();
}

/// <summary>The same cases against a real OpenStack Ironic 21.4 (skipped with the reason where it is not installed, never on CI).</summary>
[Collection(ModuleCollection.Name)]
public sealed class IronicRealModuleTests : IronicModuleCases, IClassFixture<RealIronicTargets>
{
    public IronicRealModuleTests(RealIronicTargets targets)
        : base(targets)
    {
    }

    [IronicFact]
    public void Lookup_by_MAC_and_UUID() => Lookup_by_MAC_and_by_UUID_returns_the_token_of_the_first_lookup_and_keeps_it();

    [IronicFact]
    public void Heartbeat_with_the_kept_token() => A_heartbeat_with_the_kept_token_is_accepted_and_WhatIf_shows_the_request();

    [IronicFact]
    public void Wrong_or_missing_token() => A_wrong_token_is_IronicAgentTokenInvalid_and_none_IronicAgentTokenRequired();

    [IronicFact]
    public void Lookup_pinned_below_1_22() => Lookup_pinned_at_1_21_is_IronicApiVersionUnsupported_saying_lookup_needs_1_22();

    [IronicFact]
    public void Unserved_version() => A_version_the_server_does_not_serve_is_IronicApiVersionUnsupported_naming_the_range();

    [IronicFact]
    public void Paging_real_nodes() => Every_node_is_listed_exactly_once_at_PageSize_100(RealIronicTargets.PagingNodeCount);

    [IronicFact]
    public void Basic_wrong_password() => HTTP_Basic_with_a_wrong_password_is_AuthenticationFailed_sent_once();

    [IronicFact]
    public void Restrict_lookup_hint() => A_node_hidden_by_restrict_lookup_is_IronicNodeNotFound_with_the_fast_track_hint();

    [IronicFact]
    public void Ports_for_a_CMDB() => Ports_of_a_node_carry_the_MAC_a_CMDB_joins_on();

    [IronicFact]
    public void Unknown_MAC() => An_unknown_MAC_is_IronicNodeNotFound();
}

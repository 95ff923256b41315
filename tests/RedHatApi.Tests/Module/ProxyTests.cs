using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class ProxyTests : SandboxModuleTest
{
    public ProxyTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Proxy_with_credentials_carries_the_token_endpoint_and_the_API()
    {
        using var proxy = new ForwardProxy("svc-proxy", "pr0xy-pass");
        var credential = new PSCredential("svc-proxy", Secrets.Secure("pr0xy-pass"));
        var result = Run("$s = Connect-RedHatApi -Sandbox $sandbox -NewSession -Proxy $p -ProxyCredential $c; Get-RhsmSystem -Session $s -First 2 -Verbose -Debug",
            new Dictionary<string, object?> { ["p"] = proxy.Uri, ["c"] = credential });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(2, result.OutputOf<RhsmSystem>().Count);
        Assert.Contains(proxy.Forwarded, u => u.Contains("/openid-connect/token", StringComparison.Ordinal));
        Assert.Contains(proxy.Forwarded, u => u.Contains("/management/v1/systems", StringComparison.Ordinal));
        Assert.DoesNotContain(result.AllText(), t => t.Contains("pr0xy-pass", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_connect_with_other_network_parameters_keeps_the_proxy()
    {
        using var proxy = new ForwardProxy("svc-proxy", "pr0xy-pass");
        var credential = new PSCredential("svc-proxy", Secrets.Secure("pr0xy-pass"));
        var result = Run(
            "$s = Connect-RedHatApi -Sandbox $sandbox -NewSession -Proxy $p -ProxyCredential $c; Connect-RedHatApi -Session $s -Sandbox $sandbox -TimeoutSec 30; (Get-RhsmSystem -Session $s -First 1).Count",
            new Dictionary<string, object?> { ["p"] = proxy.Uri, ["c"] = credential });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(1, result.Output.Single().BaseObject);
        Assert.Contains(proxy.Forwarded, u => u.Contains("/management/v1/systems", StringComparison.Ordinal));
    }

    [Fact]
    public void A_proxy_that_wants_credentials_is_ProxyError_naming_ProxyCredential()
    {
        using var proxy = new ForwardProxy("svc-proxy", "pr0xy-pass");
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -NewSession -Proxy $p -MaxRetries 0", new Dictionary<string, object?> { ["p"] = proxy.Uri });
        Assert.Equal("ProxyError,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("-ProxyCredential", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.True(proxy.Challenged >= 1);
    }

    [Fact]
    public void NoProxy_wins_over_a_configured_proxy()
    {
        using var proxy = new ForwardProxy("svc-proxy", "pr0xy-pass");
        var result = Run("$s = Connect-RedHatApi -Sandbox $sandbox -NewSession -Proxy $p -NoProxy; (Get-RhsmSystem -Session $s -First 1).Count",
            new Dictionary<string, object?> { ["p"] = proxy.Uri });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(1, result.Output.Single().BaseObject);
        Assert.Empty(proxy.Forwarded);
        Assert.Equal(0, proxy.Challenged);
    }
}

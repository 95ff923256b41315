using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>A sandbox that also serves HTTPS with a certificate from its own throw-away CA.</summary>
public sealed class TlsSandboxFixture : IDisposable
{
    public TlsSandboxFixture()
    {
        Sandbox = SandboxProcess.Start("--systems", "20", "--tls");
        TlsUri = new Uri(Sandbox.Banner("TLS"));
        CaPath = Sandbox.Banner("TLS CA (PEM)");
    }

    public SandboxProcess Sandbox { get; }

    public Uri TlsUri { get; }

    public string CaPath { get; }

    public void Dispose() => Sandbox.Dispose();
}

[Collection(ModuleCollection.Name)]
public sealed class TlsTests : IClassFixture<TlsSandboxFixture>, IDisposable
{
    private const string ConnectId = ",RedHatApi.Commands.Session.ConnectRedHatApiCommand";
    private readonly TlsSandboxFixture _fixture;
    private readonly ModuleRunspace _shell = new();

    public TlsTests(TlsSandboxFixture fixture)
    {
        _fixture = fixture;
    }

    private ScriptResult Run(string script) =>
        _shell.Run(script, new Dictionary<string, object?> { ["https"] = _fixture.TlsUri, ["ca"] = _fixture.CaPath });

    [Fact]
    public void An_untrusted_certificate_is_TlsError_naming_CertificateAuthority()
    {
        var result = Run("Connect-RedHatApi -Sandbox $https -NewSession -MaxRetries 0");
        Assert.Equal("TlsError" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("-CertificateAuthority", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CertificateAuthority_trusts_a_private_CA_for_SSO_and_the_API()
    {
        var result = Run("$s = Connect-RedHatApi -Sandbox $https -NewSession -CertificateAuthority $ca; Get-RhsmSystem -Session $s -First 3");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(3, result.OutputOf<RhsmSystem>().Count);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void SkipCertificateCheck_connects_and_warns()
    {
        var result = Run("$s = Connect-RedHatApi -Sandbox $https -NewSession -SkipCertificateCheck; Get-RhsmSystem -Session $s -First 1");
        Assert.Empty(result.ErrorIds);
        Assert.Single(result.OutputOf<RhsmSystem>());
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void An_unreadable_CertificateAuthority_file_is_InvalidParameter()
    {
        var result = Run("Connect-RedHatApi -Sandbox $https -NewSession -CertificateAuthority ([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'no-such-ca.pem'))");
        Assert.Equal("InvalidParameter" + ConnectId, Assert.Single(result.ErrorIds));
    }

    public void Dispose() => _shell.Dispose();
}

using System;
using BenchmarkDotNet.Attributes;
using RedHatApi.Http;

namespace RedHatApi.Benchmarks;

/// <summary>
/// Hot path on every logged request: URL redaction, against reading the (cached) URL text as the floor, for a paging
/// URL (the common case) and a pre-signed download URL (the case that must be rewritten).
/// </summary>
[MemoryDiagnoser]
public class RedactorBenchmark
{
    private readonly Uri _url = new("https://api.access.redhat.com/management/v1/systems?limit=100&offset=4200&filter=web");

    [Benchmark(Baseline = true)]
    public string AbsoluteUri() => _url.AbsoluteUri;

    private readonly Uri _signed = new("https://downloads.example.test/rhel.iso?X-Amz-Credential=abc&X-Amz-Signature=def&expires=1");

    [Benchmark]
    public string RedactedPagingUrl() => Redactor.Url(_url);

    [Benchmark]
    public string RedactedSignedUrl() => Redactor.Url(_signed);
}

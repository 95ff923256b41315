using System.Linq;
using RedHatApi.Cmdlets.Completers;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class CompletionTextTests
{
    private static readonly CompletionCandidate[] Clusters =
    {
        new("prod-east", "11111111-0000-0000-0000-000000000001", "installed"),
        new("Prod West", "22222222-0000-0000-0000-000000000002", "ready"),
        new("lab-ready", "33333333-0000-0000-0000-000000000003"),
        new("o'brien lab", "44444444-0000-0000-0000-000000000004"),
    };

    private static string[] Complete(string typed, bool insertId = false) =>
        new CompletionText(typed).Select(Clusters, insertId).Select(r => r.CompletionText).ToArray();

    [Fact]
    public void The_typed_prefix_filters_case_insensitively()
    {
        Assert.Equal(new[] { "'Prod West'", "prod-east" }, Complete("PRO"));
        Assert.Equal(new[] { "lab-ready" }, Complete("lab"));
    }

    [Fact]
    public void Nothing_typed_offers_everything_sorted_by_name()
    {
        Assert.Equal(new[] { "lab-ready", "'o''brien lab'", "'Prod West'", "prod-east" }, Complete(string.Empty));
    }

    [Fact]
    public void Wildcards_in_the_typed_text_are_honoured()
    {
        Assert.Equal(new[] { "lab-ready", "'o''brien lab'" }, Complete("*lab"));
        Assert.Equal(new[] { "prod-east" }, Complete("p?od-*"));
    }

    [Fact]
    public void Names_with_spaces_or_quotes_are_single_quoted()
    {
        var text = new CompletionText(string.Empty);
        Assert.Equal("'Prod West'", text.QuoteIfNeeded("Prod West"));
        Assert.Equal("'o''brien lab'", text.QuoteIfNeeded("o'brien lab"));
        Assert.Equal("'$HOME'", text.QuoteIfNeeded("$HOME"));
        Assert.Equal("'-dash'", text.QuoteIfNeeded("-dash"));
        Assert.Equal("web-01.example.com", text.QuoteIfNeeded("web-01.example.com"));
    }

    [Fact]
    public void An_opening_quote_is_kept_and_not_matched()
    {
        Assert.Equal(new[] { "'Prod West'" }, Complete("'Prod W"));
        Assert.Equal(new[] { "\"Prod West\"" }, Complete("\"prod w"));
        Assert.Equal(new[] { "'lab-ready'" }, Complete("'lab"));
    }

    [Fact]
    public void A_double_quoted_value_escapes_what_PowerShell_would_expand()
    {
        Assert.Equal("\"a`$b `\"c`\"\"", new CompletionText("\"").QuoteIfNeeded("a$b \"c\""));
    }

    [Fact]
    public void Ids_are_inserted_and_match_by_id_or_by_name()
    {
        Assert.Equal(new[] { "22222222-0000-0000-0000-000000000002", "11111111-0000-0000-0000-000000000001" }, Complete("prod", insertId: true));
        Assert.Equal(new[] { "33333333-0000-0000-0000-000000000003" }, Complete("3333", insertId: true));
        var result = new CompletionText("lab").Select(Clusters, insertId: true).First();
        Assert.Equal("lab-ready (33333333-0000-0000-0000-000000000003)", result.ListItemText);
    }

    [Fact]
    public void The_tooltip_carries_the_detail()
    {
        var result = new CompletionText("prod-").Select(Clusters, insertId: false).Single();
        Assert.Equal("prod-east: installed", result.ToolTip);
    }

    [Fact]
    public void The_same_name_twice_is_offered_once()
    {
        var twice = new[] { new CompletionCandidate("web-01"), new CompletionCandidate("web-01") };
        Assert.Single(new CompletionText("web").Select(twice, insertId: false));
    }

    [Fact]
    public void The_literal_prefix_is_what_precedes_a_wildcard()
    {
        Assert.Equal("web", new CompletionText("web*01").LiteralPrefix);
        Assert.Equal("db-", new CompletionText("'db-?").LiteralPrefix);
        Assert.Equal(string.Empty, new CompletionText("*prod").LiteralPrefix);
    }

    [Fact]
    public void A_malformed_pattern_falls_back_to_a_plain_prefix()
    {
        var candidates = new[] { new CompletionCandidate("[abc"), new CompletionCandidate("abc") };
        Assert.Equal(new[] { "'[abc'" }, new CompletionText("[ab").Select(candidates, insertId: false).Select(r => r.CompletionText).ToArray());
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RedHatApi.HelpBuilder;

/// <summary>
/// Renders markdown as the plain text PowerShell help shows. Code spans keep their backticks (help readers know
/// them from about_ topics); links to other help files become their text, web links "text (url)".
/// </summary>
internal static class MarkdownText
{
    /// <summary>The pipeline every help file is parsed with: CommonMark plus the YAML front matter block.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Plain text of a heading or paragraph.</summary>
    public static string Inline(LeafBlock block) => block.Inline is null ? string.Empty : Inline(block.Inline).Trim();

    /// <summary>Help paragraphs of a run of blocks: one per paragraph, list item or code block.</summary>
    public static List<string> Paragraphs(IEnumerable<Block> blocks)
    {
        var paragraphs = new List<string>();
        foreach (var block in blocks)
        {
            AddParagraphs(block, paragraphs, string.Empty);
        }

        return paragraphs;
    }

    /// <summary>The text of a code block, without its fences.</summary>
    public static string Code(LeafBlock block) => block.Lines.ToString().TrimEnd('\n', '\r', ' ');

    private static void AddParagraphs(Block block, List<string> paragraphs, string indent)
    {
        switch (block)
        {
            case CodeBlock code:
                paragraphs.Add(Code(code));
                break;
            case HeadingBlock heading:
                paragraphs.Add(indent + Inline(heading));
                break;
            case ParagraphBlock paragraph:
                paragraphs.Add(indent + Inline(paragraph));
                break;
            case HtmlBlock html:
                paragraphs.Add(indent + html.Lines.ToString().Trim());
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list)
                {
                    var bullet = list.IsOrdered ? number++ + ". " : "- ";
                    AddListItem((ListItemBlock)item, paragraphs, indent, bullet);
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddParagraphs(child, paragraphs, indent);
                }

                break;
            default:
                // Thematic breaks and blank lines carry no text.
                break;
        }
    }

    private static void AddListItem(ListItemBlock item, List<string> paragraphs, string indent, string bullet)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                paragraphs.Add(indent + bullet + Inline(paragraph));
            }
            else
            {
                // Nested lists and follow-on paragraphs stay under their bullet.
                AddParagraphs(child, paragraphs, indent + new string(' ', bullet.Length));
            }

            first = false;
        }
    }

    private static string Inline(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            AppendInline(inline, text);
        }

        return text.ToString();
    }

    private static void AppendInline(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append('`').Append(code.Content).Append('`');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LinkInline link:
                var label = Inline(link);
                text.Append(label);
                if (IsWebLink(link.Url) && !string.Equals(label, link.Url, StringComparison.Ordinal))
                {
                    text.Append(" (").Append(link.Url).Append(')');
                }

                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? "\n" : " ");
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case ContainerInline container:
                text.Append(Inline(container));
                break;
            default:
                text.Append(inline.ToString());
                break;
        }
    }

    /// <summary>True for http(s) links, which help shows; links to other .md topics are shown by name only.</summary>
    public static bool IsWebLink(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
}

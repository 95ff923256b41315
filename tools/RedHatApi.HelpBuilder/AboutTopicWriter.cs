using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Syntax;

namespace RedHatApi.HelpBuilder;

/// <summary>
/// Turns an about topic in markdown into the plain text Get-Help about_* prints: TOPIC first, level-2 headings in
/// capitals at the margin, level-3 headings indented by two, text indented by four and wrapped at 80 columns (Windows
/// PowerShell prints the file as it is, so the wrapping must be done here), code indented by eight and never wrapped.
/// </summary>
internal static class AboutTopicWriter
{
    /// <summary>Width of the text lines, the console width about topics are written for.</summary>
    public const int Width = 80;

    public static string Write(string markdown, string file)
    {
        var document = Markdown.Parse(markdown, MarkdownText.Pipeline);
        var title = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1)
            ?? throw new HelpBuildException(file, 0, "no '# about_<Name>' heading.");
        var text = new StringBuilder();
        text.Append("TOPIC\n    ").Append(MarkdownText.Inline(title)).Append('\n');
        // A blank line between blocks, none after a heading and none between the items of one list.
        var afterHeading = false;
        foreach (var block in document.Where(b => b != title))
        {
            if (!afterHeading)
            {
                text.Append('\n');
            }

            afterHeading = block is HeadingBlock;
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append(heading.Level <= 2 ? string.Empty : "  ").Append(MarkdownText.Inline(heading).ToUpperInvariant()).Append('\n');
                    break;
                case CodeBlock code:
                    foreach (var line in MarkdownText.Code(code).Split('\n'))
                    {
                        text.Append(line.Length == 0 ? string.Empty : "        " + line.TrimEnd('\r')).Append('\n');
                    }

                    break;
                default:
                    var separate = false;
                    foreach (var paragraph in MarkdownText.Paragraphs([block]))
                    {
                        if (separate && block is not ListBlock)
                        {
                            text.Append('\n');
                        }

                        separate = true;
                        // A list item's continuation lines hang under its text, not under the bullet.
                        var bullet = paragraph.StartsWith("- ", StringComparison.Ordinal) ? 2 : 0;
                        foreach (var line in Wrap(paragraph, Width - 4, bullet))
                        {
                            text.Append("    ").Append(line).Append('\n');
                        }
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Word-wraps one paragraph; words longer than the width (URLs) get a line of their own.</summary>
    internal static IEnumerable<string> Wrap(string paragraph, int width, int hangingIndent)
    {
        foreach (var hardLine in paragraph.Split('\n'))
        {
            var leading = hardLine.Length - hardLine.TrimStart(' ').Length;
            var line = new StringBuilder(hardLine[..leading]);
            var continuation = new string(' ', leading + hangingIndent);
            var empty = true;
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!empty && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear().Append(continuation);
                    empty = true;
                }

                if (!empty)
                {
                    line.Append(' ');
                }

                line.Append(word);
                empty = false;
            }

            yield return line.ToString();
        }
    }
}
